import { CoreError } from '../../../shared/contract/errors';
import { recordActivity } from '../activity';
import { requireClient, touch } from '../clients/clients.repo';
import type { LedgerHandlers } from '../handler-types';
import { generateRun } from './generate-run';
import { computeQueue, buildQueue } from './queue';
import { assertNotYetDone, findQueueItem } from './queue-lookup';
import { CHANNEL_WAYS, frenchDay, stepLabel } from './labels';
import { listRecords, requireRecord } from './reminder-records';
import { recordReminder } from './record-reminder';

/** The day's queue and what is done from it. */
export const reminderHandlers = {
  'reminders.queue': async ({ today }, ctx) => buildQueue(ctx, today ?? ctx.today()),

  'reminders.postpone': async ({ clientId, channel, until }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const today = ctx.today();
      if (until <= today)
        throw new CoreError('validation', `until must be after today (${today}); got ${until}.`, 'until');
      await requireClient(trx, clientId);
      await trx
        .insertInto('reminder_postponement')
        .values({ client_id: clientId, channel, until })
        .onConflict((oc) => oc.columns(['client_id', 'channel']).doUpdateSet({ until, updated_at: touch }))
        .execute();
      await recordActivity(trx, {
        clientId,
        kind: 'reminder.postponed',
        summary: `Relance ${CHANNEL_WAYS[channel]} reportée au ${frenchDay(until)}`,
        data: { channel, until },
      });
      return null;
    }),

  // The queue is read inside the transaction, so the step skipped is exactly the one shown and is written once.
  'reminders.skip': async ({ clientId, channel, today: day }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const today = day ?? ctx.today();
      const scoped = { ...ctx, db: trx };
      const item = await findQueueItem(scoped, await computeQueue(scoped, today), { clientId, channel });
      await assertNotYetDone(trx, item, today);
      const id = await recordReminder(trx, item, today, { status: 'skipped' });
      return requireRecord(trx, id);
    }),

  'reminders.generate': async (input, ctx) => generateRun(ctx, input),

  'reminders.history': async ({ offset, limit, clientId }, ctx) => {
    if (clientId !== undefined) await requireClient(ctx.db, clientId);
    return listRecords(ctx.db, { offset, limit, clientId });
  },

  'reminders.setTracking': async ({ id, trackingNumber }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const record = await requireRecord(trx, id);
      if (record.channel !== 'registered_letter')
        throw new CoreError(
          'validation',
          `Reminder ${id} (${record.clientCode}, ${stepLabel(record.offsetDays)}) went by ${record.channel}, not by registered letter: only a registered letter has a tracking number.`,
          'id',
        );
      if (record.status !== 'done')
        throw new CoreError(
          'validation',
          `Reminder ${id} (${record.clientCode}, ${stepLabel(record.offsetDays)}) was skipped, so no letter was sent to track.`,
          'id',
        );
      const value = trackingNumber === '' ? null : trackingNumber;
      await trx
        .updateTable('reminder')
        .set({ tracking_number: value, updated_at: touch })
        .where('id', '=', id)
        .execute();
      await recordActivity(trx, {
        clientId: record.clientId,
        kind: 'reminder.tracking',
        summary: value
          ? `N° de recommandé ${value} (lettre du ${frenchDay(record.date)})`
          : `N° de recommandé effacé (envoi du ${frenchDay(record.date)})`,
        data: { reminderId: id, trackingNumber: value },
      });
      return requireRecord(trx, id);
    }),
} satisfies Pick<
  LedgerHandlers,
  | 'reminders.queue'
  | 'reminders.postpone'
  | 'reminders.skip'
  | 'reminders.generate'
  | 'reminders.history'
  | 'reminders.setTracking'
>;
