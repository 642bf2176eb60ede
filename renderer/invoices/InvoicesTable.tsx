import GavelOutlined from '@mui/icons-material/GavelOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import LinearProgress from '@mui/material/LinearProgress';
import { useTranslation } from 'react-i18next';
import type { Invoice, Page } from '../../shared/contract/types';
import { numericCell, visuallyHidden } from '../components/table-styles';
import { formatDate, formatInteger, formatMoney, negate } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { InvoiceRowMenu, type InvoiceAction } from './InvoiceRowMenu';
import { InvoiceStatusChip } from './InvoiceStatusChip';

export interface Pagination {
  page: number;
  pageSize: number;
}

interface Props {
  page: Page<Invoice> | null;
  loading: boolean;
  pagination: Pagination;
  onPaginationChange: (pagination: Pagination) => void;
  onAction: (invoice: Invoice, action: InvoiceAction) => void;
}

/** A credit note reduces what the client owes: its amounts read negative, like on a statement. */
function signed(invoice: Invoice, cents: number): number {
  return invoice.kind === 'credit_note' ? negate(cents) : cents;
}

export function InvoicesTable({ page, loading, pagination, onPaginationChange, onAction }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const rows = page?.rows ?? [];

  return (
    <>
      <LinearProgress sx={{ visibility: loading ? 'visible' : 'hidden', height: 2 }} />
      <TableContainer>
        <Table size="small" aria-label={t('invoices.tableLabel')} data-testid="invoices-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('invoices.columns.number')}</TableCell>
              <TableCell>{t('invoices.columns.issueDate')}</TableCell>
              <TableCell>{t('invoices.columns.dueDate')}</TableCell>
              <TableCell align="right">{t('invoices.columns.amount')}</TableCell>
              <TableCell align="right">{t('invoices.columns.open')}</TableCell>
              <TableCell>{t('invoices.columns.status')}</TableCell>
              <TableCell align="right">{t('invoices.columns.daysLate')}</TableCell>
              <TableCell padding="checkbox">
                <Box component="span" sx={visuallyHidden}>
                  {t('invoices.columns.actions')}
                </Box>
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((invoice) => (
              <TableRow key={invoice.id} hover data-invoice-number={invoice.number} data-testid="invoice-row">
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <span>{invoice.number}</span>
                    {invoice.kind === 'credit_note' && (
                      <Chip size="small" label={t('invoices.creditNoteTag')} variant="outlined" />
                    )}
                    {invoice.disputed && (
                      <Tooltip title={t('invoices.disputedMarker')}>
                        <GavelOutlined
                          fontSize="small"
                          color="warning"
                          aria-label={t('invoices.disputedMarker')}
                          data-testid="dispute-marker"
                          role="img"
                        />
                      </Tooltip>
                    )}
                  </Stack>
                </TableCell>
                <TableCell sx={numericCell}>
                  {invoice.issueDate ? formatDate(invoice.issueDate) : t('invoices.status.to_issue')}
                </TableCell>
                <TableCell sx={numericCell}>{formatDate(invoice.dueDate)}</TableCell>
                <TableCell align="right" sx={numericCell} data-field="amount">
                  {formatMoney(signed(invoice, invoice.amountCents), language)}
                </TableCell>
                <TableCell align="right" sx={{ ...numericCell, fontWeight: 600 }} data-field="open">
                  {formatMoney(signed(invoice, invoice.openCents), language)}
                </TableCell>
                <TableCell>
                  <InvoiceStatusChip invoice={invoice} />
                </TableCell>
                <TableCell
                  align="right"
                  sx={{ ...numericCell, color: invoice.daysLate > 0 ? 'error.main' : undefined }}
                  data-field="days-late"
                >
                  {invoice.kind === 'invoice' && invoice.daysLate > 0 ? formatInteger(invoice.daysLate, language) : ''}
                </TableCell>
                <TableCell padding="checkbox">
                  <InvoiceRowMenu invoice={invoice} onAction={(action) => onAction(invoice, action)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {page && rows.length === 0 && (
        <Typography color="text.secondary" sx={{ py: 3, textAlign: 'center' }}>
          {t('invoices.empty')}
        </Typography>
      )}
      <TablePagination
        component="div"
        count={page?.total ?? 0}
        page={pagination.page}
        rowsPerPage={pagination.pageSize}
        rowsPerPageOptions={[25, 50, 100]}
        onPageChange={(_event, next) => onPaginationChange({ ...pagination, page: next })}
        onRowsPerPageChange={(event) => onPaginationChange({ page: 0, pageSize: Number(event.target.value) })}
      />
    </>
  );
}
