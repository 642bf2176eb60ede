import { CoreError } from '../../../shared/contract/errors';
import { recordActivity } from '../activity';
import { requireActiveClient, resolveCollector } from '../calls/active-client';
import { touch } from '../clients/clients.repo';
import { formatCentsPlain } from '../format';
import type { HandlersFor } from '../handler-types';
import { frenchDay } from '../reminders/labels';
import { insertPromise } from './create-promise';
import { loadPromises, requirePromise } from './promises.repo';
import { promiseGraceDays, settlePromises } from './settle-promises';

/** Promises to pay (issue 5 §3). Kept / broken is settled at read time: see settle-promises.ts. */
export const promiseHandlers = {
  'promises.list': async ({ status, clientId, today: day }, ctx) => {
    const today = day ?? ctx.today();
    await settlePromises(ctx.db, today);
    const grace = await promiseGraceDays(ctx.db);
    const promises = await loadPromises(ctx.db, { status: status ?? 'open', clientId }, today, grace);
    return { today, promises, totalCents: promises.reduce((sum, p) => sum + p.amountCents, 0) };
  },

  'promises.create': async ({ clientId, collectorId, today: day, ...promise }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const today = day ?? ctx.today();
      const client = await requireActiveClient(trx, clientId, 'recording a promise to pay');
      const collector = await resolveCollector(trx, collectorId, client);
      const id = await insertPromise(trx, { ...promise, clientId, collectorId: collector }, today, '', client);
      return requirePromise(trx, id, today, await promiseGraceDays(trx));
    }),

  'promises.cancel': async ({ id, note }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const today = ctx.today();
      const grace = await promiseGraceDays(trx);
      const promise = await requirePromise(trx, id, today, grace);
      if (promise.status !== 'open')
        throw new CoreError(
          'validation',
          `The promise of ${promise.clientCode} for ${frenchDay(promise.promisedDate)} is already ${promise.status}: only an open promise can be cancelled.`,
          'id',
        );
      await trx
        .updateTable('promise')
        .set({ status: 'cancelled', settled_on: today, updated_at: touch })
        .where('id', '=', id)
        .execute();
      await recordActivity(trx, {
        clientId: promise.clientId,
        kind: 'promise.cancelled',
        summary: `Promesse de ${formatCentsPlain(promise.amountCents)} pour le ${frenchDay(promise.promisedDate)} annulée${note ? ` : ${note}` : ''}`,
        data: { promiseId: id, note },
      });
      return requirePromise(trx, id, today, grace);
    }),
} satisfies HandlersFor<'promises.'>;
