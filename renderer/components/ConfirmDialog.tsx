import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';
import { toApiError } from '../api/bridge';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  /** Runs the action; the dialog closes when it succeeds and shows the error when it fails. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  destructive?: boolean;
}

/** "Are you sure?" before anything that undoes or hides data. The safe choice (Cancel) has the focus. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onClose, destructive }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const confirm = async () => {
    setRunning(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (failure) {
      setError(toApiError(failure));
      setRunning(false);
    }
  };

  return (
    <Dialog
      open
      maxWidth="xs"
      fullWidth
      onClose={() => !running && onClose()}
      aria-labelledby={titleId}
      data-testid="confirm-dialog"
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {error && <ErrorAlert error={error} sx={{ mb: 2 }} />}
        <DialogContentText>{message}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={running} autoFocus>
          {t('form.cancel')}
        </Button>
        <Button
          onClick={confirm}
          disabled={running}
          variant="contained"
          color={destructive ? 'error' : 'primary'}
          data-testid="confirm-action"
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
