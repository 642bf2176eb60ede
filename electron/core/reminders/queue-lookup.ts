import type { Transaction } from 'kysely';
import { CoreError } from '../../../shared/contract/errors';
import type { DunningChannel, QueueItem, ReminderQueue } from '../../../shared/contract/reminders.types';
import type { IsoDate } from '../../../shared/domain/dates';
import { requireClient } from '../clients/clients.repo';
import type { CoreContext } from '../context';
import type { DB } from '../db/tables';
import { stepLabel } from './labels';

/** Finds the requested actions in the day's queue; one that is not there is named in a not_found error. */
export async function findQueueItem(
  ctx: CoreContext,
  queue: ReminderQueue,
  key: { clientId: number; channel: DunningChannel },
  field = 'clientId',
): Promise<QueueItem> {
  const item = queue.items.find((i) => i.clientId === key.clientId && i.channel === key.channel);
  if (item) return item;
  const client = await requireClient(ctx.db, key.clientId, field);
  throw new CoreError(
    'not_found',
    `Client ${client.code} (${client.name}) has no ${key.channel} action in the queue of ${queue.today}: nothing is due on that channel, or it was already done.`,
    field,
  );
}

/**
 * Refuses to record a step an invoice has already reached (two runs started side by side, a skip racing a
 * generate): nothing is ever done twice.
 */
export async function assertNotYetDone(trx: Transaction<DB>, item: QueueItem, today: IsoDate): Promise<void> {
  const rows = await trx
    .selectFrom('reminder_invoice')
    .select(['invoice_id', (eb) => eb.fn.max('offset_days').as('offset_days')])
    .where(
      'invoice_id',
      'in',
      item.invoices.map((i) => i.invoiceId),
    )
    .groupBy('invoice_id')
    .execute();
  const last = new Map(rows.map((r) => [r.invoice_id, Number(r.offset_days)]));
  const done = item.invoices.find((i) => (last.get(i.invoiceId) ?? -Infinity) >= i.offsetDays);
  if (done) {
    throw new CoreError(
      'conflict',
      `Invoice ${done.number} of ${item.clientCode} already reached step ${stepLabel(done.offsetDays)} (recorded meanwhile); reload the queue of ${today}.`,
    );
  }
}
