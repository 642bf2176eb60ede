import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DunningChannel, QueueItem, ReminderQueue } from '../../shared/contract/reminders.types';
import { callValue, useBridge } from '../api/bridge';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useNotify } from '../components/Notifier';
import { SectionToolbar } from '../components/SectionToolbar';
import { ChannelFilter } from './ChannelFilter';
import { ExcludedChips } from './ExcludedChips';
import { PostponeDialog } from './PostponeDialog';
import { PreviewDialog } from './PreviewDialog';
import type { QueueAction } from './QueueRowActions';
import { QueueTable } from './QueueTable';
import { stepLabel } from './reminder-labels';
import type { useQueueSelection } from './useQueueSelection';

interface Props {
  queue: ReminderQueue;
  selection: ReturnType<typeof useQueueSelection>;
  onOpenClient: (clientId: number) => void;
  onChanged: () => void;
}

/** The day's queue for review: filter by channel, choose, preview, postpone or skip one action. */
export function QueueTab({ queue, selection, onOpenClient, onChanged }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const [channel, setChannel] = useState<DunningChannel | null>(null);
  const [open, setOpen] = useState<{ action: QueueAction; item: QueueItem } | null>(null);
  const shown = channel ? queue.items.filter((item) => item.channel === channel) : queue.items;
  const close = () => setOpen(null);

  return (
    <>
      <Stack spacing={1.5} sx={{ mb: 2 }}>
        <ExcludedChips excluded={queue.excluded} />
      </Stack>
      {queue.items.length > 0 && (
        <SectionToolbar
          filters={<ChannelFilter items={queue.items} value={channel} onChange={setChannel} />}
          actions={
            <Typography color="text.secondary" data-testid="queue-selected-count">
              {t('reminders.selected', { count: selection.selectedItems.length })}
            </Typography>
          }
        />
      )}
      <Paper>
        {shown.length === 0 ? (
          <Typography color="text.secondary" sx={{ p: 3 }} data-testid="queue-empty">
            {queue.items.length === 0 ? t('reminders.empty') : t('reminders.emptyFilter')}
          </Typography>
        ) : (
          <QueueTable
            items={shown}
            selected={selection.selected}
            onToggle={selection.toggle}
            onToggleAll={(select) => selection.setAll(shown, select)}
            onOpenClient={onOpenClient}
            onAction={(item, action) => setOpen({ item, action })}
          />
        )}
      </Paper>
      {open?.action === 'preview' && <PreviewDialog item={open.item} onClose={close} />}
      {open?.action === 'postpone' && (
        <PostponeDialog item={open.item} today={queue.today} onClose={close} onDone={onChanged} />
      )}
      {open?.action === 'skip' && (
        <ConfirmDialog
          title={t('reminders.skip.title')}
          message={t('reminders.skip.message', { step: stepLabel(open.item, t), name: open.item.clientName })}
          confirmLabel={t('reminders.skip.confirm')}
          destructive
          onClose={close}
          onConfirm={async () => {
            const item = open.item;
            await callValue(bridge, 'reminders.skip', { clientId: item.clientId, channel: item.channel });
            notify(t('reminders.skip.done', { name: item.clientName }));
            onChanged();
          }}
        />
      )}
    </>
  );
}
