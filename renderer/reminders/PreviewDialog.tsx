import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../shared/contract/reminders.types';
import { useCall } from '../api/useCall';
import { CenteredProgress } from '../components/CenteredProgress';
import { ErrorAlert } from '../components/ErrorAlert';
import { ChannelLabel } from './ChannelLabel';
import { LetterPreview } from './LetterPreview';
import { stepLabel } from './reminder-labels';
import { saveBase64File } from './save-file';

/** The letter (or e-mail) one action would produce, merged for this client today, and its PDF. */
export function PreviewDialog({ item, onClose }: { item: QueueItem; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const preview = useCall('reminders.preview', { clientId: item.clientId, channel: item.channel }, 'none');
  const pdf = preview.value?.pdfBase64 ?? null;

  return (
    <Dialog open fullWidth maxWidth="md" onClose={onClose} aria-labelledby={titleId} data-testid="preview-dialog">
      <DialogTitle id={titleId}>{t('reminders.preview.title', { name: item.clientName })}</DialogTitle>
      <DialogContent dividers sx={{ bgcolor: 'grey.100' }}>
        <Typography variant="body2" color="text.secondary" component="div" sx={{ mb: 1.5, display: 'flex', gap: 2 }}>
          <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
            {stepLabel(item, t)}
          </Box>
          <ChannelLabel channel={item.channel} />
          <span data-testid="preview-recipient">
            {item.channel === 'email'
              ? [item.recipient.name, item.recipient.email].filter(Boolean).join(' · ')
              : [item.recipient.name, ...item.recipient.addressLines].filter(Boolean).join(', ')}
          </span>
        </Typography>
        {preview.error && <ErrorAlert error={preview.error} onRetry={preview.reload} />}
        {!preview.value && !preview.error && <CenteredProgress />}
        {preview.value && <LetterPreview preview={preview.value} />}
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button
          startIcon={<PictureAsPdfOutlined />}
          disabled={!pdf}
          data-testid="preview-open-pdf"
          onClick={() => pdf && saveBase64File(`${item.clientCode}-apercu.pdf`, 'application/pdf', pdf)}
        >
          {t('reminders.preview.openPdf')}
        </Button>
        <Button variant="contained" onClick={onClose} autoFocus>
          {t('reminders.preview.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
