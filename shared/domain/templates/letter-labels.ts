import type { TemplateLanguage } from '../../contract/reminders.types';

/** The fixed words of a letter's blocks (table headings, totals, payment details), French first. */
export interface LetterLabels {
  number: string;
  issueDate: string;
  dueDate: string;
  amount: string;
  open: string;
  daysLate: string;
  interest: string;
  indemnity: string;
  totalOpen: string;
  totalInterest: string;
  totalIndemnity: string;
  totalClaimed: string;
  paymentTitle: string;
  payee: string;
  reference: string;
  /** With its colon (French puts a no-break space before it). */
  subject: string;
  yourAccount: string;
  registered: string;
  trackingNumber: string;
  dateLine: (place: string, date: string) => string;
  page: (n: number, total: number) => string;
  siren: string;
  vat: string;
}

export const LETTER_LABELS: Record<TemplateLanguage, LetterLabels> = {
  fr: {
    number: 'N° facture',
    issueDate: 'Date',
    dueDate: 'Échéance',
    amount: 'Montant TTC',
    open: 'Reste dû',
    daysLate: 'Jours de retard',
    interest: 'Intérêts',
    indemnity: 'Indemnité',
    totalOpen: 'Reste dû',
    totalInterest: 'Intérêts de retard',
    totalIndemnity: 'Indemnités forfaitaires de recouvrement',
    totalClaimed: 'Total réclamé',
    paymentTitle: 'Règlement par virement',
    payee: 'Bénéficiaire',
    reference: 'Référence à rappeler',
    subject: 'Objet\u00a0:',
    yourAccount: 'Votre compte client\u00a0:',
    registered: 'Lettre recommandée avec accusé de réception',
    trackingNumber: 'N° de recommandé\u00a0: ………………………………',
    dateLine: (place, date) => (place ? `${place}, le ${date}` : `Le ${date}`),
    page: (n, total) => `Page ${n} / ${total}`,
    siren: 'SIREN',
    vat: 'TVA intracommunautaire',
  },
  en: {
    number: 'Invoice',
    issueDate: 'Date',
    dueDate: 'Due date',
    amount: 'Amount incl. VAT',
    open: 'Outstanding',
    daysLate: 'Days late',
    interest: 'Interest',
    indemnity: 'Recovery fee',
    totalOpen: 'Outstanding',
    totalInterest: 'Late-payment interest',
    totalIndemnity: 'Fixed recovery fees',
    totalClaimed: 'Total claimed',
    paymentTitle: 'Payment by bank transfer',
    payee: 'Payee',
    reference: 'Reference to quote',
    subject: 'Subject:',
    yourAccount: 'Your customer account:',
    registered: 'Registered letter with acknowledgement of receipt',
    trackingNumber: 'Registered letter no.: ………………………………',
    dateLine: (place, date) => (place ? `${place}, ${date}` : date),
    page: (n, total) => `Page ${n} / ${total}`,
    siren: 'SIREN',
    vat: 'VAT number',
  },
};
