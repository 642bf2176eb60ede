import type { IsoDate } from '../../shared/domain/dates';
import { formatMoney as formatMoneyIn, type Cents } from '../../shared/domain/money';
import type { Language } from '../i18n/i18n';

/** Display formats per UI language. French is the reference: amounts `1 234,56 €`, dates `22/11/2026`. */

const LOCALES: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** Amounts are exactly shared/domain's `formatMoney`, so screens and reports never disagree on a figure. */
export function formatMoney(cents: Cents, language: Language = 'fr', currency = 'EUR'): string {
  return formatMoneyIn(cents, localeOf(language), currency);
}

/** `-x` without the negative zero that Intl would print as "-0,00 €". */
export function negate(cents: Cents): Cents {
  return cents === 0 ? 0 : -cents;
}

/** dd/MM/yyyy in both languages (en-GB reads it the same way); built from the ISO text so no time zone shifts it. */
export function formatDate(date: IsoDate | null | undefined): string {
  if (!date) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** A timestamp (e.g. when a ledger was last opened) as the local calendar day. */
export function formatTimestampDate(timestamp: string, language: Language = 'fr'): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return new Intl.DateTimeFormat(localeOf(language), { day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    date,
  );
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment (timeline entry) as `22/11/2026 10:05` in local time. */
export function formatDateTime(timestamp: string, language: Language = 'fr'): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  const locale = localeOf(language);
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date).replace(',', '');
}

const integerFormats = new Map<string, Intl.NumberFormat>();

export function formatInteger(value: number, language: Language = 'fr'): string {
  const locale = localeOf(language);
  let format = integerFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    integerFormats.set(locale, format);
  }
  return format.format(value);
}

const axisFormats = new Map<string, Intl.NumberFormat>();

/** Whole euros, compact when large (`12 k €`), for chart axes where cents are noise. */
export function formatAxisEuros(euros: number, language: Language = 'fr'): string {
  const locale = localeOf(language);
  let format = axisFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
    axisFormats.set(locale, format);
  }
  return format.format(euros);
}
