import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';

interface Props {
  error: ApiError;
  onRetry?: () => void;
  onClose?: () => void;
  sx?: SxProps<Theme>;
}

/**
 * A failed call as the user sees it: a translated title for the error code, then the core's own message
 * (which names the file, the field or the record), so support can tell what happened.
 */
export function ErrorAlert({ error, onRetry, onClose, sx }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      role="alert"
      data-testid="api-error"
      data-error-code={error.code}
      onClose={onClose}
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        ) : undefined
      }
      sx={sx}
    >
      <AlertTitle>{t(`errors.${error.code}`)}</AlertTitle>
      {error.message}
      {error.field ? <div>{t('errors.field', { field: error.field })}</div> : null}
    </Alert>
  );
}
