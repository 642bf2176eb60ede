import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';
import type { Dispute } from '../../shared/contract/client-file.types';
import type { ApiError } from '../../shared/contract/errors';
import { activateOnKey, clickableRow, numericCell, visuallyHidden } from '../components/table-styles';
import { formatDate, formatInteger, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { DisputeActions } from './DisputeActions';
import { DisputeStatusChip } from './DisputeStatusChip';

interface Props {
  disputes: Dispute[];
  /** The Litiges screen shows whose dispute it is and opens the client's file on a click. */
  onOpenClient?: (dispute: Dispute) => void;
  onError: (error: ApiError) => void;
}

export function DisputesTable({ disputes, onOpenClient, onError }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const money = (cents: number) => formatMoney(cents, language);
  return (
    <TableContainer>
      <Table size="small" aria-label={t('disputes.tableLabel')} data-testid="disputes-table">
        <TableHead>
          <TableRow>
            {onOpenClient && <TableCell>{t('disputes.columns.client')}</TableCell>}
            <TableCell>{t('disputes.columns.invoice')}</TableCell>
            <TableCell>{t('disputes.columns.openedOn')}</TableCell>
            <TableCell align="right">{t('disputes.columns.age')}</TableCell>
            <TableCell align="right">{t('disputes.columns.disputed')}</TableCell>
            <TableCell align="right">{t('disputes.columns.open')}</TableCell>
            <TableCell>{t('disputes.columns.reason')}</TableCell>
            <TableCell>{t('disputes.columns.owner')}</TableCell>
            <TableCell>{t('disputes.columns.status')}</TableCell>
            <TableCell padding="checkbox">
              <Box component="span" sx={visuallyHidden}>
                {t('invoices.columns.actions')}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {disputes.map((dispute) => (
            <TableRow
              key={dispute.id}
              hover
              data-testid="dispute-row"
              data-invoice-number={dispute.invoiceNumber ?? ''}
              data-status={dispute.status}
              {...(onOpenClient && {
                tabIndex: 0,
                onClick: () => onOpenClient(dispute),
                onKeyDown: activateOnKey(() => onOpenClient(dispute)),
                'aria-label': t('disputes.openClient', { name: dispute.clientName }),
                sx: clickableRow,
              })}
            >
              {onOpenClient && (
                <TableCell sx={{ maxWidth: 210 }}>
                  <Box sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                    {dispute.clientName}
                  </Box>
                  <Box sx={{ color: 'text.secondary', fontSize: '0.8rem' }}>{dispute.clientCode}</Box>
                </TableCell>
              )}
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{dispute.invoiceNumber ?? t('app.notAvailable')}</TableCell>
              <TableCell sx={numericCell}>{formatDate(dispute.openedOn)}</TableCell>
              <TableCell align="right" sx={numericCell}>
                {t('clientFile.days', { count: dispute.ageDays, formatted: formatInteger(dispute.ageDays, language) })}
              </TableCell>
              <TableCell align="right" sx={numericCell}>
                {dispute.disputedCents === null ? t('disputes.whole') : money(dispute.disputedCents)}
              </TableCell>
              <TableCell align="right" sx={numericCell}>
                {dispute.invoiceOpenCents === null ? '' : money(dispute.invoiceOpenCents)}
              </TableCell>
              <TableCell>
                {dispute.comment ? (
                  <Tooltip title={dispute.comment}>
                    <span>{t(`disputes.reasons.${dispute.reason}`)}</span>
                  </Tooltip>
                ) : (
                  t(`disputes.reasons.${dispute.reason}`)
                )}
              </TableCell>
              <TableCell>{dispute.owner}</TableCell>
              <TableCell>
                <DisputeStatusChip dispute={dispute} />
              </TableCell>
              <TableCell align="right" padding="checkbox">
                <DisputeActions dispute={dispute} onError={onError} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
