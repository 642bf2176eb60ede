import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, endOfMonth, isIsoDate } from '../../shared/domain/dates';
import { dueDateFor, legalTermsWarning } from '../../shared/domain/payment-terms';

const isoDates = fc
  .date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('ISO dates', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-31')).toBe(false);
    expect(isIsoDate('2024-2-3')).toBe(false);
    expect(isIsoDate('31/01/2024')).toBe(false);
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -4000, max: 4000 }), (date, days) => {
        const later = addDays(date, days);
        return isIsoDate(later) && daysBetween(date, later) === days;
      }),
    );
  });

  it('clamps month arithmetic to the end of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(endOfMonth('2026-11-05')).toBe('2026-11-30');
  });
});

describe('payment terms (L441-10)', () => {
  it('computes the two ways of "45 jours fin de mois"', () => {
    expect(dueDateFor('2026-01-10', { days: 45, mode: 'end_of_month_then_days' })).toBe('2026-03-17');
    expect(dueDateFor('2026-01-10', { days: 45, mode: 'days_then_end_of_month' })).toBe('2026-02-28');
    expect(dueDateFor('2026-01-10', { days: 30, mode: 'net' })).toBe('2026-02-09');
  });

  it('never puts the due date before the invoice date', () => {
    fc.assert(
      fc.property(
        isoDates,
        fc.integer({ min: 0, max: 365 }),
        fc.constantFrom('net', 'end_of_month_then_days', 'days_then_end_of_month' as const),
        (date, days, mode) => dueDateFor(date, { days, mode }) >= date,
      ),
    );
  });

  it('warns beyond the legal maximum', () => {
    expect(legalTermsWarning({ days: 60, mode: 'net' })).toBeNull();
    expect(legalTermsWarning({ days: 61, mode: 'net' })).toBe('terms_over_60_days');
    expect(legalTermsWarning({ days: 46, mode: 'days_then_end_of_month' })).toBe('terms_over_45_days_end_of_month');
  });
});
