import type { TFunction } from 'i18next';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';
import type { QueueItem } from '../../shared/contract/reminders.types';
import { addDays, isIsoDate, type IsoDate } from '../../shared/domain/dates';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { FormDialog } from '../components/FormDialog';
import { useNotify } from '../components/Notifier';
import { formatDate } from '../format/format';

/** Why a date cannot be the end of a postponement, or null when it can. */
export function postponeDateError(until: string, today: IsoDate, t: TFunction): string | null {
  if (!isIsoDate(until)) return t('reminders.postpone.invalid');
  if (until <= today) return t('reminders.postpone.mustBeAfter', { date: formatDate(today) });
  return null;
}

/** Hide one action from the queue until a later day (a week by default: the usual "call me next week"). */
export function PostponeDialog({
  item,
  today,
  onClose,
  onDone,
}: {
  item: QueueItem;
  today: IsoDate;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const [until, setUntil] = useState(addDays(today, 7));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async () => {
    const error = postponeDateError(until, today, t);
    setFieldError(error);
    setFormError(null);
    if (error) return;
    setSubmitting(true);
    try {
      await callValue(bridge, 'reminders.postpone', { clientId: item.clientId, channel: item.channel, until });
      notify(t('reminders.postpone.done', { name: item.clientName, date: formatDate(until) }));
      onDone();
      onClose();
    } catch (failure) {
      const apiError = toApiError(failure);
      if (apiError.field === 'until') setFieldError(apiError.message);
      else setFormError(apiError);
      setSubmitting(false);
    }
  };

  return (
    <FormDialog
      title={t('reminders.postpone.title', { name: item.clientName })}
      submitLabel={t('reminders.postpone.submit')}
      submitting={submitting}
      formError={formError}
      onSubmit={submit}
      onCancel={onClose}
      maxWidth="xs"
      testId="postpone-dialog"
    >
      <TextField
        type="date"
        label={t('reminders.postpone.until')}
        required
        autoFocus
        value={until}
        onChange={(event) => {
          setUntil(event.target.value);
          setFieldError(null);
        }}
        error={fieldError !== null}
        helperText={fieldError ?? t('reminders.postpone.help')}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: addDays(today, 1) } }}
      />
    </FormDialog>
  );
}
