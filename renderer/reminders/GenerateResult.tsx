import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';
import type { QueueItem, ReminderRun } from '../../shared/contract/reminders.types';
import { ChannelLabel } from './ChannelLabel';
import { DownloadButton } from './DownloadButton';
import { itemKey } from './reminder-labels';

/** What a run produced: the batch PDF to print, each client's file and the .eml drafts to open and send. */
export function GenerateResult({
  run,
  items,
  onError,
}: {
  run: ReminderRun;
  items: QueueItem[];
  onError: (error: ApiError) => void;
}) {
  const { t } = useTranslation();
  const byKey = new Map(items.map((item) => [itemKey(item), item]));
  return (
    <Stack spacing={2} data-testid="generate-result">
      <Alert severity="success" data-testid="generate-recorded">
        {t('reminders.result.recorded')}{' '}
        {t('reminders.result.summary', {
          letters: t('reminders.result.letters', { count: run.letterCount }),
          emails: t('reminders.result.emails', { count: run.emailCount }),
          folder: run.outDir,
        })}
      </Alert>
      {run.combinedPdfPath && (
        <Box>
          <DownloadButton path={run.combinedPdfPath} variant="contained" onError={onError} testId="download-combined">
            {t('reminders.result.combined')}
          </DownloadButton>
        </Box>
      )}
      {run.emailCount > 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('reminders.result.emailHelp')}
        </Typography>
      )}
      {run.documents.length > 0 && (
        <Box>
          <Typography variant="subtitle2">{t('reminders.result.perLetter')}</Typography>
          <List dense disablePadding sx={{ maxHeight: 320, overflowY: 'auto' }}>
            {run.documents.map((document) => {
              const item = byKey.get(itemKey(document));
              const name = item ? `${item.clientCode} · ${item.clientName}` : String(document.clientId);
              return (
                <ListItem
                  key={document.reminderId}
                  data-testid="generated-document"
                  disableGutters
                  secondaryAction={
                    <Stack direction="row" spacing={1}>
                      {document.pdfPath && (
                        <DownloadButton path={document.pdfPath} onError={onError} testId="download-pdf">
                          {t('reminders.result.pdf')}
                        </DownloadButton>
                      )}
                      {document.emlPath && (
                        <DownloadButton path={document.emlPath} onError={onError} testId="download-eml">
                          {t('reminders.result.eml')}
                        </DownloadButton>
                      )}
                    </Stack>
                  }
                >
                  <ListItemText
                    primary={name}
                    secondary={<ChannelLabel channel={document.channel} />}
                    slotProps={{ secondary: { component: 'div' } }}
                  />
                </ListItem>
              );
            })}
          </List>
        </Box>
      )}
    </Stack>
  );
}
