import type { ComposedLetter } from '../../contract/reminders.types';
import type { LetterData } from './letter-data';
import { money } from './letter-format';
import { LETTER_LABELS } from './letter-labels';
import { invoiceTextLines } from './merge-values';

/** IBAN in groups of four, as printed on a RIB. */
export function groupIban(iban: string): string {
  return iban
    .replace(/\s+/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
}

/** The reference the client should quote: its account code and the invoice numbers (a few). */
export function paymentReference(data: LetterData): string {
  const numbers = data.invoices.map((line) => line.number);
  const shown = numbers.length > 4 ? [...numbers.slice(0, 4), '…'] : numbers;
  return [data.client.code, ...shown].join(' ');
}

/** Label → value lines of the payment details block. */
export function paymentLines(data: LetterData): Array<[string, string]> {
  const labels = LETTER_LABELS[data.language];
  const lines: Array<[string, string]> = [[labels.payee, data.company.name]];
  if (data.company.iban) lines.push(['IBAN', groupIban(data.company.iban)]);
  if (data.company.bic) lines.push(['BIC', data.company.bic]);
  lines.push([labels.reference, paymentReference(data)]);
  return lines;
}

/** Label → amount lines of the totals block. */
export function totalLines(data: LetterData): Array<[string, string]> {
  const labels = LETTER_LABELS[data.language];
  const lang = data.language;
  const { totals } = data;
  const lines: Array<[string, string]> = [[labels.totalOpen, money(totals.openCents, lang)]];
  if (data.showInterest) {
    lines.push(
      [labels.totalInterest, money(totals.interestCents, lang)],
      [labels.totalIndemnity, money(totals.indemnityCents, lang)],
      [labels.totalClaimed, money(totals.claimedCents, lang)],
    );
  }
  return lines;
}

/** The letter as plain text (the body of an email draft): blocks become lines. */
export function letterAsText(letter: ComposedLetter, data: LetterData): string {
  const colon = data.language === 'fr' ? '\u00a0: ' : ': ';
  const blocks = letter.parts.map((part) => {
    if (part.kind === 'paragraph') return part.text;
    if (part.kind === 'invoices') return invoiceTextLines(data).join('\n');
    if (part.kind === 'totals')
      return totalLines(data)
        .map(([label, value]) => `${label}${colon}${value}`)
        .join('\n');
    const title = LETTER_LABELS[data.language].paymentTitle;
    return [title, ...paymentLines(data).map(([label, value]) => `${label}${colon}${value}`)].join('\n');
  });
  const signature = [data.company.signatoryName, data.company.signatoryTitle, data.company.name].filter((v) => v);
  return [...blocks, signature.join('\n')].join('\n\n') + '\n';
}
