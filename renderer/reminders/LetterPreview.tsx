import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { LetterInvoiceLine, LetterTotals, TemplatePreview } from '../../shared/contract/reminders.types';
import { useCall } from '../api/useCall';
import { numericCell } from '../components/table-styles';
import { formatDate, formatInteger, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';

/** Interest and indemnity get their own columns only when the letter claims them (a mise en demeure). */
function claimsPenalties(preview: TemplatePreview): boolean {
  return preview.totals.interestCents > 0 || preview.totals.indemnityCents > 0;
}

function InvoicesBlock({ lines, penalties }: { lines: LetterInvoiceLine[]; penalties: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const money = (cents: number) => formatMoney(cents, language);
  return (
    // Compact cells: eight columns of a formal notice must fit the letter's width, as they do on the PDF.
    <Box sx={{ overflowX: 'auto', my: 1 }}>
      <Table
        size="small"
        aria-label={t('reminders.preview.invoicesLabel')}
        data-testid="preview-invoices"
        sx={{ '& th, & td': { px: 0.75 }, '& th': { lineHeight: 1.3, verticalAlign: 'bottom' } }}
      >
        <TableHead>
          <TableRow>
            <TableCell>{t('reminders.preview.number')}</TableCell>
            <TableCell>{t('reminders.preview.issueDate')}</TableCell>
            <TableCell>{t('reminders.preview.dueDate')}</TableCell>
            <TableCell align="right">{t('reminders.preview.amount')}</TableCell>
            <TableCell align="right">{t('reminders.preview.open')}</TableCell>
            <TableCell align="right">{t('reminders.preview.daysLate')}</TableCell>
            {penalties && <TableCell align="right">{t('reminders.preview.interest')}</TableCell>}
            {penalties && <TableCell align="right">{t('reminders.preview.indemnity')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.invoiceId} data-testid="preview-invoice" data-number={line.number}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{line.number}</TableCell>
              <TableCell sx={numericCell}>{formatDate(line.issueDate)}</TableCell>
              <TableCell sx={numericCell}>{formatDate(line.dueDate)}</TableCell>
              <TableCell align="right" sx={numericCell}>
                {money(line.amountCents)}
              </TableCell>
              <TableCell align="right" sx={numericCell}>
                {money(line.openCents)}
              </TableCell>
              <TableCell align="right" sx={numericCell}>
                {formatInteger(line.daysLate, language)}
              </TableCell>
              {penalties && (
                <TableCell align="right" sx={numericCell} data-field="interest">
                  {money(line.interestCents)}
                </TableCell>
              )}
              {penalties && (
                <TableCell align="right" sx={numericCell} data-field="indemnity">
                  {money(line.indemnityCents)}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function TotalsBlock({ totals, penalties }: { totals: LetterTotals; penalties: boolean }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const rows: Array<[string, number, string]> = [[t('reminders.preview.totalOpen'), totals.openCents, 'open']];
  if (totals.overdueCents !== totals.openCents)
    rows.push([t('reminders.preview.totalOverdue'), totals.overdueCents, 'overdue']);
  if (penalties) {
    rows.push([t('reminders.preview.totalInterest'), totals.interestCents, 'interest']);
    rows.push([t('reminders.preview.totalIndemnity'), totals.indemnityCents, 'indemnity']);
    rows.push([t('reminders.preview.totalClaimed'), totals.claimedCents, 'claimed']);
  }
  return (
    <Table size="small" data-testid="preview-totals" sx={{ my: 1, width: 'auto', ml: 'auto' }}>
      <TableBody>
        {rows.map(([label, cents, field]) => (
          <TableRow key={field} data-field={field}>
            <TableCell sx={{ fontWeight: field === 'claimed' ? 700 : 400 }}>{label}</TableCell>
            <TableCell align="right" sx={{ ...numericCell, fontWeight: field === 'claimed' ? 700 : 400 }}>
              {formatMoney(cents, language)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function PaymentBlock() {
  const { t } = useTranslation();
  const company = useCall('company.get', {});
  if (!company.value) return null;
  const { iban, bic } = company.value;
  return (
    <Typography sx={{ my: 1, fontWeight: 500 }} data-testid="preview-payment">
      {iban ? t('reminders.preview.payment', { iban, bic: bic || '—' }) : t('reminders.preview.noPayment')}
    </Typography>
  );
}

/** The merged letter in HTML, in the order the template placed its parts: what the PDF will say. */
export function LetterPreview({ preview }: { preview: TemplatePreview }) {
  const { t } = useTranslation();
  const penalties = claimsPenalties(preview);
  return (
    <Box data-testid="letter-preview" sx={{ bgcolor: 'background.paper', p: 3, border: 1, borderColor: 'divider' }}>
      <Typography sx={{ fontWeight: 700, mb: 2 }} data-testid="preview-subject">
        {t('reminders.preview.subject', { subject: preview.letter.subject })}
      </Typography>
      {preview.letter.parts.map((part, index) => {
        switch (part.kind) {
          case 'paragraph':
            return (
              <Typography key={index} sx={{ mb: 1.5, whiteSpace: 'pre-line' }} data-testid="preview-paragraph">
                {part.text}
              </Typography>
            );
          case 'invoices':
            return <InvoicesBlock key={index} lines={preview.invoices} penalties={penalties} />;
          case 'totals':
            return <TotalsBlock key={index} totals={preview.totals} penalties={penalties} />;
          case 'payment':
            return <PaymentBlock key={index} />;
        }
      })}
    </Box>
  );
}
