import type { TFunction } from 'i18next';
import { legalTermsWarning, type PaymentTerms } from '../../shared/domain/payment-terms';

/** "45 jours fin de mois", "30 jours date de facture", "Fin de mois + 45 jours". */
export function paymentTermsLabel(terms: PaymentTerms, t: TFunction): string {
  return t(`settings.terms.${terms.mode}`, { days: terms.days });
}

/** The legal-maximum warning (L441-10 I) as a sentence, or null when the terms are lawful. */
export function paymentTermsWarning(terms: PaymentTerms, t: TFunction): string | null {
  const warning = legalTermsWarning(terms);
  if (warning === 'terms_over_60_days') return t('clientFile.termsOver60');
  if (warning === 'terms_over_45_days_end_of_month') return t('clientFile.termsOver45Eom');
  return null;
}
