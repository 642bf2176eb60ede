import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../shared/contract/client-file.types';
import { callValue, useBridge } from '../api/bridge';
import { FormDialog } from '../components/FormDialog';
import { useForm } from '../forms/useForm';
import { CHANNELS, contactFormValues, contactSchema } from './contact-form';

interface Props {
  clientId: number;
  /** The contact to edit; absent to add one. */
  contact?: Contact;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}

/** A person to write to or call: role, email, phones, preferred channel, primary billing contact. */
export function ContactFormDialog({ clientId, contact, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const form = useForm(contactFormValues(contact));

  const save = () =>
    form.submit(contactSchema, async (fields) =>
      onSaved(
        contact
          ? await callValue(bridge, 'contacts.update', { id: contact.id, ...fields })
          : await callValue(bridge, 'contacts.create', { clientId, ...fields }),
      ),
    );

  const twoColumns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } } as const;
  return (
    <FormDialog
      title={contact ? t('contacts.editTitle', { name: contact.name }) : t('contacts.createTitle')}
      submitLabel={contact ? t('form.save') : t('contacts.create')}
      submitting={form.submitting}
      formError={form.formError}
      onSubmit={save}
      onCancel={onClose}
      testId="contact-form"
    >
      <Box sx={twoColumns}>
        <TextField label={t('contacts.name')} required autoFocus {...form.text('name')} />
        <TextField label={t('contacts.role')} {...form.text('role')} />
      </Box>
      <TextField label={t('contacts.email')} type="email" {...form.text('email')} />
      <Box sx={twoColumns}>
        <TextField label={t('contacts.phone')} type="tel" {...form.text('phone')} />
        <TextField label={t('contacts.mobile')} type="tel" {...form.text('mobile')} />
      </Box>
      <TextField select label={t('contacts.preferredChannel')} {...form.text('preferredChannel')}>
        {CHANNELS.map((channel) => (
          <MenuItem key={channel} value={channel}>
            {t(`contacts.channels.${channel}`)}
          </MenuItem>
        ))}
      </TextField>
      <FormControlLabel
        control={
          <Checkbox
            checked={form.values.isPrimaryBilling}
            onChange={(event) => form.set('isPrimaryBilling', event.target.checked)}
            name="isPrimaryBilling"
          />
        }
        label={t('contacts.isPrimaryBillingHelp')}
      />
    </FormDialog>
  );
}
