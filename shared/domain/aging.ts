import { addDays, type IsoDate } from './dates';

/**
 * Aged-balance buckets are upper bounds in days late, e.g. [30, 60, 90] gives
 * not due, 1–30, 31–60, 61–90 and > 90 days.
 */
export type AgingBounds = readonly number[];

export const DEFAULT_AGING_BOUNDS: AgingBounds = [30, 60, 90];

export type AgingBucketKey = 'not_due' | `late_${number}_${number}` | `late_over_${number}`;

export interface AgingBucketDefinition {
  key: AgingBucketKey;
  /** Smallest days late in the bucket (0 for not due). */
  minDaysLate: number;
  /** Largest days late in the bucket, null when open-ended. */
  maxDaysLate: number | null;
}

export function validateAgingBounds(bounds: AgingBounds): string | null {
  if (bounds.length === 0 || bounds.length > 8) return 'between 1 and 8 bounds are needed';
  for (let i = 0; i < bounds.length; i++) {
    if (!Number.isInteger(bounds[i]) || bounds[i] < 1) return 'bounds must be positive whole numbers of days';
    if (i > 0 && bounds[i] <= bounds[i - 1]) return 'bounds must be strictly increasing';
  }
  return null;
}

export function agingBuckets(bounds: AgingBounds): AgingBucketDefinition[] {
  const buckets: AgingBucketDefinition[] = [{ key: 'not_due', minDaysLate: 0, maxDaysLate: 0 }];
  let previous = 0;
  for (const bound of bounds) {
    buckets.push({ key: `late_${previous + 1}_${bound}`, minDaysLate: previous + 1, maxDaysLate: bound });
    previous = bound;
  }
  buckets.push({ key: `late_over_${previous}`, minDaysLate: previous + 1, maxDaysLate: null });
  return buckets;
}

/** Index of the bucket an invoice falls in, from its days late (≤ 0 means not due). */
export function bucketIndex(daysLate: number, bounds: AgingBounds): number {
  if (daysLate <= 0) return 0;
  for (let i = 0; i < bounds.length; i++) if (daysLate <= bounds[i]) return i + 1;
  return bounds.length + 1;
}

/**
 * The due-date thresholds that separate buckets for a given day: an invoice belongs to bucket i+1
 * when its due date is >= thresholds[i]. Comparing ISO strings in SQL is what keeps the aged balance fast.
 */
export function bucketDueDateThresholds(today: IsoDate, bounds: AgingBounds): IsoDate[] {
  return bounds.map((bound) => addDays(today, -bound));
}
