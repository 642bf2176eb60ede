import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../format/format';
import { useTaskProgress } from '../imports/useTaskProgress';
import { useLanguage } from '../i18n/useLanguage';

/** How far the batch is, from the core's `task.progress` events. */
export function GenerateProgress({ taskId }: { taskId: string }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const progress = useTaskProgress(taskId);
  const percent = progress && progress.total > 0 ? Math.min(100, (progress.done / progress.total) * 100) : null;
  return (
    <Stack spacing={2} role="status" aria-live="polite" data-testid="generate-progress">
      <Typography sx={{ fontWeight: 600 }}>{t('reminders.progress.title')}</Typography>
      <LinearProgress
        variant={percent === null ? 'indeterminate' : 'determinate'}
        value={percent ?? 0}
        aria-label={t('reminders.progress.title')}
        sx={{ height: 8, borderRadius: 4 }}
      />
      <Box sx={{ color: 'text.secondary', minHeight: 24 }} data-testid="generate-progress-count">
        {progress &&
          t('reminders.progress.count', {
            done: formatInteger(progress.done, language),
            total: formatInteger(progress.total, language),
          })}
      </Box>
    </Stack>
  );
}
