import { sql } from 'kysely';
import { CoreError } from '../../../shared/contract/errors';
import { recordActivity } from '../activity';
import { requireClient, touch } from '../clients/clients.repo';
import { formatCentsPlain } from '../format';
import type { HandlersFor } from '../handler-types';
import { defaultDueDate, invoiceListFilter, requireNumberFree } from './invoice-rules';
import { invoiceSelect, requireInvoice, toInvoice, type InvoiceRow } from './invoices.repo';

export const invoiceHandlers = {
  'invoices.create': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const client = await requireClient(trx, input.clientId);
      if (client.archived) throw new CoreError('validation', `Client ${client.code} is archived.`, 'clientId');
      await requireNumberFree(trx, input.kind, input.number);
      const dueDate =
        input.issueDate && !input.dueDate
          ? await defaultDueDate(trx, input.clientId, input.kind, input.issueDate)
          : input.dueDate;
      const { id } = await trx
        .insertInto('invoice')
        .values({
          client_id: input.clientId,
          kind: input.kind,
          number: input.number,
          status: input.issueDate ? 'issued' : 'to_issue',
          issue_date: input.issueDate,
          due_date: dueDate,
          amount_cents: input.amountCents,
          amount_excl_vat_cents: input.amountExclVatCents,
          currency: input.currency,
          external_ref: input.externalRef,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordActivity(trx, {
        clientId: input.clientId,
        invoiceId: id,
        kind: input.kind === 'invoice' ? 'invoice.created' : 'credit_note.created',
        summary: `${input.number} — ${formatCentsPlain(input.amountCents)}`,
      });
      return toInvoice(await requireInvoice(trx, id, 'id'), ctx.today());
    }),

  'invoices.get': async ({ id, today }, ctx) => toInvoice(await requireInvoice(ctx.db, id, 'id'), today ?? ctx.today()),

  'invoices.list': async (input, ctx) => {
    const today = input.today ?? ctx.today();
    const where = invoiceListFilter(input, today);
    const rows = (await invoiceSelect(ctx.db)
      .where(where)
      .orderBy(sql`i.issue_date IS NULL`, 'desc') // invoices to issue first: they are the newest work
      .orderBy('i.issue_date', 'desc')
      .orderBy('i.id', 'desc')
      .limit(input.limit)
      .offset(input.offset)
      .execute()) as InvoiceRow[];
    const { total } = await ctx.db
      .selectFrom('invoice as i')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .where(where)
      .executeTakeFirstOrThrow();
    return { rows: rows.map((row) => toInvoice(row, today)), total };
  },

  'invoices.update': async ({ id, ...changes }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const current = await requireInvoice(trx, id, 'id');
      const next = {
        number: changes.number ?? current.number,
        issueDate: changes.issueDate !== undefined ? changes.issueDate : current.issue_date,
        dueDate: changes.dueDate !== undefined ? changes.dueDate : current.due_date,
        amountCents: changes.amountCents ?? current.amount_cents,
        amountExclVatCents:
          changes.amountExclVatCents !== undefined ? changes.amountExclVatCents : current.amount_excl_vat_cents,
      };
      const allocated = current.amount_cents - current.open_cents;
      if (next.amountCents < allocated)
        throw new CoreError(
          'validation',
          `amountCents must not be below the ${formatCentsPlain(allocated)} already allocated.`,
          'amountCents',
        );
      if (next.amountExclVatCents !== null && next.amountExclVatCents > next.amountCents)
        throw new CoreError(
          'validation',
          'amountExclVatCents must not exceed the amount incl. VAT.',
          'amountExclVatCents',
        );
      if (current.status !== 'to_issue' && next.issueDate === null)
        throw new CoreError('validation', 'issueDate is required once an invoice is issued.', 'issueDate');
      if (allocated > 0 && next.issueDate === null)
        throw new CoreError('validation', 'issueDate is required: the invoice already has allocations.', 'issueDate');
      if (next.number !== current.number) await requireNumberFree(trx, current.kind, next.number);
      if (next.issueDate && !next.dueDate)
        next.dueDate = await defaultDueDate(trx, current.client_id, current.kind, next.issueDate);
      if (next.issueDate && next.dueDate && next.dueDate < next.issueDate)
        throw new CoreError('validation', 'dueDate must not be before the issue date.', 'dueDate');
      await trx
        .updateTable('invoice')
        .set({
          number: next.number,
          issue_date: next.issueDate,
          due_date: next.dueDate,
          amount_cents: next.amountCents,
          amount_excl_vat_cents: next.amountExclVatCents,
          external_ref: changes.externalRef ?? current.external_ref,
          status: next.issueDate ? (current.status === 'cancelled' ? 'cancelled' : 'issued') : 'to_issue',
          updated_at: touch,
        })
        .where('id', '=', id)
        .execute();
      await recordActivity(trx, {
        clientId: current.client_id,
        invoiceId: id,
        kind: 'invoice.updated',
        summary: `${next.number}: ${Object.keys(changes).join(', ')}`,
      });
      return toInvoice(await requireInvoice(trx, id, 'id'), ctx.today());
    }),
} satisfies HandlersFor<'invoices.'>;
