import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Field {
  label: string;
  /** Text, or richer content (a warning under the value); empty shows a dash. */
  value: ReactNode;
  testId?: string;
}

/** A read-only label/value list as a real <dl>, two columns wide on a desktop window. */
export function FieldList({ fields, labelWidth = 240 }: { fields: Field[]; labelWidth?: number }) {
  const { t } = useTranslation();
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: `minmax(140px, ${labelWidth}px) 1fr` },
        columnGap: 3,
        rowGap: 1.25,
        m: 0,
        '& dt': { color: 'text.secondary' },
        '& dd': { m: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
      }}
    >
      {fields.map((field) => (
        <Box key={field.label} sx={{ display: 'contents' }}>
          <dt>{field.label}</dt>
          <dd data-testid={field.testId}>{field.value || t('app.notAvailable')}</dd>
        </Box>
      ))}
    </Box>
  );
}
