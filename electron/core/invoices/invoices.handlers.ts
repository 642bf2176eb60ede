import { CoreError } from '../../../shared/contract/errors';
import { dueDateFor, type PaymentTermsMode } from '../../../shared/domain/payment-terms';
import { recordActivity } from '../activity';
import { requireClient } from '../clients/clients.repo';
import { isOpen } from '../db/open-amounts';
import { formatCentsPlain } from '../format';
import type { HandlersFor } from '../handler-types';
import { invoiceSelect, requireInvoice, toInvoice, type InvoiceRow } from './invoices.repo';

export const invoiceHandlers = {
  'invoices.create': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const client = await requireClient(trx, input.clientId);
      if (client.archived) throw new CoreError('validation', `Client ${client.code} is archived.`, 'clientId');
      const taken = await trx
        .selectFrom('invoice')
        .select('id')
        .where('kind', '=', input.kind)
        .where('number', '=', input.number)
        .executeTakeFirst();
      if (taken) {
        const what = input.kind === 'invoice' ? 'An invoice' : 'A credit note';
        throw new CoreError('conflict', `${what} numbered ${input.number} already exists.`, 'number');
      }
      let dueDate = input.dueDate;
      if (input.issueDate && !dueDate) {
        const company = await trx
          .selectFrom('company')
          .select(['payment_terms_days', 'payment_terms_mode'])
          .executeTakeFirstOrThrow();
        const days = client.payment_terms_days ?? company.payment_terms_days;
        const mode = (client.payment_terms_mode ?? company.payment_terms_mode) as PaymentTermsMode;
        dueDate = input.kind === 'credit_note' ? input.issueDate : dueDateFor(input.issueDate, { days, mode });
      }
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
    let query = invoiceSelect(ctx.db);
    let count = ctx.db.selectFrom('invoice as i').select((eb) => eb.fn.countAll<number>().as('total'));
    if (input.clientId !== undefined) {
      query = query.where('i.client_id', '=', input.clientId);
      count = count.where('i.client_id', '=', input.clientId);
    }
    if (input.openOnly) {
      query = query.where(isOpen('i'));
      count = count.where(isOpen('i'));
    }
    const rows = (await query
      .orderBy('i.issue_date', 'desc')
      .orderBy('i.id', 'desc')
      .limit(input.limit)
      .offset(input.offset)
      .execute()) as InvoiceRow[];
    const { total } = await count.executeTakeFirstOrThrow();
    return { rows: rows.map((row) => toInvoice(row, today)), total };
  },
} satisfies HandlersFor<'invoices.'>;
