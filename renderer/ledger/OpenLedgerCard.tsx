import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Electron opens a native file dialog; the browser types the path. */
  withDialog: boolean;
  disabled: boolean;
  onOpen: (path: string | null) => void;
}

export function OpenLedgerCard({ withDialog, disabled, onOpen }: Props) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const ready = withDialog || path.trim() !== '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && !disabled) onOpen(withDialog ? null : path.trim());
  };

  return (
    <Paper component="section" aria-labelledby="open-ledger-title" sx={{ p: 3, height: '100%' }}>
      <form onSubmit={submit} noValidate>
        <Stack spacing={2}>
          <div>
            <Typography variant="h6" component="h2" id="open-ledger-title">
              {t('welcome.openTitle')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('welcome.openHint')}
            </Typography>
          </div>
          {!withDialog && (
            <TextField
              label={t('welcome.path')}
              helperText={t('welcome.openPathHelper')}
              value={path}
              onChange={(event) => setPath(event.target.value)}
              disabled={disabled}
              size="small"
              required
              slotProps={{ htmlInput: { 'data-testid': 'open-path', spellCheck: false } }}
            />
          )}
          <div>
            <Button
              type="submit"
              variant="outlined"
              startIcon={<FolderOpenOutlined />}
              disabled={disabled || !ready}
              data-testid="open-ledger"
            >
              {withDialog ? t('welcome.openWithDialog') : t('welcome.open')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
