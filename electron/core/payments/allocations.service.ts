import type { Kysely, Transaction } from 'kysely';
import { CoreError } from '../../../shared/contract/errors';
import type { Allocation } from '../../../shared/contract/types';
import { planFifoAllocations } from '../../../shared/domain/allocation';
import type { IsoDate } from '../../../shared/domain/dates';
import { recordActivity } from '../activity';
import { isOpen, openCents } from '../db/open-amounts';
import type { DB } from '../db/tables';
import { closeDisputesOfSettledInvoice } from '../disputes/disputes.repo';
import { formatCentsPlain } from '../format';

type Db = Kysely<DB> | Transaction<DB>;

export interface AllocationRequest {
  invoiceId: number;
  paymentId: number | null;
  creditNoteId: number | null;
  amountCents: number;
  date: IsoDate;
}

export function toAllocation(row: {
  id: number;
  invoice_id: number;
  payment_id: number | null;
  credit_note_id: number | null;
  amount_cents: number;
  date: string;
  invoice_number: string;
}): Allocation {
  return {
    id: row.id,
    invoiceId: row.invoice_id,
    invoiceNumber: row.invoice_number,
    paymentId: row.payment_id,
    creditNoteId: row.credit_note_id,
    amountCents: row.amount_cents,
    date: row.date,
  };
}

/** Checks everything a user can get wrong before writing: the storage constraints are only the last guard. */
export async function allocate(trx: Db, request: AllocationRequest): Promise<Allocation> {
  const invoice = await trx
    .selectFrom('invoice')
    .select(['id', 'client_id', 'kind', 'status', 'number', openCents().as('open_cents')])
    .where('id', '=', request.invoiceId)
    .executeTakeFirst();
  if (!invoice || invoice.kind !== 'invoice')
    throw new CoreError('not_found', `No invoice with id ${request.invoiceId}.`, 'invoiceId');
  if (invoice.status !== 'issued')
    throw new CoreError('validation', `Invoice ${invoice.number} is not issued yet.`, 'invoiceId');

  let sourceClientId: number;
  let sourceAvailable: number;
  let sourceLabel: string;
  if (request.paymentId !== null) {
    const payment = await trx
      .selectFrom('payment')
      .select(['client_id', openCents().as('unallocated_cents'), 'reference'])
      .where('id', '=', request.paymentId)
      .executeTakeFirst();
    if (!payment) throw new CoreError('not_found', `No payment with id ${request.paymentId}.`, 'paymentId');
    [sourceClientId, sourceAvailable, sourceLabel] = [payment.client_id, payment.unallocated_cents, 'payment'];
  } else {
    const creditNote = await trx
      .selectFrom('invoice')
      .select(['client_id', 'kind', openCents().as('open_cents'), 'number'])
      .where('id', '=', request.creditNoteId!)
      .executeTakeFirst();
    if (!creditNote || creditNote.kind !== 'credit_note')
      throw new CoreError('not_found', `No credit note with id ${request.creditNoteId}.`, 'creditNoteId');
    [sourceClientId, sourceAvailable, sourceLabel] = [
      creditNote.client_id,
      creditNote.open_cents,
      `credit note ${creditNote.number}`,
    ];
  }
  if (sourceClientId !== invoice.client_id)
    throw new CoreError(
      'validation',
      `The ${sourceLabel} belongs to another client than invoice ${invoice.number}.`,
      'invoiceId',
    );
  if (request.amountCents > invoice.open_cents)
    throw new CoreError(
      'over_allocation',
      `Invoice ${invoice.number} has only ${formatCentsPlain(invoice.open_cents)} left to settle.`,
      'amountCents',
    );
  if (request.amountCents > sourceAvailable)
    throw new CoreError(
      'over_allocation',
      `The ${sourceLabel} has only ${formatCentsPlain(sourceAvailable)} left to allocate.`,
      'amountCents',
    );

  const row = await trx
    .insertInto('allocation')
    .values({
      invoice_id: request.invoiceId,
      payment_id: request.paymentId,
      credit_note_id: request.creditNoteId,
      amount_cents: request.amountCents,
      date: request.date,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordActivity(trx, {
    clientId: invoice.client_id,
    invoiceId: invoice.id,
    kind: 'allocation.created',
    summary: `${invoice.number} ← ${sourceLabel}: ${formatCentsPlain(request.amountCents)}`,
    data: { allocationId: row.id, paymentId: request.paymentId, creditNoteId: request.creditNoteId },
  });
  if (request.amountCents === invoice.open_cents) {
    await closeDisputesOfSettledInvoice(
      trx,
      invoice,
      request.creditNoteId !== null ? 'credit_note' : 'paid',
      request.date,
    );
  }
  return toAllocation({ ...row, invoice_number: invoice.number });
}

type SourceKey = { paymentId: number | null; creditNoteId: number | null };

/** Settles the client's open invoices (oldest due first) with its unused credit notes, then its payments. */
export async function allocateFifo(
  trx: Db,
  clientId: number,
  date: IsoDate,
  onlyPaymentId?: number,
): Promise<Allocation[]> {
  const creditNotes =
    onlyPaymentId !== undefined
      ? []
      : await trx
          .selectFrom('invoice')
          .select(['id', openCents().as('open_cents')])
          .where('client_id', '=', clientId)
          .where('kind', '=', 'credit_note')
          .where('status', '=', 'issued')
          .where(isOpen())
          .orderBy('issue_date')
          .orderBy('id')
          .execute();
  let paymentQuery = trx
    .selectFrom('payment')
    .select(['id', openCents().as('unallocated_cents')])
    .where('client_id', '=', clientId)
    .where(isOpen());
  if (onlyPaymentId !== undefined) paymentQuery = paymentQuery.where('id', '=', onlyPaymentId);
  const payments = await paymentQuery.orderBy('date').orderBy('id').execute();
  const invoices = await trx
    .selectFrom('invoice')
    .select(['id', openCents().as('open_cents')])
    .where('client_id', '=', clientId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where(isOpen())
    .orderBy('due_date')
    .orderBy('issue_date')
    .orderBy('id')
    .execute();

  const sources = [
    ...creditNotes.map((c) => ({
      key: { paymentId: null, creditNoteId: c.id } as SourceKey,
      availableCents: c.open_cents,
    })),
    ...payments.map((p) => ({
      key: { paymentId: p.id, creditNoteId: null } as SourceKey,
      availableCents: p.unallocated_cents,
    })),
  ];
  const plan = planFifoAllocations(
    sources,
    invoices.map((i) => ({ invoiceId: i.id, openCents: i.open_cents })),
  );
  const created: Allocation[] = [];
  for (const step of plan) {
    created.push(
      await allocate(trx, { invoiceId: step.invoiceId, ...step.source, amountCents: step.amountCents, date }),
    );
  }
  return created;
}
