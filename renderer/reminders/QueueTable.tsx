import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../shared/contract/reminders.types';
import { activateOnKey, clickableRow, numericCell, visuallyHidden } from '../components/table-styles';
import { formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { ChannelLabel } from './ChannelLabel';
import { QueueRowActions, type QueueAction } from './QueueRowActions';
import { isSelectable, itemKey, stepLabel } from './reminder-labels';

interface Props {
  items: QueueItem[];
  selected: ReadonlySet<string>;
  onToggle: (item: QueueItem) => void;
  onToggleAll: (select: boolean) => void;
  onOpenClient: (clientId: number) => void;
  onAction: (item: QueueItem, action: QueueAction) => void;
}

/** Invoice numbers as far as they fit; the whole list in the tooltip. */
const SHOWN_NUMBERS = 3;

/** The day's actions, one row per client and channel; a row with a problem says why and cannot be chosen. */
export function QueueTable({ items, selected, onToggle, onToggleAll, onOpenClient, onAction }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const selectable = items.filter(isSelectable);
  const selectedCount = selectable.filter((item) => selected.has(itemKey(item))).length;
  const allSelected = selectable.length > 0 && selectedCount === selectable.length;

  return (
    <TableContainer>
      <Table size="small" aria-label={t('reminders.tableLabel')} data-testid="queue-table">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={allSelected}
                indeterminate={selectedCount > 0 && !allSelected}
                disabled={selectable.length === 0}
                onChange={() => onToggleAll(!allSelected)}
                slotProps={{
                  input: { 'aria-label': allSelected ? t('reminders.selectNone') : t('reminders.selectAll') },
                }}
                data-testid="queue-select-all"
              />
            </TableCell>
            <TableCell>{t('reminders.columns.client')}</TableCell>
            <TableCell>{t('reminders.columns.step')}</TableCell>
            <TableCell>{t('reminders.columns.channel')}</TableCell>
            <TableCell>{t('reminders.columns.invoices')}</TableCell>
            <TableCell align="right">{t('reminders.columns.total')}</TableCell>
            <TableCell padding="checkbox">
              <Box component="span" sx={visuallyHidden}>
                {t('reminders.columns.actions')}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => {
            const key = itemKey(item);
            const canSelect = isSelectable(item);
            const isSelected = canSelect && selected.has(key);
            const numbers = item.invoices.map((invoice) => invoice.number);
            const shownNumbers =
              numbers.slice(0, SHOWN_NUMBERS).join(', ') + (numbers.length > SHOWN_NUMBERS ? ', …' : '');
            return (
              <TableRow
                key={key}
                hover
                selected={isSelected}
                data-testid="queue-row"
                data-client-code={item.clientCode}
                data-channel={item.channel}
                data-selectable={canSelect}
                aria-selected={isSelected}
                {...(canSelect && {
                  tabIndex: 0,
                  onClick: () => onToggle(item),
                  onKeyDown: activateOnKey(() => onToggle(item)),
                  sx: clickableRow,
                })}
              >
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={isSelected}
                    disabled={!canSelect}
                    onClick={(event) => event.stopPropagation()}
                    onChange={() => onToggle(item)}
                    slotProps={{ input: { 'aria-label': t('reminders.selectRow', { name: item.clientName }) } }}
                    data-testid="queue-select"
                  />
                </TableCell>
                <TableCell sx={{ maxWidth: 260 }}>
                  <Link
                    component="button"
                    type="button"
                    underline="hover"
                    color="inherit"
                    onClick={(event) => {
                      event.stopPropagation();
                      onOpenClient(item.clientId);
                    }}
                    aria-label={t('reminders.openClient', { name: item.clientName })}
                    sx={{ textAlign: 'left', fontWeight: 500, display: 'block', maxWidth: '100%' }}
                    data-testid="queue-client"
                  >
                    <Box
                      component="span"
                      sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                    >
                      {item.clientName}
                    </Box>
                  </Link>
                  <Box sx={{ color: 'text.secondary', fontSize: '0.8rem' }}>{item.clientCode}</Box>
                  {item.problems.map((problem) => (
                    <Typography
                      key={problem.code}
                      variant="body2"
                      color="error"
                      data-testid="queue-problem"
                      data-code={problem.code}
                    >
                      {problem.message}
                    </Typography>
                  ))}
                  {item.channel === 'call' && (
                    <Typography variant="body2" color="text.secondary" data-testid="queue-call-note">
                      {t('reminders.fromCalls')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }} data-field="step">
                  {stepLabel(item, t)}
                </TableCell>
                <TableCell data-field="channel">
                  <ChannelLabel channel={item.channel} />
                </TableCell>
                <TableCell sx={{ maxWidth: 240 }} data-field="invoices">
                  <Tooltip title={numbers.join(', ')}>
                    <Box>
                      <Box>{t('reminders.invoiceCount', { count: item.invoices.length })}</Box>
                      <Box
                        sx={{
                          color: 'text.secondary',
                          fontSize: '0.8rem',
                          overflow: 'hidden',
                          textOverflow: 'ellipsis',
                          whiteSpace: 'nowrap',
                        }}
                      >
                        {shownNumbers}
                      </Box>
                    </Box>
                  </Tooltip>
                </TableCell>
                <TableCell align="right" sx={numericCell} data-field="total">
                  {formatMoney(item.totalOpenCents, language)}
                </TableCell>
                <TableCell align="right" padding="checkbox">
                  <QueueRowActions item={item} onAction={(action) => onAction(item, action)} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
