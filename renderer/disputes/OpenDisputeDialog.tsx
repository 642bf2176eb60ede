import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../shared/contract/types';
import { callValue, useBridge } from '../api/bridge';
import { FormDialog } from '../components/FormDialog';
import { MoneyField } from '../components/MoneyField';
import { useNotify } from '../components/Notifier';
import { formatMoney } from '../format/format';
import { useForm } from '../forms/useForm';
import { useLanguage } from '../i18n/useLanguage';
import { DISPUTE_REASONS, openDisputeSchema, openDisputeValues } from './dispute-form';
import { OwnerField } from './OwnerField';

/** Contest an invoice, in whole or in part: it stays in the encours but gets no reminder until resolved. */
export function OpenDisputeDialog({ invoice, onClose }: { invoice: Invoice; onClose: () => void }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const bridge = useBridge();
  const notify = useNotify();
  const form = useForm(openDisputeValues());

  const save = () =>
    form.submit(openDisputeSchema(invoice.id, invoice.openCents), async (input) => {
      await callValue(bridge, 'disputes.open', input);
      notify(t('disputes.opened', { number: invoice.number }));
      onClose();
    });

  return (
    <FormDialog
      title={t('disputes.openTitle', { number: invoice.number })}
      submitLabel={t('disputes.open')}
      submitting={form.submitting}
      formError={form.formError}
      onSubmit={save}
      onCancel={onClose}
      testId="open-dispute-form"
    >
      <Typography color="text.secondary">
        {t('disputes.openIntro', { amount: formatMoney(invoice.openCents, language) })}
      </Typography>
      <TextField select label={t('disputes.reason')} autoFocus {...form.text('reason')}>
        {DISPUTE_REASONS.map((reason) => (
          <MenuItem key={reason} value={reason}>
            {t(`disputes.reasons.${reason}`)}
          </MenuItem>
        ))}
      </TextField>
      <FormControl>
        <FormLabel id="dispute-scope-label">{t('disputes.scope')}</FormLabel>
        <RadioGroup
          row
          aria-labelledby="dispute-scope-label"
          name="scope"
          value={form.values.scope}
          onChange={(event) => form.set('scope', event.target.value)}
        >
          <FormControlLabel value="whole" control={<Radio />} label={t('disputes.scopeWhole')} />
          <FormControlLabel value="part" control={<Radio />} label={t('disputes.scopePart')} />
        </RadioGroup>
      </FormControl>
      {form.values.scope === 'part' && (
        <MoneyField label={t('disputes.disputedAmount')} required {...form.text('disputedCents')} />
      )}
      <OwnerField label={t('disputes.owner')} {...form.text('owner')} />
      <TextField label={t('disputes.comment')} multiline minRows={2} {...form.text('comment')} />
    </FormDialog>
  );
}
