import type { TFunction } from 'i18next';
import type { AgingBucketDefinition } from '../../shared/domain/aging';

/**
 * A bucket's label from its bounds rather than its key, so configured buckets ([15, 45], …) read right:
 * "Non échu", "1–30 j", "> 90 j".
 */
export function agingBucketLabel(bucket: Omit<AgingBucketDefinition, 'key'> & { key: string }, t: TFunction): string {
  if (bucket.key === 'not_due') return t('aging.not_due');
  if (bucket.maxDaysLate === null) return t('aging.over', { days: bucket.minDaysLate - 1 });
  return t('aging.range', { min: bucket.minDaysLate, max: bucket.maxDaysLate });
}
