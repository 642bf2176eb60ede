import { addDays } from '../dates';
import { halfYearStartOf } from '../late-interest';
import type { LetterData } from './letter-data';
import { halfYearName, longDate, money, percent, shortDate } from './letter-format';
import type { MergeValues } from './merge';

/** The text of every merge field for one letter, in the letter's language. */
export function buildMergeValues(data: LetterData): MergeValues {
  const { language: lang, company, client, totals } = data;
  const deadline = addDays(data.date, data.deadlineDays);
  return {
    'client.name': client.name,
    'client.code': client.code,
    'client.address': client.addressLines.join(', '),
    'contact.name': data.contact?.name || (lang === 'fr' ? 'Madame, Monsieur' : 'Sir or Madam'),
    'company.name': company.name,
    'company.address': company.addressLines.join(', '),
    'company.siren': company.siren,
    'company.vat_number': company.vatNumber,
    'company.phone': company.phone,
    'company.email': company.email,
    'company.iban': company.iban,
    'company.bic': company.bic,
    'signatory.name': company.signatoryName,
    'signatory.title': company.signatoryTitle,
    'letter.date': longDate(data.date, lang),
    'letter.place': company.city,
    'invoices.count': String(data.invoices.length),
    'total.open': money(totals.openCents, lang),
    'total.overdue': money(totals.overdueCents, lang),
    'interest.total': money(totals.interestCents, lang),
    'indemnity.total': money(totals.indemnityCents, lang),
    'total.claimed': money(totals.claimedCents, lang),
    'interest.rate_text': rateText(data),
    'deadline.date': longDate(deadline, lang),
    'deadline.days': String(data.deadlineDays),
  };
}

/** "taux BCE + 10 points, soit 12,15 % au 2nd semestre 2026", or the contractual rate. */
export function rateText(data: LetterData): string {
  const lang = data.language;
  const rate = data.currentRateBp;
  const half = halfYearName(halfYearStartOf(data.date), lang);
  if (data.rule.rule === 'ecb_plus_10') {
    if (rate === null) return lang === 'fr' ? 'taux BCE + 10 points' : 'ECB rate + 10 points';
    return lang === 'fr'
      ? `taux BCE + 10 points, soit ${percent(rate, lang)} au ${half}`
      : `ECB rate + 10 percentage points, i.e. ${percent(rate, lang)} in the ${half}`;
  }
  const contractual = data.rule.contractualRateBp ?? 0;
  if (rate === null || rate <= contractual) {
    return lang === 'fr'
      ? `taux contractuel de ${percent(contractual, lang)}`
      : `contractual rate of ${percent(contractual, lang)}`;
  }
  return lang === 'fr'
    ? `taux contractuel porté à trois fois le taux d'intérêt légal, soit ${percent(rate, lang)} au ${half}`
    : `contractual rate raised to three times the French legal interest rate, i.e. ${percent(rate, lang)} in the ${half}`;
}

/** The invoice table as plain text lines (email body). */
export function invoiceTextLines(data: LetterData): string[] {
  const lang = data.language;
  return data.invoices.map((invoice) => {
    const amount = money(invoice.amountCents, lang);
    const open = money(invoice.openCents, lang);
    const issued = shortDate(invoice.issueDate);
    const due = shortDate(invoice.dueDate);
    if (lang === 'fr') {
      const late = invoice.daysLate > 0 ? `, ${invoice.daysLate} jours de retard` : '';
      return `- Facture ${invoice.number} du ${issued}, échéance ${due} : ${amount}, reste dû ${open}${late}`;
    }
    const late = invoice.daysLate > 0 ? `, ${invoice.daysLate} days late` : '';
    return `- Invoice ${invoice.number} of ${issued}, due ${due}: ${amount}, outstanding ${open}${late}`;
  });
}
