import AddOutlined from '@mui/icons-material/AddOutlined';
import Button from '@mui/material/Button';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../shared/contract/contract';
import type { Invoice } from '../../shared/contract/types';
import { useCall } from '../api/useCall';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { SectionToolbar } from '../components/SectionToolbar';
import { OpenDisputeDialog } from '../disputes/OpenDisputeDialog';
import { LettrageDialog } from '../payments/LettrageDialog';
import type { InvoiceFormKind } from './invoice-form';
import { InvoiceFormDialog } from './InvoiceFormDialog';
import type { InvoiceAction } from './InvoiceRowMenu';
import { InvoicesTable } from './InvoicesTable';

export type InvoiceFilter = NonNullable<InputOf<'invoices.list'>['filter']>;
export const INVOICE_FILTERS: readonly InvoiceFilter[] = ['open', 'overdue', 'disputed', 'settled', 'all'];

type Dialog =
  { type: 'create'; kind: InvoiceFormKind } | { type: 'edit' | 'dispute' | 'allocate'; invoice: Invoice } | null;

/** The client's invoices and credit notes, filtered and paged by the core. */
export function InvoicesTab({ clientId }: { clientId: number }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [filter, setFilter] = useState<InvoiceFilter>('open');
  const [page, setPage] = useState({ page: 0, pageSize: 25 });
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useCall('invoices.list', {
    clientId,
    filter,
    offset: page.page * page.pageSize,
    limit: page.pageSize,
  });

  const onAction = (invoice: Invoice, action: InvoiceAction) => setDialog({ type: action, invoice });
  const close = () => setDialog(null);

  return (
    <>
      <SectionToolbar
        filters={
          <ToggleButtonGroup
            size="small"
            exclusive
            value={filter}
            onChange={(_event, value: InvoiceFilter | null) => {
              if (!value) return;
              setFilter(value);
              setPage((current) => ({ ...current, page: 0 }));
            }}
            aria-label={t('invoices.filterLabel')}
          >
            {INVOICE_FILTERS.map((key) => (
              <ToggleButton key={key} value={key} data-testid={`invoice-filter-${key}`} sx={{ px: 1.5 }}>
                {t(`invoices.filters.${key}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        }
        actions={
          <>
            <Button
              variant="contained"
              startIcon={<AddOutlined />}
              onClick={() => setDialog({ type: 'create', kind: 'invoice' })}
              data-testid="new-invoice"
            >
              {t('invoices.newInvoice')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<AddOutlined />}
              onClick={() => setDialog({ type: 'create', kind: 'credit_note' })}
              data-testid="new-credit-note"
            >
              {t('invoices.newCreditNote')}
            </Button>
          </>
        }
      />
      {list.error && <ErrorAlert error={list.error} onRetry={list.reload} sx={{ mb: 2 }} />}
      <InvoicesTable
        page={list.value}
        loading={list.loading}
        pagination={page}
        onPaginationChange={setPage}
        onAction={onAction}
      />

      {dialog?.type === 'create' && (
        <InvoiceFormDialog
          clientId={clientId}
          kind={dialog.kind}
          onClose={close}
          onSaved={(invoice) => {
            close();
            notify(
              t(invoice.kind === 'credit_note' ? 'invoices.creditNoteCreated' : 'invoices.created', {
                number: invoice.number,
              }),
            );
          }}
        />
      )}
      {dialog?.type === 'edit' && (
        <InvoiceFormDialog
          invoice={dialog.invoice}
          onClose={close}
          onSaved={(invoice) => {
            close();
            notify(t('invoices.updated', { number: invoice.number }));
          }}
        />
      )}
      {dialog?.type === 'dispute' && <OpenDisputeDialog invoice={dialog.invoice} onClose={close} />}
      {dialog?.type === 'allocate' && (
        <LettrageDialog
          clientId={clientId}
          source={{
            kind: 'credit_note',
            id: dialog.invoice.id,
            label: dialog.invoice.number,
            availableCents: dialog.invoice.openCents,
          }}
          onClose={close}
        />
      )}
    </>
  );
}
