import type { ReminderQueue } from '../../../shared/contract/reminders.types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';

/** The day's queue (DESIGN §5). PLACEHOLDER signature, implemented by the engine work. */
export async function buildQueue(_ctx: CoreContext, _today: IsoDate): Promise<ReminderQueue> {
  throw new Error('buildQueue: not implemented yet');
}
