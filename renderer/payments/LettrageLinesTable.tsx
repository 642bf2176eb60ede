import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { MoneyField } from '../components/MoneyField';
import { numericCell } from '../components/table-styles';
import { formatDate, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';
import type { LettrageCheck, LettrageLine } from './lettrage-lines';

interface Props {
  lines: LettrageLine[];
  check: LettrageCheck;
  /** Line errors appear once the user tried to confirm, or as soon as an amount exceeds its invoice. */
  showErrors: boolean;
  serverErrors: ReadonlyMap<number, string>;
  onAmountChange: (invoiceId: number, text: string) => void;
}

export function LettrageLinesTable({ lines, check, showErrors, serverErrors, onAmountChange }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <TableContainer sx={{ maxHeight: 380 }}>
      <Table size="small" stickyHeader aria-label={t('lettrage.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('invoices.columns.number')}</TableCell>
            <TableCell>{t('invoices.columns.dueDate')}</TableCell>
            <TableCell align="right">{t('invoices.columns.open')}</TableCell>
            <TableCell>{t('lettrage.reason')}</TableCell>
            <TableCell align="right" sx={{ width: 190 }}>
              {t('lettrage.amount')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => {
            const lineError = check.lineErrors.get(line.invoiceId);
            const visibleError =
              serverErrors.get(line.invoiceId) ??
              (lineError && (showErrors || lineError === 'overOpen') ? t(`form.errors.${lineError}`) : undefined);
            return (
              <TableRow key={line.invoiceId} data-testid="lettrage-line" data-invoice-number={line.invoiceNumber}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{line.invoiceNumber}</TableCell>
                <TableCell sx={numericCell}>{formatDate(line.dueDate)}</TableCell>
                <TableCell align="right" sx={numericCell}>
                  {formatMoney(line.openCents, language)}
                </TableCell>
                <TableCell>
                  {line.reason && (
                    <Chip
                      size="small"
                      variant="outlined"
                      color={line.reason === 'oldest_first' ? 'default' : 'primary'}
                      label={t(`lettrage.reasons.${line.reason}`)}
                      data-testid="lettrage-reason"
                    />
                  )}
                </TableCell>
                <TableCell align="right" sx={{ py: 0.5 }}>
                  <MoneyField
                    size="small"
                    value={line.amountText}
                    onChange={(event) => onAmountChange(line.invoiceId, event.target.value)}
                    error={Boolean(visibleError)}
                    helperText={visibleError}
                    slotProps={{
                      htmlInput: {
                        'aria-label': t('lettrage.amountFor', { number: line.invoiceNumber }),
                        'data-testid': `lettrage-amount-${line.invoiceNumber}`,
                      },
                    }}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
