import Button from '@mui/material/Button';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem, ReminderQueue } from '../../shared/contract/reminders.types';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScreenHeader } from '../components/ScreenHeader';
import { formatDate } from '../format/format';
import { GenerateDialog } from './GenerateDialog';
import { HistoryTab } from './HistoryTab';
import { QueueTab } from './QueueTab';
import { StalePaymentsWarning } from './StalePaymentsWarning';
import { useQueueSelection } from './useQueueSelection';

type RemindersTab = 'queue' | 'history';

/** Relances: the day's queue to review and generate, and the history of what was done. */
export function RemindersScreen({
  onOpenClient,
  onImport,
}: {
  onOpenClient: (clientId: number) => void;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<RemindersTab>('queue');
  // The items and queue as they were when Générer was pressed: the queue reloads while the batch runs.
  const [generating, setGenerating] = useState<{ items: QueueItem[]; queue: ReminderQueue } | null>(null);
  const queue = useCall('reminders.queue', {});
  const selection = useQueueSelection(queue.value?.items ?? []);
  const count = selection.selectedItems.length;

  return (
    <>
      <ScreenHeader
        title={t('reminders.title')}
        subtitle={queue.value ? t('reminders.today', { date: formatDate(queue.value.today) }) : undefined}
        actions={
          tab === 'queue' && (
            <Button
              variant="contained"
              disabled={count === 0 || !queue.value}
              onClick={() => queue.value && setGenerating({ items: selection.selectedItems, queue: queue.value })}
              data-testid="generate"
            >
              {t('reminders.generate', { count })}
            </Button>
          )
        }
      />
      {queue.value && <StalePaymentsWarning queue={queue.value} onImport={onImport} sx={{ mb: 2 }} />}
      <Tabs
        value={tab}
        onChange={(_event, value: RemindersTab) => setTab(value)}
        aria-label={t('reminders.tabs.label')}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        <Tab value="queue" label={t('reminders.tabs.queue')} data-testid="reminders-tab-queue" />
        <Tab value="history" label={t('reminders.tabs.history')} data-testid="reminders-tab-history" />
      </Tabs>
      {tab === 'queue' && (
        <>
          {queue.error && <ErrorAlert error={queue.error} onRetry={queue.reload} sx={{ mb: 2 }} />}
          {!queue.value && !queue.error && <CenteredProgress />}
          {queue.value && (
            <QueueTab queue={queue.value} selection={selection} onOpenClient={onOpenClient} onChanged={queue.reload} />
          )}
        </>
      )}
      {tab === 'history' && <HistoryTab onOpenClient={onOpenClient} />}
      {generating && (
        <GenerateDialog
          items={generating.items}
          queue={generating.queue}
          onClose={(generated) => {
            setGenerating(null);
            if (generated) queue.reload();
          }}
        />
      )}
    </>
  );
}
