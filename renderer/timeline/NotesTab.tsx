import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../shared/contract/types';
import { callValue, useBridge } from '../api/bridge';
import { useCall } from '../api/useCall';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { requiredText } from '../forms/form-schemas';
import { useForm } from '../forms/useForm';
import { TimelineList } from './TimelineList';

const noteSchema = z.object({ text: requiredText(5000) });

/**
 * The client's standing note (from its record) and the dated notes of the timeline. A note is written with
 * the button or Ctrl+Enter (Enter alone makes a new line).
 */
export function NotesTab({ client }: { client: Client }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const notes = useCall('timeline.list', { clientId: client.id, kinds: ['note'], limit: 100 });
  const form = useForm({ text: '' });

  const save = async () => {
    const saved = await form.submit(noteSchema, (input) =>
      callValue(bridge, 'notes.create', { clientId: client.id, text: input.text }),
    );
    if (saved) {
      form.set('text', '');
      notify(t('notes.saved'));
    }
  };

  return (
    <Stack spacing={2}>
      {client.notes && (
        <Alert severity="info" icon={false} data-testid="client-standing-note">
          <Typography variant="subtitle2" component="h3">
            {t('notes.standing')}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-line' }}>{client.notes}</Typography>
        </Alert>
      )}
      <Paper
        component="form"
        variant="outlined"
        sx={{ p: 2 }}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {form.formError && <ErrorAlert error={form.formError} sx={{ mb: 2 }} />}
        <TextField
          label={t('notes.newNote')}
          multiline
          minRows={2}
          fullWidth
          {...form.text('text', t('notes.help'))}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void save();
            }
          }}
          slotProps={{ htmlInput: { 'data-testid': 'note-text' } }}
        />
        <Stack direction="row" sx={{ justifyContent: 'flex-end', mt: 1 }}>
          <Button type="submit" variant="contained" disabled={form.submitting} data-testid="add-note">
            {t('notes.add')}
          </Button>
        </Stack>
      </Paper>
      {notes.error && <ErrorAlert error={notes.error} onRetry={notes.reload} />}
      {notes.value?.total === 0 ? (
        <Typography color="text.secondary">{t('notes.empty')}</Typography>
      ) : (
        <TimelineList entries={notes.value?.rows ?? []} />
      )}
    </Stack>
  );
}
