import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../shared/contract/types';
import { callValue, useBridge } from '../api/bridge';
import { FormDialog } from '../components/FormDialog';
import { MoneyField } from '../components/MoneyField';
import { useForm } from '../forms/useForm';
import {
  createInvoiceSchema,
  editInvoiceValues,
  INVOICE_FORM_KINDS,
  newInvoiceValues,
  updateInvoiceSchema,
  type InvoiceFormKind,
} from './invoice-form';

type Props = {
  onClose: () => void;
  onSaved: (invoice: Invoice) => void;
} & ({ clientId: number; kind: InvoiceFormKind; invoice?: undefined } | { invoice: Invoice; clientId?: undefined });

const dateInput = { inputLabel: { shrink: true } } as const;

/**
 * A new invoice (issued or still to issue), a new credit note, or the correction of one. The due date may stay
 * empty: the core computes it from the client's payment terms.
 */
export function InvoiceFormDialog(props: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const { invoice, onClose, onSaved } = props;
  const form = useForm(invoice ? editInvoiceValues(invoice) : newInvoiceValues(props.kind));
  const kind = form.values.kind as InvoiceFormKind;
  const creating = !invoice;
  const showDueDate = kind === 'invoice' || (kind === 'to_issue' && !creating && form.values.issueDate !== '');

  const save = () =>
    invoice
      ? form.submit(updateInvoiceSchema(invoice), async (changes) =>
          onSaved(await callValue(bridge, 'invoices.update', { id: invoice.id, ...changes })),
        )
      : form.submit(createInvoiceSchema(props.clientId), async (input) =>
          onSaved(await callValue(bridge, 'invoices.create', input)),
        );

  const title = invoice
    ? t(invoice.kind === 'credit_note' ? 'invoices.editCreditNoteTitle' : 'invoices.editTitle', {
        number: invoice.number,
      })
    : t(`invoices.createTitle.${kind}`);

  return (
    <FormDialog
      title={title}
      submitLabel={creating ? t('invoices.create') : t('form.save')}
      submitting={form.submitting}
      formError={form.formError}
      onSubmit={save}
      onCancel={onClose}
      testId="invoice-form"
    >
      {creating && kind !== 'credit_note' && (
        <TextField select label={t('invoices.kindLabel')} {...form.text('kind')}>
          {INVOICE_FORM_KINDS.filter((k) => k !== 'credit_note').map((k) => (
            <MenuItem key={k} value={k}>
              {t(`invoices.kind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        label={kind === 'credit_note' ? t('invoices.creditNoteNumber') : t('invoices.number')}
        required
        autoFocus
        {...form.text('number')}
      />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        {(kind !== 'to_issue' || !creating) && (
          <TextField
            type="date"
            label={t('invoices.issueDate')}
            required={kind !== 'to_issue'}
            slotProps={dateInput}
            {...form.text('issueDate', kind === 'to_issue' ? t('invoices.issueToIssueHelp') : undefined)}
          />
        )}
        {showDueDate && (
          <TextField
            type="date"
            label={t('invoices.dueDate')}
            slotProps={dateInput}
            {...form.text('dueDate', t('invoices.dueDateHelp'))}
          />
        )}
      </Box>
      {kind === 'to_issue' && creating && (
        <Box sx={{ color: 'text.secondary', typography: 'body2' }}>{t('invoices.toIssueHelp')}</Box>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <MoneyField label={t('invoices.amountInclVat')} required {...form.text('amountCents')} />
        <MoneyField label={t('invoices.amountExclVat')} {...form.text('amountExclVatCents')} />
      </Box>
      <TextField label={t('invoices.externalRef')} {...form.text('externalRef', t('invoices.externalRefHelp'))} />
    </FormDialog>
  );
}
