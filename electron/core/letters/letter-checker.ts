import type { QueueItem, QueueProblem } from '../../../shared/contract/reminders.types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';

/**
 * Loads templates and rate tables once, then tells for each queue item what would stop its letter from being
 * produced (unknown merge field, ECB or legal rate missing for a period). PLACEHOLDER signature.
 */
export async function createLetterChecker(
  _ctx: CoreContext,
  _today: IsoDate,
): Promise<(item: QueueItem) => QueueProblem[]> {
  throw new Error('createLetterChecker: not implemented yet');
}
