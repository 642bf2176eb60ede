import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { FecReport } from '../../shared/contract/imports.types';
import { numericCell } from '../components/table-styles';
import { formatInteger, formatMoney } from '../format/format';
import { paymentTermsLabel } from '../format/payment-terms';
import { useLanguage } from '../i18n/useLanguage';

/**
 * What a FEC import must prove: each client's encours equals the net balance of its 411 account in the file.
 * Also says how due dates were made up, since a FEC has none.
 */
export function FecReconciliation({ report }: { report: FecReport }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const n = (value: number) => formatInteger(value, language);
  const money = (cents: number) => formatMoney(cents, language);
  return (
    <Stack spacing={2}>
      <Alert severity="info" data-testid="fec-due-dates">
        {/* The core explains its rule in French; our own sentence covers a core that says nothing. */}
        {report.dueDateRule.message ||
          t('imports.fecDueDates', { terms: paymentTermsLabel(report.dueDateRule.terms, t) })}
      </Alert>
      <Typography color="text.secondary" data-testid="fec-lines">
        {t('imports.fecLines', {
          lines: n(report.fileLines),
          customer: n(report.customerLines),
          opening: n(report.openingLines),
          groups: n(report.lettering.groups),
          unbalanced: n(report.lettering.unbalanced),
        })}
      </Typography>
      {report.reconciled ? (
        <Alert severity="success" data-testid="fec-reconciled">
          {t(report.written ? 'imports.fecReconciled' : 'imports.fecWillReconcile')}
        </Alert>
      ) : (
        <Alert severity="warning" data-testid="fec-not-reconciled">
          {t('imports.fecNotReconciled')}
        </Alert>
      )}
      <Typography variant="h6" component="h2">
        {t('imports.reconciliationTitle')}
      </Typography>
      <TableContainer sx={{ maxHeight: 440 }}>
        <Table size="small" stickyHeader aria-label={t('imports.reconciliationTitle')} data-testid="fec-reconciliation">
          <TableHead>
            <TableRow>
              <TableCell>{t('imports.reconciliation.client')}</TableCell>
              <TableCell align="right">{t('imports.reconciliation.fileBalance')}</TableCell>
              <TableCell align="right">
                {t(report.written ? 'imports.reconciliation.encours' : 'imports.reconciliation.encoursProjected')}
              </TableCell>
              <TableCell align="right">{t('imports.reconciliation.difference')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.reconciliation.map((line) => (
              <TableRow key={line.clientCode} data-testid="fec-reconciliation-row" data-client-code={line.clientCode}>
                <TableCell>
                  {line.clientName}{' '}
                  <Typography component="span" variant="body2" color="text.secondary">
                    {line.clientCode}
                  </Typography>
                </TableCell>
                <TableCell align="right" sx={numericCell}>
                  {money(line.fileBalanceCents)}
                </TableCell>
                <TableCell align="right" sx={numericCell}>
                  {money(line.encoursCents)}
                </TableCell>
                <TableCell
                  align="right"
                  sx={{ ...numericCell, color: line.differenceCents !== 0 ? 'error.main' : 'text.secondary' }}
                >
                  {money(line.differenceCents)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Stack>
  );
}
