import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';

/** Above a table: filters on the left, the section's actions on the right. */
export function SectionToolbar({ filters, actions }: { filters?: ReactNode; actions?: ReactNode }) {
  return (
    <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <Stack direction="row" spacing={1} sx={{ flexGrow: 1, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        {filters}
      </Stack>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {actions}
      </Stack>
    </Stack>
  );
}
