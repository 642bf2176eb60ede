import UndoOutlined from '@mui/icons-material/UndoOutlined';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Allocation } from '../../shared/contract/types';
import { callValue, useBridge } from '../api/bridge';
import { useCall } from '../api/useCall';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useNotify } from '../components/Notifier';
import { formatDate, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';

/** The invoices a payment or credit note settles, each with an undo button (confirmed first). */
export function AllocationList({ source }: { source: { paymentId: number } | { creditNoteId: number } }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const bridge = useBridge();
  const notify = useNotify();
  const allocations = useCall('allocations.list', source);
  const [undoing, setUndoing] = useState<Allocation | null>(null);

  if (!allocations.value || allocations.value.length === 0) {
    return allocations.error ? (
      <Typography color="error" variant="body2">
        {allocations.error.message}
      </Typography>
    ) : null;
  }
  return (
    <Stack spacing={0.25} data-testid="allocation-list">
      {allocations.value.map((allocation) => (
        <Stack
          key={allocation.id}
          direction="row"
          spacing={1}
          sx={{ alignItems: 'center', fontVariantNumeric: 'tabular-nums' }}
          data-testid="allocation"
          data-invoice-number={allocation.invoiceNumber}
        >
          <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
            {allocation.invoiceNumber}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>
            {formatMoney(allocation.amountCents, language)}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
            {formatDate(allocation.date)}
          </Typography>
          <Tooltip title={t('lettrage.undo')}>
            <IconButton
              size="small"
              sx={{ p: 0.25 }}
              aria-label={t('lettrage.undoFor', { number: allocation.invoiceNumber })}
              data-testid={`undo-allocation-${allocation.invoiceNumber}`}
              onClick={() => setUndoing(allocation)}
            >
              <UndoOutlined fontSize="small" />
            </IconButton>
          </Tooltip>
        </Stack>
      ))}
      {undoing && (
        <ConfirmDialog
          title={t('lettrage.undoTitle')}
          message={t('lettrage.undoMessage', {
            amount: formatMoney(undoing.amountCents, language),
            number: undoing.invoiceNumber,
          })}
          confirmLabel={t('lettrage.undo')}
          destructive
          onConfirm={async () => {
            await callValue(bridge, 'allocations.delete', { id: undoing.id });
            notify(t('lettrage.undone', { number: undoing.invoiceNumber }));
          }}
          onClose={() => setUndoing(null)}
        />
      )}
    </Stack>
  );
}
