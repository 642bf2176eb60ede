import type { TemplateLanguage } from '../../contract/reminders.types';
import type { IsoDate } from '../dates';
import { formatMoney } from '../money';

/** Amounts, dates and rates as a French (or English) letter writes them. */

export function money(cents: number, language: TemplateLanguage): string {
  return formatMoney(cents, language === 'fr' ? 'fr-FR' : 'en-GB');
}

/** 22/11/2026 in both languages (the British order). */
export function shortDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

const MONTHS = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "22 novembre 2026" / "22 November 2026"; French writes the first of the month "1er". */
export function longDate(date: IsoDate, language: TemplateLanguage): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = language === 'fr' && d === 1 ? '1er' : String(d);
  return `${day}\u00a0${MONTHS[language][m - 1]} ${y}`;
}

/** 1215 bp → "12,15 %" / "12.15%": integer arithmetic, no float rounding. */
export function percent(bp: number, language: TemplateLanguage): string {
  const units = Math.floor(bp / 100);
  const hundredths = String(bp % 100).padStart(2, '0');
  return language === 'fr' ? `${units},${hundredths}\u00a0%` : `${units}.${hundredths}%`;
}

/** "2nd semestre 2026" / "second half of 2026". */
export function halfYearName(halfYearStart: IsoDate, language: TemplateLanguage): string {
  const year = halfYearStart.slice(0, 4);
  const first = halfYearStart.endsWith('-01-01');
  if (language === 'fr') return `${first ? '1er' : '2nd'} semestre ${year}`;
  return `${first ? 'first' : 'second'} half of ${year}`;
}
