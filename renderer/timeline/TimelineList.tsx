import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import LinkOutlined from '@mui/icons-material/LinkOutlined';
import MailOutlined from '@mui/icons-material/MailOutlined';
import HandshakeOutlined from '@mui/icons-material/HandshakeOutlined';
import NotesOutlined from '@mui/icons-material/NotesOutlined';
import PaymentsOutlined from '@mui/icons-material/PaymentsOutlined';
import PhoneOutlined from '@mui/icons-material/PhoneOutlined';
import PersonOutlined from '@mui/icons-material/PersonOutlined';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../shared/contract/client-file.types';
import { formatDateTime } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { timelineFamily, type TimelineFilter } from './timeline-kinds';
import { timelineLabel, timelineSummary } from './timeline-text';

const ICONS: Record<TimelineFilter | 'other', ReactElement> = {
  invoice: <DescriptionOutlined fontSize="small" />,
  credit_note: <ReceiptLongOutlined fontSize="small" />,
  payment: <PaymentsOutlined fontSize="small" />,
  allocation: <LinkOutlined fontSize="small" />,
  dispute: <GavelOutlined fontSize="small" />,
  reminder: <MailOutlined fontSize="small" />,
  call: <PhoneOutlined fontSize="small" />,
  promise: <HandshakeOutlined fontSize="small" />,
  note: <NotesOutlined fontSize="small" />,
  contact: <PersonOutlined fontSize="small" />,
  import: <UploadFileOutlined fontSize="small" />,
  client: <BusinessOutlined fontSize="small" />,
  other: <HistoryOutlined fontSize="small" />,
};

/** Entries newest first: what happened, when, by whom, and the details. */
export function TimelineList({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="timeline">
      {entries.map((entry) => (
        <Box
          component="li"
          key={entry.id}
          data-testid="timeline-entry"
          data-kind={entry.kind}
          sx={{ display: 'flex', gap: 1.5, py: 1.25, borderBottom: 1, borderColor: 'divider' }}
        >
          <Box sx={{ color: 'primary.main', pt: 0.25 }}>{ICONS[timelineFamily(entry.kind)]}</Box>
          <Stack sx={{ minWidth: 0, flexGrow: 1 }}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
              <Typography sx={{ fontWeight: 600 }} data-testid="timeline-label">
                {timelineLabel(entry, t)}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatDateTime(entry.occurredAt, language)}
                {entry.actor ? ` · ${entry.actor}` : ''}
              </Typography>
            </Stack>
            {entry.summary && (
              <Typography
                variant="body2"
                sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}
                data-testid="timeline-summary"
              >
                {timelineSummary(entry, t)}
              </Typography>
            )}
          </Stack>
        </Box>
      ))}
    </Box>
  );
}
