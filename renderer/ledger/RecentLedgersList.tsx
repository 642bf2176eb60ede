import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { RecentLedger } from '../../shared/contract/types';
import { formatTimestampDate } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';

interface Props {
  recent: RecentLedger[];
  disabled: boolean;
  onOpen: (path: string) => void;
}

export function RecentLedgersList({ recent, disabled, onOpen }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Paper component="section" aria-labelledby="recent-ledgers-title" sx={{ p: 3 }}>
      <Typography variant="h6" component="h2" id="recent-ledgers-title" sx={{ mb: 1 }}>
        {t('welcome.recentTitle')}
      </Typography>
      {recent.length === 0 ? (
        <Typography color="text.secondary">{t('welcome.recentEmpty')}</Typography>
      ) : (
        <List disablePadding data-testid="recent-ledgers">
          {recent.map((ledger) => {
            const name = ledger.companyName || t('welcome.untitled');
            return (
              <ListItemButton
                key={ledger.path}
                disabled={disabled}
                onClick={() => onOpen(ledger.path)}
                aria-label={t('welcome.openRecent', { name })}
                sx={{ borderRadius: 1 }}
              >
                <ListItemIcon sx={{ minWidth: 40 }}>
                  <HistoryOutlined />
                </ListItemIcon>
                <ListItemText
                  primary={name}
                  secondary={`${ledger.path} · ${t('welcome.openedAt', { date: formatTimestampDate(ledger.openedAt, language) })}`}
                  slotProps={{ secondary: { sx: { wordBreak: 'break-all' } } }}
                />
              </ListItemButton>
            );
          })}
        </List>
      )}
    </Paper>
  );
}
