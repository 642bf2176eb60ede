import type { EcbRate, LegalRate } from '../contract/reminders.types';
import { addDays, daysBetween, type IsoDate } from './dates';
import type { Cents } from './money';

/**
 * Late-payment penalties (Code de commerce L441-10 II) and the fixed recovery indemnity (D441-5).
 * Interest runs from the day after the due date to the letter's date, split into half-years; each half-year
 * has one rate: the ECB rate in force on its first day + 10 points, or a contractual rate never below
 * 3 × the legal interest rate (professionals) of that half-year.
 */

export interface PenaltyRule {
  rule: 'ecb_plus_10' | 'contractual';
  contractualRateBp: number | null;
}

/** Both tables sorted oldest first (as the settings return them). */
export interface RateTables {
  ecb: readonly EcbRate[];
  legal: readonly LegalRate[];
}

export interface InterestPeriod {
  /** YYYY-01-01 or YYYY-07-01: the half-year the period lies in. */
  halfYearStart: IsoDate;
  /** First and last day of interest inside the half-year. */
  from: IsoDate;
  to: IsoDate;
  days: number;
  rateBp: number;
  interestCents: Cents;
}

export interface InvoiceInterest {
  daysLate: number;
  periods: InterestPeriod[];
  interestCents: Cents;
}

export const RECOVERY_INDEMNITY_CENTS = 4000;
/** ECB rate + 10 points. */
const ECB_MARGIN_BP = 1000;

/** A half-year whose rate the tables cannot give: the letter cannot be computed until the user completes them. */
export class RateGapError extends Error {
  constructor(
    readonly table: 'ecb_rate' | 'legal_rate',
    readonly date: IsoDate,
  ) {
    super(
      table === 'ecb_rate'
        ? `Aucun taux BCE connu au ${frenchDate(date)} : complétez la table des taux BCE dans Paramètres.`
        : `Aucun taux d'intérêt légal connu au ${frenchDate(date)} : complétez la table des taux d'intérêt légal dans Paramètres.`,
    );
    this.name = 'RateGapError';
  }
}

function frenchDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

export function halfYearStartOf(date: IsoDate): IsoDate {
  const year = date.slice(0, 4);
  return Number(date.slice(5, 7)) <= 6 ? `${year}-01-01` : `${year}-07-01`;
}

function halfYearEndOf(start: IsoDate): IsoDate {
  return start.endsWith('-01-01') ? `${start.slice(0, 4)}-06-30` : `${start.slice(0, 4)}-12-31`;
}

/** The ECB rate in force on a day: the latest change on or before it. */
export function ecbRateOn(date: IsoDate, ecb: readonly EcbRate[]): number {
  let found: number | null = null;
  for (const rate of ecb) {
    if (rate.effectiveDate <= date) found = rate.rateBp;
    else break;
  }
  if (found === null) throw new RateGapError('ecb_rate', date);
  return found;
}

/** The legal rate (professionals) of a half-year: that half-year's, else the latest one before it. */
export function legalRateOf(halfYearStart: IsoDate, legal: readonly LegalRate[]): number {
  let found: number | null = null;
  for (const rate of legal) {
    if (rate.halfYearStart <= halfYearStart) found = rate.professionalRateBp;
    else break;
  }
  if (found === null) throw new RateGapError('legal_rate', halfYearStart);
  return found;
}

/** The penalty rate of a half-year, in basis points; throws RateGapError when a table lacks it. */
export function penaltyRateOf(halfYearStart: IsoDate, rule: PenaltyRule, tables: RateTables): number {
  if (rule.rule === 'ecb_plus_10') return ecbRateOn(halfYearStart, tables.ecb) + ECB_MARGIN_BP;
  const floor = 3 * legalRateOf(halfYearStart, tables.legal);
  return Math.max(rule.contractualRateBp ?? 0, floor);
}

/** round(open × rate × days / (10000 × 365)), half up, in exact integer arithmetic. */
export function periodInterestCents(openCents: Cents, rateBp: number, days: number): Cents {
  const numerator = BigInt(openCents) * BigInt(rateBp) * BigInt(days);
  const denominator = 3_650_000n;
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** Interest on an open amount from the day after the due date to `date` (nothing when not late). */
export function computeInvoiceInterest(
  openCents: Cents,
  dueDate: IsoDate,
  date: IsoDate,
  rule: PenaltyRule,
  tables: RateTables,
): InvoiceInterest {
  const daysLate = daysBetween(dueDate, date);
  const periods: InterestPeriod[] = [];
  if (daysLate <= 0 || openCents <= 0) return { daysLate, periods, interestCents: 0 };
  let from = addDays(dueDate, 1);
  while (from <= date) {
    const halfYearStart = halfYearStartOf(from);
    const end = halfYearEndOf(halfYearStart);
    const to = end < date ? end : date;
    const days = daysBetween(from, to) + 1;
    const rateBp = penaltyRateOf(halfYearStart, rule, tables);
    periods.push({
      halfYearStart,
      from,
      to,
      days,
      rateBp,
      interestCents: periodInterestCents(openCents, rateBp, days),
    });
    from = addDays(to, 1);
  }
  return { daysLate, periods, interestCents: periods.reduce((sum, period) => sum + period.interestCents, 0) };
}

/** 40 € per invoice paid late, whatever was paid of it (D441-5). */
export function indemnityCents(daysLate: number, enabled: boolean): Cents {
  return enabled && daysLate > 0 ? RECOVERY_INDEMNITY_CENTS : 0;
}
