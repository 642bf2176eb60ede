import SaveOutlined from '@mui/icons-material/SaveOutlined';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderRecord } from '../../shared/contract/reminders.types';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { useNotify } from '../components/Notifier';

/** The n° de recommandé of a registered letter, typed from the post office receipt; Enter saves it. */
export function TrackingField({
  record,
  onSaved,
}: {
  record: ReminderRecord;
  onSaved: (record: ReminderRecord) => void;
}) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const [value, setValue] = useState(record.trackingNumber ?? '');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const unchanged = value.trim() === (record.trackingNumber ?? '');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (unchanged || saving) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await callValue(bridge, 'reminders.setTracking', { id: record.id, trackingNumber: value.trim() });
      setValue(saved.trackingNumber ?? '');
      onSaved(saved);
      notify(t('reminders.history.trackingSaved', { name: record.clientName }));
    } catch (failure) {
      setError(toApiError(failure).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack component="form" direction="row" spacing={1} onSubmit={save} noValidate sx={{ alignItems: 'flex-start' }}>
      <TextField
        size="small"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        error={error !== null}
        helperText={error}
        slotProps={{
          htmlInput: {
            maxLength: 40,
            'aria-label': t('reminders.history.trackingLabel', { name: record.clientName }),
            'data-testid': 'tracking-input',
          },
        }}
        sx={{ width: 165 }}
      />
      <IconButton
        type="submit"
        size="small"
        disabled={unchanged || saving}
        aria-label={t('reminders.history.trackingSave')}
        data-testid="tracking-save"
      >
        <SaveOutlined fontSize="small" />
      </IconButton>
    </Stack>
  );
}
