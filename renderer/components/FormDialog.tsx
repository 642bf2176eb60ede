import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import type { FormEvent, ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  title: string;
  submitLabel: string;
  submitting: boolean;
  formError: ApiError | null;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
  /** More buttons between Cancel and the main one (e.g. "Enregistrer et lettrer"). */
  extraActions?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md' | 'lg';
  testId?: string;
}

/**
 * A data-entry dialog as a real <form>: Enter in a field submits it (the browser's implicit submission), Esc
 * cancels, a click outside does not (it would lose what was typed). The first field sets `autoFocus`.
 */
export function FormDialog({
  title,
  submitLabel,
  submitting,
  formError,
  onSubmit,
  onCancel,
  children,
  extraActions,
  maxWidth = 'sm',
  testId,
}: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!submitting) onSubmit();
  };
  return (
    <Dialog
      open
      fullWidth
      maxWidth={maxWidth}
      onClose={(_event, reason) => {
        if (reason !== 'backdropClick' && !submitting) onCancel();
      }}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <form onSubmit={handleSubmit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {formError && <ErrorAlert error={formError} />}
            {children}
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onCancel} disabled={submitting}>
            {t('form.cancel')}
          </Button>
          {extraActions}
          <Button type="submit" variant="contained" disabled={submitting} data-testid="form-submit">
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
