import { CoreError } from '../../../shared/contract/errors';
import type { Payment, PaymentMethod } from '../../../shared/contract/types';
import { recordActivity } from '../activity';
import { requireClient } from '../clients/clients.repo';
import { openCents } from '../db/open-amounts';
import { formatCentsPlain } from '../format';
import type { HandlersFor } from '../handler-types';
import { suggestAllocations } from './allocation-suggestions';
import { allocate, allocateFifo, toAllocation } from './allocations.service';

function toPayment(row: {
  id: number;
  client_id: number;
  date: string;
  amount_cents: number;
  method: string;
  reference: string;
  unallocated_cents: number;
}): Payment {
  return {
    id: row.id,
    clientId: row.client_id,
    date: row.date,
    amountCents: row.amount_cents,
    method: row.method as PaymentMethod,
    reference: row.reference,
    unallocatedCents: row.unallocated_cents,
  };
}

const paymentColumns = [
  'id',
  'client_id',
  'date',
  'amount_cents',
  'method',
  'reference',
  openCents().as('unallocated_cents'),
] as const;

export const paymentHandlers = {
  'payments.create': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      await requireClient(trx, input.clientId);
      const { id } = await trx
        .insertInto('payment')
        .values({
          client_id: input.clientId,
          date: input.date,
          amount_cents: input.amountCents,
          method: input.method,
          reference: input.reference,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordActivity(trx, {
        clientId: input.clientId,
        kind: 'payment.received',
        summary: `${formatCentsPlain(input.amountCents)} ${input.reference}`.trim(),
        data: { paymentId: id },
      });
      if (input.allocate === 'fifo') await allocateFifo(trx, input.clientId, input.date, id);
      return toPayment(
        await trx.selectFrom('payment').select(paymentColumns).where('id', '=', id).executeTakeFirstOrThrow(),
      );
    }),

  'payments.list': async (input, ctx) => {
    let query = ctx.db.selectFrom('payment').select(paymentColumns);
    let count = ctx.db.selectFrom('payment').select((eb) => eb.fn.countAll<number>().as('total'));
    if (input.clientId !== undefined) {
      query = query.where('client_id', '=', input.clientId);
      count = count.where('client_id', '=', input.clientId);
    }
    const rows = await query
      .orderBy('date', 'desc')
      .orderBy('id', 'desc')
      .limit(input.limit)
      .offset(input.offset)
      .execute();
    return { rows: rows.map(toPayment), total: (await count.executeTakeFirstOrThrow()).total };
  },
} satisfies HandlersFor<'payments.'>;

export const allocationHandlers = {
  'allocations.create': async (input, ctx) =>
    ctx.db.transaction().execute((trx) => allocate(trx, { ...input, date: input.date ?? ctx.today() })),

  'allocations.createMany': async ({ allocations }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const created = [];
      // Each one is checked against what the previous ones left open, inside the same transaction.
      for (const allocation of allocations)
        created.push(await allocate(trx, { ...allocation, date: allocation.date ?? ctx.today() }));
      return created;
    }),

  'allocations.autoFifo': async ({ clientId, date }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      await requireClient(trx, clientId);
      return allocateFifo(trx, clientId, date ?? ctx.today());
    }),

  'allocations.delete': async ({ id }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('allocation as a')
        .innerJoin('invoice as i', 'i.id', 'a.invoice_id')
        .select(['a.id', 'a.amount_cents', 'a.invoice_id', 'i.client_id', 'i.number'])
        .where('a.id', '=', id)
        .executeTakeFirst();
      if (!row) throw new CoreError('not_found', `No allocation with id ${id}.`, 'id');
      await trx.deleteFrom('allocation').where('id', '=', id).execute();
      await recordActivity(trx, {
        clientId: row.client_id,
        invoiceId: row.invoice_id,
        kind: 'allocation.deleted',
        summary: `${row.number}: ${formatCentsPlain(row.amount_cents)}`,
        data: { allocationId: id },
      });
      return null;
    }),

  'allocations.suggest': async (input, ctx) => suggestAllocations(ctx, input),

  'allocations.list': async (input, ctx) => {
    let query = ctx.db
      .selectFrom('allocation as a')
      .innerJoin('invoice as i', 'i.id', 'a.invoice_id')
      .select([
        'a.id',
        'a.invoice_id',
        'a.payment_id',
        'a.credit_note_id',
        'a.amount_cents',
        'a.date',
        'i.number as invoice_number',
      ]);
    if (input.invoiceId !== undefined) query = query.where('a.invoice_id', '=', input.invoiceId);
    if (input.paymentId !== undefined) query = query.where('a.payment_id', '=', input.paymentId);
    if (input.creditNoteId !== undefined) query = query.where('a.credit_note_id', '=', input.creditNoteId);
    if (input.invoiceId === undefined && input.paymentId === undefined && input.creditNoteId === undefined)
      throw new CoreError('validation', 'Give an invoiceId, a paymentId or a creditNoteId.', 'invoiceId');
    return (await query.orderBy('a.id').execute()).map(toAllocation);
  },
} satisfies HandlersFor<'allocations.'>;
