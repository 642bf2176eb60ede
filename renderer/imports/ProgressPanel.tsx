import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import type { RunningTask } from './useImportWizard';
import { useTaskProgress } from './useTaskProgress';

/** How far the core is (from its `task.progress` events) and a Cancel button: a cancelled import writes nothing. */
export function ProgressPanel({ task, onCancel }: { task: RunningTask; onCancel: () => Promise<void> }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const progress = useTaskProgress(task.id);
  const [cancelling, setCancelling] = useState(false);
  const percent = progress && progress.total > 0 ? Math.min(100, (progress.done / progress.total) * 100) : null;

  return (
    <Stack spacing={2} data-testid="import-progress" role="status" aria-live="polite">
      <Typography sx={{ fontWeight: 600 }}>{t(`imports.progress.${task.purpose}`)}</Typography>
      <LinearProgress
        variant={percent === null ? 'indeterminate' : 'determinate'}
        value={percent ?? 0}
        aria-label={t(`imports.progress.${task.purpose}`)}
        sx={{ height: 8, borderRadius: 4 }}
      />
      <Box sx={{ color: 'text.secondary', minHeight: 24 }} data-testid="import-progress-count">
        {progress &&
          t('imports.progress.count', {
            done: formatInteger(progress.done, language),
            total: formatInteger(progress.total, language),
          })}
      </Box>
      {task.purpose !== 'read' && (
        <Box>
          <Button
            variant="outlined"
            color="error"
            disabled={cancelling}
            data-testid="import-cancel"
            onClick={async () => {
              setCancelling(true);
              await onCancel();
            }}
          >
            {cancelling ? t('imports.cancelling') : t('imports.cancel')}
          </Button>
        </Box>
      )}
    </Stack>
  );
}
