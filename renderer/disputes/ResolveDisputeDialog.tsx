import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import type { Dispute } from '../../shared/contract/client-file.types';
import { callValue, useBridge } from '../api/bridge';
import { FormDialog } from '../components/FormDialog';
import { useNotify } from '../components/Notifier';
import { useForm } from '../forms/useForm';
import { RESOLUTIONS, resolveDisputeSchema } from './dispute-form';

/** Close a dispute: credit note issued, rejected, or paid. */
export function ResolveDisputeDialog({ dispute, onClose }: { dispute: Dispute; onClose: () => void }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const form = useForm({ resolution: 'credit_note', comment: '' });

  const save = () =>
    form.submit(resolveDisputeSchema(dispute.id), async (input) => {
      await callValue(bridge, 'disputes.resolve', input);
      notify(t('disputes.resolved', { number: dispute.invoiceNumber ?? '' }));
      onClose();
    });

  return (
    <FormDialog
      title={t('disputes.resolveTitle', { number: dispute.invoiceNumber ?? '' })}
      submitLabel={t('disputes.resolve')}
      submitting={form.submitting}
      formError={form.formError}
      onSubmit={save}
      onCancel={onClose}
      testId="resolve-dispute-form"
    >
      <FormControl>
        <FormLabel id="resolution-label">{t('disputes.resolution')}</FormLabel>
        <RadioGroup
          aria-labelledby="resolution-label"
          name="resolution"
          value={form.values.resolution}
          onChange={(event) => form.set('resolution', event.target.value)}
        >
          {RESOLUTIONS.map((resolution, index) => (
            <FormControlLabel
              key={resolution}
              value={resolution}
              control={<Radio autoFocus={index === 0} />}
              label={t(`disputes.resolutions.${resolution}`)}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        label={t('disputes.resolutionComment')}
        multiline
        minRows={2}
        {...form.text('comment', t('disputes.resolutionCommentHelp'))}
      />
    </FormDialog>
  );
}
