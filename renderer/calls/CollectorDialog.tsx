import TextField from '@mui/material/TextField';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { Collector } from '../../shared/contract/client-file.types';
import { callValue, useBridge } from '../api/bridge';
import { FormDialog } from '../components/FormDialog';
import { useNotify } from '../components/Notifier';
import { optionalText, requiredText } from '../forms/form-schemas';
import { useForm } from '../forms/useForm';

const collectorSchema = z.object({ name: requiredText(200), email: optionalText(200), phone: optionalText(40) });

/** Add a collector, or change one's name and details. */
export function CollectorDialog({
  collector,
  onClose,
  onSaved,
}: {
  collector: Collector | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const form = useForm({ name: collector?.name ?? '', email: collector?.email ?? '', phone: collector?.phone ?? '' });

  const submit = async () => {
    const done = await form.submit(collectorSchema, (values) =>
      collector
        ? callValue(bridge, 'collectors.update', { id: collector.id, ...values })
        : callValue(bridge, 'collectors.create', values),
    );
    if (done) {
      notify(t('calls.collectors.saved'));
      onSaved();
      onClose();
    }
  };

  return (
    <FormDialog
      title={collector ? t('calls.collectors.editTitle', { name: collector.name }) : t('calls.collectors.addTitle')}
      submitLabel={t('form.save')}
      submitting={form.submitting}
      formError={form.formError}
      onSubmit={submit}
      onCancel={onClose}
      maxWidth="xs"
      testId="collector-dialog"
    >
      <TextField label={t('calls.collectors.name')} required autoFocus {...form.text('name')} />
      <TextField label={t('calls.collectors.email')} {...form.text('email')} />
      <TextField label={t('calls.collectors.phone')} {...form.text('phone')} />
    </FormDialog>
  );
}
