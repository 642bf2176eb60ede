import InputAdornment from '@mui/material/InputAdornment';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

/**
 * An amount typed as text (`1 234,56`), parsed by the form's schema; right-aligned like amounts in tables.
 * `inputMode="decimal"` brings up a numeric keypad on touch screens without the browser's number-input quirks.
 */
export function MoneyField({ slotProps, ...props }: TextFieldProps) {
  return (
    <TextField
      {...props}
      autoComplete="off"
      slotProps={{
        ...slotProps,
        htmlInput: {
          inputMode: 'decimal',
          spellCheck: false,
          style: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
          ...(slotProps?.htmlInput as object),
        },
        input: { endAdornment: <InputAdornment position="end">€</InputAdornment> },
      }}
    />
  );
}
