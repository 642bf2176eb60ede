import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../shared/contract/types';
import type { PaymentTermsMode } from '../../shared/domain/payment-terms';
import { callValue, useBridge } from '../api/bridge';
import { FormDialog } from '../components/FormDialog';
import { MoneyField } from '../components/MoneyField';
import { paymentTermsWarning } from '../format/payment-terms';
import { useForm } from '../forms/useForm';
import {
  changedClientFields,
  CLIENT_FIELD_ALIASES,
  clientFormSchema,
  clientFormValues,
  RISK_CLASSES,
  TERMS_CHOICES,
  type TermsChoice,
} from './client-form';

interface Props {
  /** The client to edit; absent to create one. */
  client?: Client;
  onClose: () => void;
  onSaved: (client: Client) => void;
}

const twoColumns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } } as const;

/** Create or edit a client: identity, address, payment terms, credit limit. */
export function ClientFormDialog({ client, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const form = useForm(clientFormValues(client), { aliases: CLIENT_FIELD_ALIASES });
  const { values } = form;
  const termsMode = values.termsMode as TermsChoice;
  // The core cannot take terms back to the company default once a client has its own (see the report).
  const termsChoices = client?.paymentTerms ? TERMS_CHOICES.filter((c) => c !== 'default') : TERMS_CHOICES;
  const daysNumber = Number(values.termsDays);
  const termsWarning =
    termsMode !== 'default' && Number.isInteger(daysNumber)
      ? paymentTermsWarning({ mode: termsMode as PaymentTermsMode, days: daysNumber }, t)
      : null;

  const save = () =>
    form.submit(clientFormSchema, async (input) => {
      if (!client) return onSaved(await callValue(bridge, 'clients.create', input));
      const changes = changedClientFields(client, input);
      // Nothing changed: no write, no timeline entry.
      if (Object.keys(changes).length === 0) return onSaved(client);
      onSaved(await callValue(bridge, 'clients.update', { id: client.id, ...changes }));
    });

  return (
    <FormDialog
      title={client ? t('clientForm.editTitle', { name: client.name }) : t('clientForm.createTitle')}
      submitLabel={client ? t('form.save') : t('clientForm.create')}
      submitting={form.submitting}
      formError={form.formError}
      onSubmit={save}
      onCancel={onClose}
      maxWidth="md"
      testId="client-form"
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 3fr' } }}>
        <TextField label={t('clientForm.code')} required autoFocus {...form.text('code')} />
        <TextField label={t('clientForm.name')} required {...form.text('name')} />
      </Box>
      <Box sx={twoColumns}>
        <TextField label={t('clientFile.siren')} {...form.text('siren', t('clientForm.sirenHelp'))} />
        <TextField label={t('clientFile.vatNumber')} {...form.text('vatNumber')} />
      </Box>
      <TextField label={t('clientForm.addressLine1')} {...form.text('addressLine1')} />
      <TextField label={t('clientForm.addressLine2')} {...form.text('addressLine2')} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 2fr 1fr' } }}>
        <TextField label={t('clientForm.postalCode')} {...form.text('postalCode')} />
        <TextField label={t('clientForm.city')} {...form.text('city')} />
        <TextField label={t('clientForm.country')} {...form.text('country')} />
      </Box>
      <Typography variant="subtitle2" component="h3" sx={{ pt: 1 }}>
        {t('clientForm.termsTitle')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '2fr 1fr' } }}>
        <TextField select label={t('clientFile.paymentTerms')} {...form.text('termsMode')}>
          {termsChoices.map((choice) => (
            <MenuItem key={choice} value={choice}>
              {t(`clientForm.terms.${choice}`)}
            </MenuItem>
          ))}
        </TextField>
        {termsMode !== 'default' && (
          <TextField
            label={t('clientForm.termsDays')}
            {...form.text('termsDays')}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
        )}
      </Box>
      {termsWarning && (
        <Typography color="warning.dark" variant="body2" data-testid="form-terms-warning">
          {termsWarning}
        </Typography>
      )}
      <Box sx={twoColumns}>
        <MoneyField
          label={t('clientFile.creditLimit')}
          {...form.text('creditLimitCents', t('clientForm.creditLimitHelp'))}
        />
        <TextField select label={t('clientForm.riskClass')} {...form.text('riskClassOverride')}>
          <MenuItem value="">{t('clientForm.riskClassAuto')}</MenuItem>
          {RISK_CLASSES.map((risk) => (
            <MenuItem key={risk} value={risk}>
              {risk}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <TextField label={t('clientForm.notes')} multiline minRows={2} {...form.text('notes')} />
    </FormDialog>
  );
}
