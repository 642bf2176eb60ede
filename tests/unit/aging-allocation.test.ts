import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agingBuckets, bucketDueDateThresholds, bucketIndex, validateAgingBounds } from '../../shared/domain/aging';
import { planFifoAllocations } from '../../shared/domain/allocation';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { formatMoney } from '../../shared/domain/money';

const bounds = fc
  .uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 6 })
  .map((b) => b.sort((x, y) => x - y));

describe('aging buckets', () => {
  it('labels the default buckets', () => {
    expect(agingBuckets([30, 60, 90]).map((b) => b.key)).toEqual([
      'not_due',
      'late_1_30',
      'late_31_60',
      'late_61_90',
      'late_over_90',
    ]);
    expect(validateAgingBounds([30, 30])).toMatch(/increasing/);
    expect(validateAgingBounds([])).not.toBeNull();
  });

  it('thresholds on due dates put each invoice in the bucket of its days late', () => {
    fc.assert(
      fc.property(bounds, fc.integer({ min: -100, max: 1000 }), (b, daysLate) => {
        const today = '2026-11-22';
        const due = addDays(today, -daysLate);
        const thresholds = bucketDueDateThresholds(today, b);
        // The SQL rule: not due when due >= today; else bucket i+1 for the first threshold the due date reaches.
        let sqlBucket = 0;
        if (due < today) {
          sqlBucket = b.length + 1;
          for (let i = 0; i < thresholds.length; i++)
            if (due >= thresholds[i]) {
              sqlBucket = i + 1;
              break;
            }
        }
        return sqlBucket === bucketIndex(daysBetween(due, today), b);
      }),
    );
  });
});

describe('FIFO allocation', () => {
  const amounts = fc.array(fc.integer({ min: 1, max: 1_000_000 }), { maxLength: 12 });

  it('never exceeds what a source has or a target owes, and settles as much as possible', () => {
    fc.assert(
      fc.property(amounts, amounts, (sourceAmounts, targetAmounts) => {
        const sources = sourceAmounts.map((a, i) => ({ key: i, availableCents: a }));
        const targets = targetAmounts.map((a, i) => ({ invoiceId: i, openCents: a }));
        const plan = planFifoAllocations(sources, targets);
        const bySource = new Map<number, number>();
        const byTarget = new Map<number, number>();
        for (const step of plan) {
          expect(step.amountCents).toBeGreaterThan(0);
          expect(Number.isInteger(step.amountCents)).toBe(true);
          bySource.set(step.source, (bySource.get(step.source) ?? 0) + step.amountCents);
          byTarget.set(step.invoiceId, (byTarget.get(step.invoiceId) ?? 0) + step.amountCents);
        }
        sources.forEach((s) => expect(bySource.get(s.key) ?? 0).toBeLessThanOrEqual(s.availableCents));
        targets.forEach((t) => expect(byTarget.get(t.invoiceId) ?? 0).toBeLessThanOrEqual(t.openCents));
        const total = plan.reduce((s, p) => s + p.amountCents, 0);
        const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
        expect(total).toBe(Math.min(sum(sourceAmounts), sum(targetAmounts)));
        // Oldest first: a target is touched only once every earlier one is fully settled.
        const touched = [...byTarget.keys()];
        touched.slice(0, -1).forEach((id) => expect(byTarget.get(id)).toBe(targets[id].openCents));
      }),
    );
  });
});

describe('money', () => {
  it('formats French amounts', () => {
    expect(formatMoney(123456789)).toBe('1\u202f234\u202f567,89\u00a0€');
    expect(formatMoney(-1200)).toBe('-12,00\u00a0€');
    expect(formatMoney(5, 'en-GB')).toBe('€0.05');
  });
});
