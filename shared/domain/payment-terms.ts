import { addDays, endOfMonth, type IsoDate } from './dates';

/**
 * Payment terms (Code de commerce L441-10 I). "45 jours fin de mois" is computed two ways in practice:
 * end of month first, then 45 days; or 45 days first, then end of that month. Both are supported.
 */
export type PaymentTermsMode = 'net' | 'end_of_month_then_days' | 'days_then_end_of_month';

export interface PaymentTerms {
  days: number;
  mode: PaymentTermsMode;
}

export const DEFAULT_PAYMENT_TERMS: PaymentTerms = { days: 30, mode: 'net' };

export function dueDateFor(issueDate: IsoDate, terms: PaymentTerms): IsoDate {
  switch (terms.mode) {
    case 'net':
      return addDays(issueDate, terms.days);
    case 'end_of_month_then_days':
      return addDays(endOfMonth(issueDate), terms.days);
    case 'days_then_end_of_month':
      return endOfMonth(addDays(issueDate, terms.days));
  }
}

/** A warning when agreed terms exceed the legal maximum (60 days net, or 45 days end of month). */
export function legalTermsWarning(terms: PaymentTerms): string | null {
  if (terms.mode === 'net' && terms.days > 60) return 'terms_over_60_days';
  if (terms.mode !== 'net' && terms.days > 45) return 'terms_over_45_days_end_of_month';
  return null;
}
