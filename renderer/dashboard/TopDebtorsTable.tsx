import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../shared/contract/types';
import { activateOnKey, clickableRow } from '../components/table-styles';
import { formatInteger, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';

interface Props {
  debtors: ClientSummary[];
  onOpenClient: (clientId: number) => void;
}

const numeric = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** The ten largest encours; a row opens that client's file. */
export function TopDebtorsTable({ debtors, onOpenClient }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();

  return (
    <Paper component="section" aria-labelledby="top-debtors-title" sx={{ p: 2.5 }}>
      <Typography variant="h6" component="h2" id="top-debtors-title">
        {t('dashboard.topDebtorsTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('dashboard.topDebtorsHint')}
      </Typography>
      {debtors.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 2 }}>
          {t('dashboard.noDebtors')}
        </Typography>
      ) : (
        <Table size="small" data-testid="top-debtors" aria-labelledby="top-debtors-title">
          <TableHead>
            <TableRow>
              <TableCell>{t('clients.columns.code')}</TableCell>
              <TableCell>{t('clients.columns.name')}</TableCell>
              <TableCell align="right">{t('clients.columns.exposure')}</TableCell>
              <TableCell align="right">{t('clients.columns.overdue')}</TableCell>
              <TableCell align="right">{t('clients.columns.oldestDaysLate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {debtors.map((client) => (
              <TableRow
                key={client.id}
                hover
                tabIndex={0}
                aria-label={t('dashboard.openClient', { name: client.name, code: client.code })}
                data-client-code={client.code}
                onClick={() => onOpenClient(client.id)}
                onKeyDown={activateOnKey(() => onOpenClient(client.id))}
                sx={clickableRow}
              >
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{client.code}</TableCell>
                <TableCell sx={{ maxWidth: 280, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                  {client.name}
                </TableCell>
                <TableCell align="right" sx={numeric}>
                  {formatMoney(client.exposureCents, language)}
                </TableCell>
                <TableCell align="right" sx={{ ...numeric, color: client.overdueCents > 0 ? 'error.main' : undefined }}>
                  {formatMoney(client.overdueCents, language)}
                </TableCell>
                <TableCell align="right" sx={numeric}>
                  {formatInteger(client.oldestDaysLate, language)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
