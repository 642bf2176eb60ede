import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useId } from 'react';
import { useCall } from '../api/useCall';

/** Who follows the dispute: free text, with the collectors offered by the browser's own suggestion list. */
export function OwnerField(props: TextFieldProps) {
  const listId = useId();
  const collectors = useCall('collectors.list', {}, 'none');
  return (
    <>
      <TextField {...props} slotProps={{ htmlInput: { list: listId, autoComplete: 'off' } }} />
      <datalist id={listId}>
        {(collectors.value ?? []).map((collector) => (
          <option key={collector.id} value={collector.name} />
        ))}
      </datalist>
    </>
  );
}
