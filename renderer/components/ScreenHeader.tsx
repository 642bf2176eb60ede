import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/** The title line of a screen: an h1 for screen readers and tests, a subtitle and actions on the right. */
export function ScreenHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <Stack direction="row" spacing={2} sx={{ mb: 3, alignItems: 'flex-end', flexWrap: 'wrap', rowGap: 1 }}>
      <Stack sx={{ flexGrow: 1 }}>
        <Typography variant="h4" component="h1">
          {title}
        </Typography>
        {subtitle && (
          <Typography color="text.secondary" component="div">
            {subtitle}
          </Typography>
        )}
      </Stack>
      {actions}
    </Stack>
  );
}
