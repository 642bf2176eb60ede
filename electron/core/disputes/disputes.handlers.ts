import { CoreError } from '../../../shared/contract/errors';
import { recordActivity } from '../activity';
import { touch } from '../clients/clients.repo';
import type { HandlersFor } from '../handler-types';
import { disputeSelect, requireDispute, toDispute } from './disputes.repo';
import { openDispute } from './open-dispute';

export const disputeHandlers = {
  'disputes.open': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const id = await openDispute(trx, { ...input, openedOn: input.openedOn ?? ctx.today() });
      return requireDispute(trx, id, ctx.today());
    }),

  'disputes.update': async ({ id, ...changes }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const current = await requireDispute(trx, id, ctx.today());
      if (current.status === 'resolved') throw new CoreError('validation', 'This dispute is already resolved.', 'id');
      const values = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      if (Object.keys(values).length === 0) throw new CoreError('validation', 'Nothing to change.');
      await trx
        .updateTable('dispute')
        .set({ ...values, updated_at: touch })
        .where('id', '=', id)
        .execute();
      await recordActivity(trx, {
        clientId: current.clientId,
        invoiceId: current.invoiceId,
        kind: 'dispute.updated',
        summary: `${current.invoiceNumber ?? ''}: ${Object.entries(values)
          .map(([k, v]) => `${k} → ${String(v)}`)
          .join(', ')}`,
        data: { disputeId: id, ...values },
      });
      return requireDispute(trx, id, ctx.today());
    }),

  'disputes.resolve': async ({ id, resolution, comment, closedOn }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const current = await requireDispute(trx, id, ctx.today());
      if (current.status === 'resolved') throw new CoreError('validation', 'This dispute is already resolved.', 'id');
      const closed = closedOn ?? ctx.today();
      if (closed < current.openedOn)
        throw new CoreError('validation', 'closedOn must not be before the day the dispute was opened.', 'closedOn');
      await trx
        .updateTable('dispute')
        .set({
          status: 'resolved',
          resolution,
          closed_on: closed,
          ...(comment !== undefined ? { comment } : {}),
          updated_at: touch,
        })
        .where('id', '=', id)
        .execute();
      await recordActivity(trx, {
        clientId: current.clientId,
        invoiceId: current.invoiceId,
        kind: 'dispute.resolved',
        summary: `${current.invoiceNumber ?? ''}: ${resolution}`,
        data: { disputeId: id, resolution, comment: comment ?? '' },
      });
      return requireDispute(trx, id, ctx.today());
    }),

  'disputes.list': async ({ status, clientId, today }, ctx) => {
    let query = disputeSelect(ctx.db);
    if (status === 'active') query = query.where('d.status', '<>', 'resolved');
    if (status === 'resolved') query = query.where('d.status', '=', 'resolved');
    if (clientId !== undefined) query = query.where('d.client_id', '=', clientId);
    const rows = await query.orderBy('d.opened_on').orderBy('d.id').execute();
    return rows.map((row) => toDispute(row, today ?? ctx.today()));
  },
} satisfies HandlersFor<'disputes.'>;
