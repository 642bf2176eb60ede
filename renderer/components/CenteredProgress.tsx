import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

/** The first load of a screen: a spinner with a label, so screen readers and tests know what is happening. */
export function CenteredProgress({ label }: { label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t('app.loading');
  return (
    <Box
      role="status"
      aria-live="polite"
      sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 6, justifyContent: 'center' }}
    >
      <CircularProgress size={28} aria-label={text} />
      <Typography color="text.secondary">{text}</Typography>
    </Box>
  );
}
