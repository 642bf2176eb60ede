import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { LetterTotals, TemplatePreview } from '../../shared/contract/reminders.types';
import type { CompanySettings } from '../../shared/contract/types';
import { formatDate, formatMoney } from '../format/format';
import { useLanguage } from '../i18n/useLanguage';

interface Props {
  preview: TemplatePreview;
  company: CompanySettings | null;
}

const num = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;
const numHead = { textAlign: 'right' } as const;
const nowrap = { whiteSpace: 'nowrap' } as const;

/** A merged template laid out like the printed letter: subject, paragraphs, invoice table, totals, payment. */
export function LetterPreview({ preview, company }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const money = (cents: number) => formatMoney(cents, language);
  const withPenalties = preview.invoices.some((line) => line.interestCents > 0 || line.indemnityCents > 0);
  const h = (key: 'number' | 'issueDate' | 'dueDate' | 'amount' | 'open' | 'daysLate' | 'interest' | 'indemnity') =>
    t(`dunningSettings.templates.table.${key}`);

  return (
    <Box
      data-testid="letter-preview"
      sx={{
        bgcolor: '#fff',
        color: '#111',
        p: 4,
        overflowX: 'auto',
        border: 1,
        borderColor: 'divider',
        boxShadow: 1,
        fontSize: 14,
        lineHeight: 1.5,
      }}
    >
      {company && (
        <Box sx={{ mb: 3, whiteSpace: 'pre-line' }}>
          <strong>{company.name}</strong>
          {'\n'}
          {[company.addressLine1, company.addressLine2, `${company.postalCode} ${company.city}`.trim()]
            .filter(Boolean)
            .join('\n')}
        </Box>
      )}
      <Typography sx={{ fontWeight: 700, mb: 2, fontSize: 'inherit' }} data-testid="preview-subject">
        {t('dunningSettings.templates.subjectLine', { subject: preview.letter.subject })}
      </Typography>
      {preview.letter.parts.map((part, index) => {
        if (part.kind === 'paragraph') {
          return (
            <Box component="p" key={index} sx={{ whiteSpace: 'pre-line', my: 1.5 }} data-testid="preview-paragraph">
              {part.text}
            </Box>
          );
        }
        if (part.kind === 'invoices') {
          return (
            <Table
              key={index}
              size="small"
              sx={{ my: 1.5, '& th, & td': { px: 0.75, fontSize: 12, lineHeight: 1.3 } }}
              data-testid="preview-invoices"
            >
              <TableHead>
                <TableRow>
                  <TableCell>{h('number')}</TableCell>
                  <TableCell>{h('issueDate')}</TableCell>
                  <TableCell>{h('dueDate')}</TableCell>
                  <TableCell sx={numHead}>{h('amount')}</TableCell>
                  <TableCell sx={numHead}>{h('open')}</TableCell>
                  <TableCell sx={numHead}>{h('daysLate')}</TableCell>
                  {withPenalties && <TableCell sx={numHead}>{h('interest')}</TableCell>}
                  {withPenalties && <TableCell sx={numHead}>{h('indemnity')}</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {preview.invoices.map((line, row) => (
                  // The sample client's invoices all have id 0: the row number keeps keys distinct.
                  <TableRow key={`${row}-${line.number}`}>
                    <TableCell sx={nowrap}>{line.number}</TableCell>
                    <TableCell sx={nowrap}>{formatDate(line.issueDate)}</TableCell>
                    <TableCell sx={nowrap}>{formatDate(line.dueDate)}</TableCell>
                    <TableCell sx={num}>{money(line.amountCents)}</TableCell>
                    <TableCell sx={num}>{money(line.openCents)}</TableCell>
                    <TableCell sx={num}>{line.daysLate}</TableCell>
                    {withPenalties && <TableCell sx={num}>{money(line.interestCents)}</TableCell>}
                    {withPenalties && <TableCell sx={num}>{money(line.indemnityCents)}</TableCell>}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          );
        }
        if (part.kind === 'totals') return <Totals key={index} totals={preview.totals} money={money} />;
        return <PaymentDetails key={index} company={company} />;
      })}
    </Box>
  );
}

function Totals({ totals, money }: { totals: LetterTotals; money: (cents: number) => string }) {
  const { t } = useTranslation();
  const lines: Array<[string, number, boolean]> = [
    [t('dunningSettings.templates.totals.open'), totals.openCents, false],
    [t('dunningSettings.templates.totals.overdue'), totals.overdueCents, false],
  ];
  if (totals.interestCents > 0)
    lines.push([t('dunningSettings.templates.totals.interest'), totals.interestCents, false]);
  if (totals.indemnityCents > 0)
    lines.push([t('dunningSettings.templates.totals.indemnity'), totals.indemnityCents, false]);
  lines.push([t('dunningSettings.templates.totals.claimed'), totals.claimedCents, true]);
  return (
    <Box sx={{ my: 1.5, ml: 'auto', width: 'fit-content', minWidth: 280 }} data-testid="preview-totals">
      {lines.map(([label, cents, strong]) => (
        <Box
          key={label}
          sx={{ display: 'flex', gap: 4, justifyContent: 'space-between', fontWeight: strong ? 700 : 400 }}
        >
          <span>{label}</span>
          <Box component="span" sx={num}>
            {money(cents)}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

function PaymentDetails({ company }: { company: CompanySettings | null }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ my: 1.5, p: 1.5, border: 1, borderColor: 'divider' }} data-testid="preview-payment">
      <strong>{t('dunningSettings.templates.payment.title')}</strong> —{' '}
      {t('dunningSettings.templates.payment.transfer')}
      {company && (
        <Box sx={{ fontFamily: 'monospace', mt: 0.5 }}>
          {t('dunningSettings.templates.payment.holder', { name: company.name })}
          <br />
          IBAN {groupIban(company.iban)} · BIC {company.bic}
        </Box>
      )}
    </Box>
  );
}

/** `FR7630006000…` → `FR76 3000 6000 …`, however it was stored. */
function groupIban(iban: string): string {
  return iban
    .replace(/\s+/g, '')
    .replace(/(.{4})/g, '$1 ')
    .trim();
}
