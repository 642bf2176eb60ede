import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EcbRate, LegalRate } from '../../shared/contract/reminders.types';
import { addDays, daysBetween } from '../../shared/domain/dates';
import {
  computeInvoiceInterest,
  indemnityCents,
  penaltyRateOf,
  periodInterestCents,
  RateGapError,
  type PenaltyRule,
  type RateTables,
} from '../../shared/domain/late-interest';

const ecb = (rows: Array<[string, number]>): EcbRate[] =>
  rows.map(([effectiveDate, rateBp]) => ({ effectiveDate, rateBp }));
const legal = (rows: Array<[string, number]>): LegalRate[] =>
  rows.map(([halfYearStart, professionalRateBp]) => ({ halfYearStart, professionalRateBp, consumerRateBp: 0 }));

/** The ECB rows shipped by migrations/0002_ecb_rates.ts (from 2023), and the legal rates of 0004. */
const SHIPPED: RateTables = {
  ecb: ecb([
    ['2016-03-16', 0],
    ['2022-07-27', 50],
    ['2023-09-20', 450],
    ['2024-06-12', 425],
    ['2024-09-18', 365],
    ['2024-10-23', 340],
    ['2024-12-18', 315],
    ['2025-02-05', 290],
    ['2025-03-12', 265],
    ['2025-04-23', 240],
    ['2025-06-11', 215],
  ]),
  legal: legal([
    ['2024-07-01', 492],
    ['2025-01-01', 371],
    ['2025-07-01', 276],
  ]),
};
const ECB_RULE: PenaltyRule = { rule: 'ecb_plus_10', contractualRateBp: null };

describe('late interest, ECB + 10 points per half-year', () => {
  it('splits an invoice spanning two half-years and prices each with the rate in force on its first day', () => {
    // 1 000,00 € due 31/05/2025, letter 15/08/2025: 76 days late.
    // H1 2025: 1–30 June = 30 days; ECB on 01/01/2025 = 3.15 % (from 18/12/2024) → 13.15 %:
    //   100000 × 1315 × 30 / 3 650 000 = 1080.82 → 1081
    // H2 2025: 1 July–15 August = 46 days; ECB on 01/07/2025 = 2.15 % → 12.15 %:
    //   100000 × 1215 × 46 / 3 650 000 = 1531.23 → 1531        total 2612
    const result = computeInvoiceInterest(100000, '2025-05-31', '2025-08-15', ECB_RULE, SHIPPED);
    expect(result.daysLate).toBe(76);
    expect(result.periods.map((p) => [p.from, p.to, p.days, p.rateBp, p.interestCents])).toEqual([
      ['2025-06-01', '2025-06-30', 30, 1315, 1081],
      ['2025-07-01', '2025-08-15', 46, 1215, 1531],
    ]);
    expect(result.interestCents).toBe(2612);
  });

  it('spans three half-years', () => {
    // 2 500,00 € due 30/11/2024, letter 15/08/2025: 258 days late.
    // H2 2024: 1–31 Dec = 31 days at 4.25 % (ECB on 01/07/2024, from 12/06/2024) + 10 = 14.25 %:
    //   250000 × 1425 × 31 / 3 650 000 = 3025.68 → 3026
    // H1 2025: 181 days at 13.15 %: 250000 × 1315 × 181 / 3 650 000 = 16302.40 → 16302
    // H2 2025: 46 days at 12.15 %: 250000 × 1215 × 46 / 3 650 000 = 3828.08 → 3828      total 23156
    const result = computeInvoiceInterest(250000, '2024-11-30', '2025-08-15', ECB_RULE, SHIPPED);
    expect(result.daysLate).toBe(258);
    expect(result.periods.map((p) => [p.halfYearStart, p.days, p.rateBp, p.interestCents])).toEqual([
      ['2024-07-01', 31, 1425, 3026],
      ['2025-01-01', 181, 1315, 16302],
      ['2025-07-01', 46, 1215, 3828],
    ]);
    expect(result.interestCents).toBe(23156);
  });

  it('follows an edited table: a change after 1 January only counts from the next half-year', () => {
    const edited: RateTables = { ...SHIPPED, ecb: [...SHIPPED.ecb, { effectiveDate: '2026-03-01', rateBp: 300 }] };
    // Due 20/06/2026, letter 10/07/2026. H1 2026: 21–30 June, 10 days at 2.15 % + 10 (rate on 01/01/2026):
    //   100000 × 1215 × 10 / 3 650 000 = 332.88 → 333.  H2 2026: 1–10 July, 10 days at 3.00 % + 10:
    //   100000 × 1300 × 10 / 3 650 000 = 356.16 → 356.   total 689
    const result = computeInvoiceInterest(100000, '2026-06-20', '2026-07-10', ECB_RULE, edited);
    expect(result.periods.map((p) => [p.rateBp, p.interestCents])).toEqual([
      [1215, 333],
      [1300, 356],
    ]);
    expect(result.interestCents).toBe(689);
    // The shipped table has no change in 2026: both half-years at 12.15 %.
    expect(computeInvoiceInterest(100000, '2026-06-20', '2026-07-10', ECB_RULE, SHIPPED).interestCents).toBe(333 + 333);
  });

  it('gives nothing before or on the due date', () => {
    expect(computeInvoiceInterest(100000, '2025-08-15', '2025-08-15', ECB_RULE, SHIPPED)).toEqual({
      daysLate: 0,
      periods: [],
      interestCents: 0,
    });
    expect(computeInvoiceInterest(100000, '2025-08-20', '2025-08-15', ECB_RULE, SHIPPED).interestCents).toBe(0);
  });

  it('rounds half up, in integers', () => {
    // 1825 × 1000 × 1 / 3 650 000 = 0.5 exactly → 1; 1824 → 0.4997 → 0.
    expect(periodInterestCents(1825, 1000, 1)).toBe(1);
    expect(periodInterestCents(1824, 1000, 1)).toBe(0);
    // 5475 × 1000 × 1 / 3 650 000 = 1.5 → 2.
    expect(periodInterestCents(5475, 1000, 1)).toBe(2);
    // Beyond 2^53 in the product: 90 000 000 000 cents × 10000 bp × 3650 days stays exact (= 900 000 000 000).
    expect(periodInterestCents(90_000_000_000, 10000, 3650)).toBe(900_000_000_000);
  });
});

describe('contractual rate and its floor of 3 × the legal rate', () => {
  it('keeps a contractual rate above the floor', () => {
    const rule: PenaltyRule = { rule: 'contractual', contractualRateBp: 1200 };
    expect(penaltyRateOf('2025-07-01', rule, SHIPPED)).toBe(1200);
  });

  it('raises a low contractual rate to 3 × the legal rate of each half-year', () => {
    const rule: PenaltyRule = { rule: 'contractual', contractualRateBp: 500 };
    // H1 2025: 3 × 3.71 % = 11.13 %; H2 2025: 3 × 2.76 % = 8.28 %; 2026 has no rate yet: the latest (2.76 %).
    expect(penaltyRateOf('2025-01-01', rule, SHIPPED)).toBe(1113);
    expect(penaltyRateOf('2025-07-01', rule, SHIPPED)).toBe(828);
    expect(penaltyRateOf('2026-01-01', rule, SHIPPED)).toBe(828);
    // Due 31/05/2025, letter 15/08/2025: 30 days at 11.13 %: 100000 × 1113 × 30 / 3 650 000 = 914.79 → 915;
    // 46 days at 8.28 %: 100000 × 828 × 46 / 3 650 000 = 1043.51 → 1044.    total 1959
    const result = computeInvoiceInterest(100000, '2025-05-31', '2025-08-15', rule, SHIPPED);
    expect(result.periods.map((p) => p.interestCents)).toEqual([915, 1044]);
    expect(result.interestCents).toBe(1959);
  });
});

describe('rate gaps', () => {
  it('names the half-year start the ECB table does not reach', () => {
    const short: RateTables = { ...SHIPPED, ecb: ecb([['2022-07-27', 50]]) };
    const attempt = () => computeInvoiceInterest(100000, '2021-12-15', '2022-08-01', ECB_RULE, short);
    expect(attempt).toThrow(RateGapError);
    expect(attempt).toThrow('Aucun taux BCE connu au 01/07/2021 : complétez la table des taux BCE dans Paramètres.');
  });

  it('names the half-year the legal rate table does not reach (contractual floor)', () => {
    const rule: PenaltyRule = { rule: 'contractual', contractualRateBp: 1200 };
    try {
      computeInvoiceInterest(100000, '2024-03-31', '2024-08-01', rule, SHIPPED);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RateGapError);
      expect((error as RateGapError).table).toBe('legal_rate');
      expect((error as RateGapError).message).toContain('01/01/2024');
    }
  });
});

describe('recovery indemnity', () => {
  it('is 40 € per late invoice when enabled, whatever was paid', () => {
    expect(indemnityCents(1, true)).toBe(4000);
    expect(indemnityCents(400, true)).toBe(4000);
    expect(indemnityCents(0, true)).toBe(0);
    expect(indemnityCents(-3, true)).toBe(0);
    expect(indemnityCents(30, false)).toBe(0);
  });
});

describe('properties', () => {
  const dates = fc.integer({ min: 0, max: 1200 }).map((n) => addDays('2023-01-01', n));
  it('periods cover exactly the days late, each inside one half-year, and their sum is the interest', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (due, late, open) => {
          const date = addDays(due, late);
          const result = computeInvoiceInterest(open, due, date, ECB_RULE, SHIPPED);
          const days = result.periods.reduce((sum, p) => sum + p.days, 0);
          const inside = result.periods.every(
            (p) => p.from.slice(0, 4) === p.to.slice(0, 4) && p.from.slice(5, 7) <= '06' === p.to.slice(5, 7) <= '06',
          );
          const sum = result.periods.reduce((total, p) => total + p.interestCents, 0);
          return (
            result.daysLate === daysBetween(due, date) &&
            (open === 0 ? days === 0 : days === late) &&
            inside &&
            sum === result.interestCents &&
            Number.isSafeInteger(sum) &&
            sum >= 0
          );
        },
      ),
    );
  });

  it('never decreases with more days late or a larger open amount', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        (due, late, more, open) => {
          const a = computeInvoiceInterest(open, due, addDays(due, late), ECB_RULE, SHIPPED).interestCents;
          const b = computeInvoiceInterest(open, due, addDays(due, late + more), ECB_RULE, SHIPPED).interestCents;
          const c = computeInvoiceInterest(open + 100, due, addDays(due, late), ECB_RULE, SHIPPED).interestCents;
          return b >= a && c >= a;
        },
      ),
    );
  });
});
