import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';
import type { QueueItem, ReminderQueue, ReminderRun } from '../../shared/contract/reminders.types';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { newTaskId } from '../imports/new-task-id';
import { generateSummary } from './generate-summary';
import { GenerateProgress } from './GenerateProgress';
import { GenerateResult } from './GenerateResult';
import { StalePaymentsWarning } from './StalePaymentsWarning';

type Phase = { step: 'confirm' } | { step: 'running'; taskId: string } | { step: 'done'; run: ReminderRun };

/**
 * Confirm (what will be produced, the stale-payments warning again), then the batch with its progress and a
 * Cancel, then what was produced. A refused or cancelled run leaves the confirmation with the reason.
 */
export function GenerateDialog({
  items,
  queue,
  onClose,
}: {
  items: QueueItem[];
  queue: ReminderQueue;
  /** Called when the dialog closes; `generated` says whether the queue changed. */
  onClose: (generated: boolean) => void;
}) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const titleId = useId();
  const [phase, setPhase] = useState<Phase>({ step: 'confirm' });
  const [error, setError] = useState<ApiError | null>(null);
  const [cancelling, setCancelling] = useState(false);

  const start = async () => {
    const taskId = newTaskId();
    setError(null);
    setPhase({ step: 'running', taskId });
    try {
      const run = await callValue(bridge, 'reminders.generate', {
        items: items.map((item) => ({ clientId: item.clientId, channel: item.channel })),
        taskId,
      });
      setPhase({ step: 'done', run });
      notify(t('reminders.result.done', { count: run.documents.length }));
    } catch (failure) {
      setError(toApiError(failure));
      setPhase({ step: 'confirm' });
    } finally {
      setCancelling(false);
    }
  };

  const cancel = async (taskId: string) => {
    setCancelling(true);
    await bridge.call('tasks.cancel', { taskId });
  };

  const close = () => onClose(phase.step === 'done');

  return (
    <Dialog
      open
      fullWidth
      maxWidth="sm"
      onClose={() => phase.step !== 'running' && close()}
      aria-labelledby={titleId}
      data-testid="generate-dialog"
    >
      <DialogTitle id={titleId}>
        {phase.step === 'done' ? t('reminders.result.title') : t('reminders.confirm.title')}
      </DialogTitle>
      <DialogContent>
        {error && <ErrorAlert error={error} sx={{ mb: 2 }} />}
        {phase.step === 'confirm' && (
          <>
            <StalePaymentsWarning queue={queue} sx={{ mb: 2 }} />
            <ul data-testid="generate-summary">
              {generateSummary(items, t).map((line) => (
                <li key={line}>
                  <Typography>{line}</Typography>
                </li>
              ))}
            </ul>
            <Typography color="text.secondary">{t('reminders.confirm.recorded')}</Typography>
          </>
        )}
        {phase.step === 'running' && <GenerateProgress taskId={phase.taskId} />}
        {phase.step === 'done' && <GenerateResult run={phase.run} items={items} onError={setError} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        {phase.step === 'confirm' && (
          <>
            <Button onClick={close}>{t('form.cancel')}</Button>
            <Button variant="contained" onClick={start} data-testid="generate-start" autoFocus>
              {t('reminders.confirm.start')}
            </Button>
          </>
        )}
        {phase.step === 'running' && (
          <Button
            color="error"
            variant="outlined"
            disabled={cancelling}
            onClick={() => cancel(phase.taskId)}
            data-testid="generate-cancel"
          >
            {cancelling ? t('reminders.progress.cancelling') : t('reminders.progress.cancel')}
          </Button>
        )}
        {phase.step === 'done' && (
          <Button variant="contained" onClick={close} data-testid="generate-close">
            {t('reminders.result.close')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
