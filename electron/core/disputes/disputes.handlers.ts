import { CoreError } from '../../../shared/contract/errors';
import { recordActivity } from '../activity';
import { touch } from '../clients/clients.repo';
import { openCents } from '../db/open-amounts';
import { formatCentsPlain } from '../format';
import type { HandlersFor } from '../handler-types';
import { disputeSelect, requireDispute, toDispute } from './disputes.repo';

export const disputeHandlers = {
  'disputes.open': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const invoice = await trx
        .selectFrom('invoice')
        .select(['id', 'client_id', 'kind', 'status', 'number', openCents().as('open_cents')])
        .where('id', '=', input.invoiceId)
        .executeTakeFirst();
      if (!invoice || invoice.kind !== 'invoice')
        throw new CoreError('not_found', `No invoice with id ${input.invoiceId}.`, 'invoiceId');
      if (invoice.status !== 'issued')
        throw new CoreError(
          'validation',
          `Invoice ${invoice.number} is not issued: nothing to dispute yet.`,
          'invoiceId',
        );
      if (invoice.open_cents === 0)
        throw new CoreError('validation', `Invoice ${invoice.number} is already settled.`, 'invoiceId');
      if (input.disputedCents !== null && input.disputedCents > invoice.open_cents)
        throw new CoreError(
          'validation',
          `disputedCents exceeds the ${formatCentsPlain(invoice.open_cents)} still open on ${invoice.number}.`,
          'disputedCents',
        );
      const active = await trx
        .selectFrom('dispute')
        .select('id')
        .where('invoice_id', '=', invoice.id)
        .where('status', '<>', 'resolved')
        .executeTakeFirst();
      if (active)
        throw new CoreError('conflict', `Invoice ${invoice.number} already has an open dispute.`, 'invoiceId');
      const openedOn = input.openedOn ?? ctx.today();
      const { id } = await trx
        .insertInto('dispute')
        .values({
          client_id: invoice.client_id,
          invoice_id: invoice.id,
          opened_on: openedOn,
          reason: input.reason,
          disputed_cents: input.disputedCents,
          owner: input.owner,
          comment: input.comment,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordActivity(trx, {
        clientId: invoice.client_id,
        invoiceId: invoice.id,
        kind: 'dispute.opened',
        summary: `${invoice.number}: ${input.reason}${input.disputedCents ? ` (${formatCentsPlain(input.disputedCents)})` : ''}`,
        data: { disputeId: id, reason: input.reason, comment: input.comment },
      });
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
