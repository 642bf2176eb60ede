import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';
import { callValue, toApiError, useBridge } from '../api/bridge';
import { useCall } from '../api/useCall';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { useNotify } from '../components/Notifier';
import { readLogoFile, LogoRefused } from './read-logo';

/** The letterhead logo: a thumbnail, upload (PNG or JPEG), and removal after a confirmation. */
export function LogoCard() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const notify = useNotify();
  const logo = useCall('letterhead.logo', {});
  const [error, setError] = useState<ApiError | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [busy, setBusy] = useState(false);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be picked again after a fix
    if (!file) return;
    setError(null);
    setRefusal(null);
    setBusy(true);
    try {
      const image = await readLogoFile(file);
      await callValue(bridge, 'letterhead.setLogo', { image });
      notify(t('dunningSettings.logo.saved'));
      logo.reload();
    } catch (failure) {
      if (failure instanceof LogoRefused) setRefusal(t(`dunningSettings.logo.${failure.reason}`));
      else setError(toApiError(failure));
    } finally {
      setBusy(false);
    }
  };

  const value = logo.value;
  return (
    <Paper variant="outlined" component="section" sx={{ p: 2 }} data-testid="logo-card">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {t('dunningSettings.logo.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('dunningSettings.logo.hint')}
      </Typography>
      <Stack direction="row" spacing={3} sx={{ alignItems: 'center' }}>
        <Box
          sx={{
            width: 200,
            height: 100,
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            bgcolor: 'background.default',
          }}
        >
          {value ? (
            <img
              src={`data:${value.mime};base64,${value.base64}`}
              alt={t('dunningSettings.logo.alt')}
              data-testid="logo-thumbnail"
              style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' }}
            />
          ) : (
            <Typography variant="body2" color="text.secondary" data-testid="logo-none">
              {t('dunningSettings.logo.none')}
            </Typography>
          )}
        </Box>
        <Stack spacing={1}>
          <Button variant="outlined" component="label" disabled={busy}>
            {value ? t('dunningSettings.logo.replace') : t('dunningSettings.logo.upload')}
            <input
              hidden
              type="file"
              accept="image/png,image/jpeg"
              onChange={(event) => void upload(event)}
              data-testid="logo-input"
            />
          </Button>
          {value && (
            <Button color="error" onClick={() => setConfirmRemove(true)} disabled={busy} data-testid="logo-remove">
              {t('dunningSettings.logo.remove')}
            </Button>
          )}
        </Stack>
      </Stack>
      {refusal && (
        <Alert severity="warning" sx={{ mt: 2 }} data-testid="logo-refused">
          {refusal}
        </Alert>
      )}
      {(error ?? logo.error) && <ErrorAlert error={(error ?? logo.error)!} sx={{ mt: 2 }} />}
      {confirmRemove && (
        <ConfirmDialog
          title={t('dunningSettings.logo.removeTitle')}
          message={t('dunningSettings.logo.removeMessage')}
          confirmLabel={t('dunningSettings.logo.remove')}
          destructive
          onConfirm={async () => {
            await callValue(bridge, 'letterhead.setLogo', { image: null });
            notify(t('dunningSettings.logo.removed'));
            logo.reload();
          }}
          onClose={() => setConfirmRemove(false)}
        />
      )}
    </Paper>
  );
}
