import NoteAddOutlined from '@mui/icons-material/NoteAddOutlined';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Electron picks the path with a native save dialog; the browser has no access to the disk, so it types it. */
  withDialog: boolean;
  disabled: boolean;
  onCreate: (companyName: string, path: string | null) => void;
}

export function CreateLedgerCard({ withDialog, disabled, onCreate }: Props) {
  const { t } = useTranslation();
  const [companyName, setCompanyName] = useState('');
  const [path, setPath] = useState('');
  const ready = companyName.trim() !== '' && (withDialog || path.trim() !== '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && !disabled) onCreate(companyName.trim(), withDialog ? null : path.trim());
  };

  return (
    <Paper component="section" aria-labelledby="create-ledger-title" sx={{ p: 3, height: '100%' }}>
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          <div>
            <Typography variant="h6" component="h2" id="create-ledger-title">
              {t('welcome.createTitle')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('welcome.createHint')}
            </Typography>
          </div>
          <TextField
            label={t('welcome.companyName')}
            value={companyName}
            onChange={(event) => setCompanyName(event.target.value)}
            disabled={disabled}
            size="small"
            required
            slotProps={{ htmlInput: { 'data-testid': 'create-company-name', maxLength: 200 } }}
          />
          {!withDialog && (
            <TextField
              label={t('welcome.path')}
              helperText={t('welcome.createPathHelper')}
              value={path}
              onChange={(event) => setPath(event.target.value)}
              disabled={disabled}
              size="small"
              required
              slotProps={{ htmlInput: { 'data-testid': 'create-path', spellCheck: false } }}
            />
          )}
          <div>
            <Button
              type="submit"
              variant="outlined"
              startIcon={<NoteAddOutlined />}
              disabled={disabled || !ready}
              data-testid="create-ledger"
            >
              {withDialog ? t('welcome.createWithDialog') : t('welcome.create')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
