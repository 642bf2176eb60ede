import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import TablePagination from '@mui/material/TablePagination';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice, Payment } from '../../shared/contract/types';
import { useCall } from '../api/useCall';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { SectionToolbar } from '../components/SectionToolbar';
import { formatDate, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { AutoAllocateButton } from './AutoAllocateButton';
import { CreditNotesTable } from './CreditNotesTable';
import { LettrageDialog, type LettrageSource } from './LettrageDialog';
import { PaymentFormDialog } from './PaymentFormDialog';
import { PaymentsTable } from './PaymentsTable';

const PAGE_SIZE = 10;

/** Payments and credit notes of the client, each with its lettrage; new payment, lettrage, automatic lettrage. */
export function PaymentsTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const notify = useNotify();
  const [paymentPage, setPaymentPage] = useState(0);
  const [notePage, setNotePage] = useState(0);
  const [creating, setCreating] = useState(false);
  const [lettrage, setLettrage] = useState<LettrageSource | null>(null);
  const payments = useCall('payments.list', { clientId, offset: paymentPage * PAGE_SIZE, limit: PAGE_SIZE });
  const notes = useCall('invoices.list', {
    clientId,
    kind: 'credit_note',
    filter: 'all',
    offset: notePage * PAGE_SIZE,
    limit: PAGE_SIZE,
  });

  const paymentSource = (payment: Payment): LettrageSource => ({
    kind: 'payment',
    id: payment.id,
    label: t('payments.label', {
      date: formatDate(payment.date),
      amount: formatMoney(payment.amountCents, language),
    }),
    availableCents: payment.unallocatedCents,
  });
  const creditNoteSource = (note: Invoice): LettrageSource => ({
    kind: 'credit_note',
    id: note.id,
    label: note.number,
    availableCents: note.openCents,
  });

  return (
    <>
      <SectionToolbar
        filters={
          <Typography variant="h6" component="h3">
            {t('payments.title')}
          </Typography>
        }
        actions={
          <>
            <Button
              variant="contained"
              startIcon={<AddOutlined />}
              onClick={() => setCreating(true)}
              data-testid="new-payment"
            >
              {t('payments.newPayment')}
            </Button>
            <AutoAllocateButton clientId={clientId} />
          </>
        }
      />
      {payments.error && <ErrorAlert error={payments.error} onRetry={payments.reload} sx={{ mb: 2 }} />}
      <PaymentsTable payments={payments.value?.rows ?? []} onAllocate={(p) => setLettrage(paymentSource(p))} />
      {payments.value?.total === 0 && (
        <Typography color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
          {t('payments.empty')}
        </Typography>
      )}
      <TablePagination
        component="div"
        count={payments.value?.total ?? 0}
        page={paymentPage}
        rowsPerPage={PAGE_SIZE}
        rowsPerPageOptions={[PAGE_SIZE]}
        onPageChange={(_event, page) => setPaymentPage(page)}
      />

      <Typography variant="h6" component="h3" sx={{ mt: 3, mb: 1 }}>
        {t('payments.creditNotesTitle')}
      </Typography>
      {notes.error && <ErrorAlert error={notes.error} onRetry={notes.reload} sx={{ mb: 2 }} />}
      {notes.value?.total === 0 ? (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          {t('payments.noCreditNotes')}
        </Typography>
      ) : (
        <>
          <CreditNotesTable
            creditNotes={notes.value?.rows ?? []}
            onAllocate={(note) => setLettrage(creditNoteSource(note))}
          />
          <TablePagination
            component="div"
            count={notes.value?.total ?? 0}
            page={notePage}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[PAGE_SIZE]}
            onPageChange={(_event, page) => setNotePage(page)}
          />
        </>
      )}

      {creating && (
        <PaymentFormDialog
          clientId={clientId}
          onClose={() => setCreating(false)}
          onSaved={(payment, thenAllocate) => {
            setCreating(false);
            notify(t('payments.created', { amount: formatMoney(payment.amountCents, language) }));
            if (thenAllocate) setLettrage(paymentSource(payment));
          }}
        />
      )}
      {lettrage && <LettrageDialog clientId={clientId} source={lettrage} onClose={() => setLettrage(null)} />}
    </>
  );
}
