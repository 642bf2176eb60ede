import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { ReminderQueue } from '../../shared/contract/reminders.types';
import { daysBetween } from '../../shared/domain/dates';
import { formatDate } from '../format/format';

/** "Are payments up to date?": reminding a client who paid last week is the mistake to avoid. */
export function StalePaymentsWarning({
  queue,
  onImport,
  sx,
}: {
  queue: ReminderQueue;
  onImport?: () => void;
  sx?: SxProps<Theme>;
}) {
  const { t } = useTranslation();
  if (!queue.paymentsStale) return null;
  const message = queue.lastPaymentDate
    ? t('reminders.stale.message', {
        date: formatDate(queue.lastPaymentDate),
        days: daysBetween(queue.lastPaymentDate, queue.today),
      })
    : t('reminders.stale.none');
  return (
    <Alert
      severity="warning"
      data-testid="payments-stale"
      sx={sx}
      action={
        onImport && (
          <Button color="inherit" size="small" onClick={onImport} data-testid="payments-stale-import">
            {t('reminders.stale.import')}
          </Button>
        )
      }
    >
      {message}
    </Alert>
  );
}
