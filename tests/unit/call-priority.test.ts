import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  callPriority,
  comparePriority,
  PRIORITY_CAPS,
  type PriorityFacts,
} from '../../electron/core/calls/call-priority';

/** The call list's priority: a sum of readable parts, each capped, never lowered by a worse situation. */

const facts = fc.record({
  overdueCents: fc.integer({ min: 0, max: 10_000_000_000 }),
  oldestDaysLate: fc.integer({ min: 0, max: 2_000 }),
  brokenPromises: fc.integer({ min: 0, max: 10 }),
  overCreditLimit: fc.boolean(),
});

describe('callPriority', () => {
  it('gives the documented points on worked examples', () => {
    const p = (f: Partial<PriorityFacts>) =>
      callPriority({ overdueCents: 0, oldestDaysLate: 0, brokenPromises: 0, overCreditLimit: false, ...f });
    expect(p({}).score).toBe(0);
    expect(p({ overdueCents: 98_00 }).overduePoints).toBe(19); // 10 × log10(1 + 98)
    expect(p({ overdueCents: 100_00 }).overduePoints).toBe(20); // 100 €
    expect(p({ overdueCents: 100_000 }).overduePoints).toBe(30); // 1 000 €
    expect(p({ overdueCents: 1_000_000 }).overduePoints).toBe(40); // 10 000 €
    expect(p({ overdueCents: 10 ** 12 }).overduePoints).toBe(PRIORITY_CAPS.overdue);
    expect(p({ oldestDaysLate: 45 }).latenessPoints).toBe(15);
    expect(p({ oldestDaysLate: 400 }).latenessPoints).toBe(PRIORITY_CAPS.lateness);
    expect(p({ brokenPromises: 2 }).brokenPromisePoints).toBe(30);
    expect(p({ brokenPromises: 9 }).brokenPromisePoints).toBe(PRIORITY_CAPS.brokenPromises);
    expect(p({ overCreditLimit: true }).creditLimitPoints).toBe(15);
    expect(p({ overdueCents: 250_000, oldestDaysLate: 30, brokenPromises: 1, overCreditLimit: true })).toEqual({
      score: 33 + 10 + 15 + 15,
      overduePoints: 33,
      latenessPoints: 10,
      brokenPromisePoints: 15,
      creditLimitPoints: 15,
    });
  });

  it('is the sum of its parts, each within its cap', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const p = callPriority(f);
        expect(p.score).toBe(p.overduePoints + p.latenessPoints + p.brokenPromisePoints + p.creditLimitPoints);
        expect(p.overduePoints).toBeGreaterThanOrEqual(0);
        expect(p.overduePoints).toBeLessThanOrEqual(PRIORITY_CAPS.overdue);
        expect(p.latenessPoints).toBeLessThanOrEqual(PRIORITY_CAPS.lateness);
        expect(p.brokenPromisePoints).toBeLessThanOrEqual(PRIORITY_CAPS.brokenPromises);
        expect(Number.isInteger(p.score)).toBe(true);
      }),
    );
  });

  it('never ranks a client lower for owing more, owing longer, breaking a promise or passing its limit', () => {
    fc.assert(
      fc.property(facts, fc.nat(5_000_000), fc.nat(200), fc.nat(3), (f, more, later, broken) => {
        const base = callPriority(f).score;
        expect(callPriority({ ...f, overdueCents: f.overdueCents + more }).score).toBeGreaterThanOrEqual(base);
        expect(callPriority({ ...f, oldestDaysLate: f.oldestDaysLate + later }).score).toBeGreaterThanOrEqual(base);
        expect(callPriority({ ...f, brokenPromises: f.brokenPromises + broken }).score).toBeGreaterThanOrEqual(base);
        expect(callPriority({ ...f, overCreditLimit: true }).score).toBeGreaterThanOrEqual(base);
      }),
    );
  });
});

describe('comparePriority', () => {
  const row = fc.tuple(facts, fc.integer({ min: 1, max: 1_000_000 })).map(([f, clientId]) => ({
    ...f,
    clientId,
    priority: callPriority(f),
  }));

  it('sorts highest score first, into one order whatever the input order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(row, { selector: (r) => r.clientId, maxLength: 30 }), (rows) => {
        const sorted = [...rows].sort(comparePriority);
        const reversed = [...rows].reverse().sort(comparePriority);
        expect(reversed.map((r) => r.clientId)).toEqual(sorted.map((r) => r.clientId));
        for (let i = 1; i < sorted.length; i += 1) {
          expect(sorted[i - 1].priority.score).toBeGreaterThanOrEqual(sorted[i].priority.score);
          if (sorted[i - 1].priority.score === sorted[i].priority.score)
            expect(sorted[i - 1].overdueCents).toBeGreaterThanOrEqual(sorted[i].overdueCents);
        }
      }),
    );
  });
});
