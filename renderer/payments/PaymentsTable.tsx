import LinkOutlined from '@mui/icons-material/LinkOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { Payment } from '../../shared/contract/types';
import { numericCell } from '../components/table-styles';
import { formatDate, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import { AllocationList } from './AllocationList';

interface Props {
  payments: Payment[];
  onAllocate: (payment: Payment) => void;
}

/** Payments received with what each settles; what no invoice took yet is an advance (avance). */
export function PaymentsTable({ payments, onAllocate }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <TableContainer>
      <Table size="small" aria-label={t('payments.tableLabel')} data-testid="payments-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('payments.date')}</TableCell>
            <TableCell>{t('payments.method')}</TableCell>
            <TableCell>{t('payments.reference')}</TableCell>
            <TableCell align="right">{t('payments.amount')}</TableCell>
            <TableCell>{t('payments.allocations')}</TableCell>
            <TableCell align="right">{t('payments.unallocated')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {payments.map((payment) => (
            <TableRow
              key={payment.id}
              data-testid="payment-row"
              data-payment-id={payment.id}
              sx={{ verticalAlign: 'top' }}
            >
              <TableCell sx={numericCell}>{formatDate(payment.date)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`payments.methods.${payment.method}`)}</TableCell>
              <TableCell sx={{ minWidth: 180, maxWidth: 320, overflowWrap: 'anywhere' }}>{payment.reference}</TableCell>
              <TableCell align="right" sx={{ ...numericCell, fontWeight: 600 }}>
                {formatMoney(payment.amountCents, language)}
              </TableCell>
              <TableCell>
                <AllocationList source={{ paymentId: payment.id }} />
              </TableCell>
              <TableCell align="right" sx={numericCell} data-field="unallocated">
                {payment.unallocatedCents > 0 ? (
                  <Stack spacing={0.5} sx={{ alignItems: 'flex-end' }}>
                    <Box sx={{ color: 'secondary.main', fontWeight: 600 }}>
                      {formatMoney(payment.unallocatedCents, language)}
                    </Box>
                    <Chip size="small" color="secondary" variant="outlined" label={t('payments.advance')} />
                    <Button
                      size="small"
                      startIcon={<LinkOutlined />}
                      onClick={() => onAllocate(payment)}
                      data-testid="allocate-payment"
                    >
                      {t('lettrage.allocate')}
                    </Button>
                  </Stack>
                ) : (
                  <Box sx={{ color: 'text.secondary' }}>{formatMoney(0, language)}</Box>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
