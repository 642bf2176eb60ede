import type { Calendar } from './calendar';
import type { InvoicePlan } from './invoice-plan';
import type { LedgerWriter } from './ledger-writer';

/** What every client's simulation shares, and the small money and date rules they all apply. */
export interface HistoryContext {
  writer: LedgerWriter;
  calendar: Calendar;
  plan: InvoicePlan;
  /** Today as a day number: nothing is paid, issued or closed after it. */
  today: number;
  collectorNames: readonly string[];
  /** Provisional numbers of invoices still to issue (FAE-2026-000001…). */
  nextToIssueNumber(): string;
}

/** VAT at 20 %, rounded to the cent. */
export function inclVat(exclVatCents: number): number {
  return Math.floor((exclVatCents * 12 + 5) / 10);
}

export function exclVat(inclVatCents: number): number {
  return Math.floor((inclVatCents * 10 + 6) / 12);
}

export function workingDayOnOrAfter(calendar: Calendar, day: number): number {
  const weekday = calendar.weekday(day);
  return weekday >= 5 ? day + (7 - weekday) : day;
}
