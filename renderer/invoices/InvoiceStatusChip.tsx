import Chip from '@mui/material/Chip';
import { useTranslation } from 'react-i18next';
import type { Invoice, InvoiceStatus } from '../../shared/contract/types';

const COLOURS: Record<InvoiceStatus, 'info' | 'success' | 'error' | 'default' | 'warning'> = {
  to_issue: 'info',
  not_due: 'success',
  overdue: 'error',
  paid: 'default',
  disputed: 'warning',
};

/**
 * À émettre / non échue / échue / payée / en litige. A credit note has no due date to miss: it is only used
 * (imputé) or not yet.
 */
export function InvoiceStatusChip({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation();
  if (invoice.kind === 'credit_note') {
    const used = invoice.openCents === 0;
    return (
      <Chip
        size="small"
        variant="outlined"
        color={used ? 'default' : 'secondary'}
        label={used ? t('invoices.creditNoteUsed') : t('invoices.creditNoteOpen')}
        data-status={used ? 'used' : 'open'}
      />
    );
  }
  return (
    <Chip
      size="small"
      variant={invoice.status === 'paid' ? 'outlined' : 'filled'}
      color={COLOURS[invoice.status]}
      label={t(`invoices.status.${invoice.status}`)}
      data-status={invoice.status}
    />
  );
}
