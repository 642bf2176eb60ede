import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { CallListRow } from '../../shared/contract/calls.types';
import { activateOnKey, clickableRow, numericCell } from '../components/table-styles';
import { formatMoney, formatTimestampDate } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { priorityParts, priorityPoints, reasonLabel } from './call-labels';

interface Props {
  rows: CallListRow[];
  selectedId: number | null;
  onSelect: (row: CallListRow) => void;
  onOpenClient: (clientId: number) => void;
  /** Beside an open call sheet: the last action is left out (it is on the sheet). */
  compact?: boolean;
}

/** Today's calls, highest priority first; a row opens its call sheet (click or Enter). */
export function CallListTable({ rows, selectedId, onSelect, onOpenClient, compact = false }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('calls.tableLabel')} data-testid="call-list">
        <TableHead>
          <TableRow>
            <TableCell align="right">{t('calls.columns.priority')}</TableCell>
            <TableCell>{t('calls.columns.client')}</TableCell>
            <TableCell>{t('calls.columns.phone')}</TableCell>
            <TableCell align="right">{t('calls.columns.overdue')}</TableCell>
            <TableCell align="right">{t('calls.columns.daysLate')}</TableCell>
            {!compact && <TableCell>{t('calls.columns.lastAction')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const selected = row.clientId === selectedId;
            return (
              <TableRow
                key={row.clientId}
                hover
                selected={selected}
                aria-selected={selected}
                tabIndex={0}
                data-testid="call-row"
                data-client-id={row.clientId}
                data-client-code={row.clientCode}
                onClick={() => onSelect(row)}
                onKeyDown={activateOnKey(() => onSelect(row))}
                sx={{ ...clickableRow, verticalAlign: 'top' }}
              >
                <TableCell align="right" sx={numericCell} data-field="score">
                  <Tooltip
                    title={`${priorityPoints(row)} = ${t('calls.priority.points', { score: row.priority.score })}`}
                  >
                    <Box component="span" sx={{ fontWeight: 600 }}>
                      {row.priority.score}
                    </Box>
                  </Tooltip>
                </TableCell>
                <TableCell sx={{ maxWidth: 320 }}>
                  <Link
                    component="button"
                    type="button"
                    underline="hover"
                    color="inherit"
                    onClick={(event) => {
                      event.stopPropagation();
                      onOpenClient(row.clientId);
                    }}
                    aria-label={t('calls.openClient', { name: row.clientName })}
                    sx={{ textAlign: 'left', fontWeight: 500 }}
                    data-testid="call-client"
                  >
                    {row.clientName}
                  </Link>
                  <Box sx={{ color: 'text.secondary', fontSize: '0.8rem' }} data-field="parts">
                    {row.clientCode} · {priorityParts(row, t, language)}
                  </Box>
                  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5, mt: 0.5 }}>
                    {row.reasons.map((reason, index) => (
                      <Chip
                        key={`${reason.kind}-${index}`}
                        size="small"
                        variant="outlined"
                        color={
                          reason.kind === 'broken_promise' || reason.kind === 'credit_limit' ? 'warning' : 'default'
                        }
                        label={reasonLabel(reason, t)}
                        data-testid="call-reason"
                        data-kind={reason.kind}
                      />
                    ))}
                  </Box>
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }} data-field="phone">
                  {row.phone ? (
                    <Link href={row.phone.tel} onClick={(event) => event.stopPropagation()} data-testid="call-tel">
                      {row.phone.display}
                    </Link>
                  ) : (
                    <Box component="span" sx={{ color: 'text.secondary' }}>
                      {t('calls.noPhone')}
                    </Box>
                  )}
                </TableCell>
                <TableCell align="right" sx={numericCell} data-field="overdue">
                  {formatMoney(row.overdueCents, language)}
                </TableCell>
                <TableCell align="right" sx={numericCell} data-field="daysLate">
                  {t('calls.daysLate', { count: row.oldestDaysLate })}
                </TableCell>
                {!compact && (
                  <TableCell sx={{ maxWidth: 260, fontSize: '0.85rem' }} data-field="lastAction">
                    {row.lastAction && (
                      <>
                        <Box sx={{ color: 'text.secondary' }}>
                          {formatTimestampDate(row.lastAction.occurredAt, language)}
                        </Box>
                        <Box sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{row.lastAction.summary}</Box>
                      </>
                    )}
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
