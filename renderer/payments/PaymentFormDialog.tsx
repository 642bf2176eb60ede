import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Payment } from '../../shared/contract/types';
import { callValue, useBridge } from '../api/bridge';
import { FormDialog } from '../components/FormDialog';
import { MoneyField } from '../components/MoneyField';
import { useForm } from '../forms/useForm';
import { newPaymentValues, PAYMENT_METHODS, paymentSchema } from './payment-form';

interface Props {
  clientId: number;
  onClose: () => void;
  /** `thenAllocate`: the user chose "Enregistrer et lettrer", so the lettrage dialog opens next. */
  onSaved: (payment: Payment, thenAllocate: boolean) => void;
}

/** A payment received: date, amount, method, the bank's reference (which the lettrage suggestions read). */
export function PaymentFormDialog({ clientId, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const form = useForm(newPaymentValues());

  const save = (thenAllocate: boolean) =>
    form.submit(paymentSchema(clientId), async (input) =>
      onSaved(await callValue(bridge, 'payments.create', input), thenAllocate),
    );

  return (
    <FormDialog
      title={t('payments.createTitle')}
      submitLabel={t('form.save')}
      submitting={form.submitting}
      formError={form.formError}
      onSubmit={() => save(false)}
      onCancel={onClose}
      testId="payment-form"
      extraActions={
        <Button
          variant="outlined"
          disabled={form.submitting}
          onClick={() => save(true)}
          data-testid="save-and-allocate"
        >
          {t('payments.saveAndAllocate')}
        </Button>
      }
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <MoneyField label={t('payments.amount')} required autoFocus {...form.text('amountCents')} />
        <TextField
          type="date"
          label={t('payments.date')}
          required
          slotProps={{ inputLabel: { shrink: true } }}
          {...form.text('date')}
        />
      </Box>
      <TextField select label={t('payments.method')} {...form.text('method')}>
        {PAYMENT_METHODS.map((method) => (
          <MenuItem key={method} value={method}>
            {t(`payments.methods.${method}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField label={t('payments.reference')} {...form.text('reference', t('payments.referenceHelp'))} />
    </FormDialog>
  );
}
