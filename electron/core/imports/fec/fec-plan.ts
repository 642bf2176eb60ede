import { sql } from 'kysely';
import { chunks, IdAllocator } from '../write/ids';
import { resolveClientRefs, type ClientRef } from '../write/client-refs';
import { changedColumns, emptyPlanCounts, type ImportPlan } from '../write/import-plan';
import { findInvoicesByNumber, invoiceKey } from '../write/invoice-lookups';
import { dueDateOf, type PlanContext } from '../write/invoice-plan';
import { LedgerWrites } from '../write/ledger-writes';
import { existingPayments, paymentKey } from '../write/payment-lookups';
import type { FecDocument } from './fec-documents';
import type { LetteringPlan } from './fec-lettering';

export interface FecPlan extends ImportPlan {
  /** Client code → ledger id (existing or new). */
  clientIds: Map<string, number>;
  /** Client code → change of its encours this plan makes (for the preview's reconciliation). */
  encoursDelta: Map<string, number>;
  openingSkipped: number;
}

type Db = PlanContext['db'];

/** Clients whose ledger already holds items older than the FEC's opening: their detail is there already. */
async function clientsWithEarlierItems(db: Db, clientIds: number[], openingDate: string): Promise<Set<number>> {
  const found = new Set<number>();
  for (const chunk of chunks(clientIds)) {
    const { rows } = await sql<{ client_id: number }>`
      SELECT client_id FROM invoice WHERE client_id IN (${sql.join(chunk)}) AND issue_date < ${openingDate}
      UNION SELECT client_id FROM payment WHERE client_id IN (${sql.join(chunk)}) AND date < ${openingDate}`.execute(
      db,
    );
    for (const row of rows) found.add(row.client_id);
  }
  return found;
}

async function allocatedPairs(db: Db, invoiceIds: number[]): Promise<Set<string>> {
  const pairs = new Set<string>();
  for (const chunk of chunks(invoiceIds)) {
    const rows = await db
      .selectFrom('allocation')
      .select(['invoice_id', 'payment_id', 'credit_note_id'])
      .where('invoice_id', 'in', chunk)
      .execute();
    for (const r of rows)
      pairs.add(r.payment_id !== null ? `${r.invoice_id}-p${r.payment_id}` : `${r.invoice_id}-c${r.credit_note_id}`);
  }
  return pairs;
}

/**
 * Decides, against the ledger, what each customer document of the FEC becomes: invoices and credit notes keyed
 * by number, payments by (client, date, amount, reference) like a payment file, then the lettering as
 * allocations that do not exist yet, capped by what is still open on both sides.
 */
export async function planFec(plan: PlanContext, documents: FecDocument[], lettering: LetteringPlan): Promise<FecPlan> {
  const { db, errors } = plan;
  const ids = await IdAllocator.read(db);
  const rows = documents.map((d) => ({
    rowNumber: d.rowNumber,
    record: { clientCode: d.clientCode, clientName: d.clientName },
  }));
  const refs = await resolveClientRefs(db, rows, ids, errors, 'CompAuxNum');
  const known = [...refs.byCode.values()].filter((r) => !r.isNew).map((r) => r.id);
  const openingDates = documents
    .filter((d) => d.opening)
    .map((d) => d.date)
    .sort();
  const withHistory = openingDates.length
    ? await clientsWithEarlierItems(db, known, openingDates[0])
    : new Set<number>();
  const invoices = await findInvoicesByNumber(
    db,
    documents.flatMap((d) => (d.kind === 'payment' ? [] : [{ kind: d.kind, number: d.number }])),
  );
  const dates = documents.map((d) => d.date).sort();
  const payments = dates.length ? await existingPayments(db, known, dates[0], dates[dates.length - 1]) : new Map();

  const counts = emptyPlanCounts();
  const writes = new LedgerWrites();
  writes.newClients.push(...refs.newClients);
  counts.clients.created = refs.newClients.length;
  counts.clients.unchanged = refs.existingCount;
  const ledgerId = new Map<FecDocument, number>();
  const open = new Map<FecDocument, number>();
  const encoursDelta = new Map<string, number>();
  const addDelta = (code: string, cents: number) => encoursDelta.set(code, (encoursDelta.get(code) ?? 0) + cents);
  const seen = new Map<string, number>();
  let openingSkipped = 0;

  for (const d of documents) {
    const ref = refs.byCode.get(d.clientCode) as ClientRef;
    if (d.opening && withHistory.has(ref.id)) {
      openingSkipped++;
      continue;
    }
    if (d.kind === 'payment') {
      const key = paymentKey(ref.id, d.date, d.amountCents, d.number);
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      const match = payments.get(key)?.[occurrence];
      if (match) {
        counts.payments.unchanged++;
        ledgerId.set(d, match.id);
        open.set(d, match.unallocated);
        continue;
      }
      const id = ids.take('payment');
      writes.paymentInserts.push({
        id,
        client_id: ref.id,
        date: d.date,
        amount_cents: d.amountCents,
        method: d.method,
        reference: d.number,
      });
      counts.payments.created++;
      ledgerId.set(d, id);
      open.set(d, d.amountCents);
      addDelta(d.clientCode, -d.amountCents);
      continue;
    }
    const sign = d.kind === 'invoice' ? 1 : -1;
    const bucket = d.kind === 'invoice' ? counts.invoices : counts.creditNotes;
    const current = invoices.get(invoiceKey(d.kind, d.number));
    const conflict = !current
      ? null
      : current.client_id !== ref.id
        ? `n° déjà pris par une pièce du client « ${current.client_code} »`
        : current.status === 'cancelled'
          ? 'cette pièce est annulée dans Encaisse'
          : d.amountCents < current.allocated_cents
            ? 'montant inférieur à ce qui est déjà lettré dans Encaisse'
            : null;
    if (conflict) {
      errors.add({
        row: d.rowNumber,
        column: 'PieceRef',
        field: 'pieceRef',
        value: d.number,
        code: 'conflict',
        message: conflict,
      });
      continue;
    }
    const dueDate =
      current && current.issue_date === d.date && current.due_date
        ? current.due_date
        : dueDateOf(d.kind, d.date, ref.terms);
    const wanted = {
      status: 'issued',
      issue_date: d.date,
      due_date: dueDate,
      amount_cents: d.amountCents,
      external_ref: d.label.slice(0, 100),
    };
    if (current) {
      const changes = changedColumns(current as unknown as Record<string, unknown>, wanted);
      if (Object.keys(changes).length === 0) bucket.unchanged++;
      else {
        writes.invoiceUpdates.push({ id: current.id, clientId: ref.id, changes });
        bucket.updated++;
        addDelta(d.clientCode, sign * (d.amountCents - current.amount_cents));
      }
      ledgerId.set(d, current.id);
      open.set(d, d.amountCents - current.allocated_cents);
      continue;
    }
    const id = ids.take('invoice');
    writes.invoiceInserts.push({
      id,
      client_id: ref.id,
      kind: d.kind,
      number: d.number,
      ...wanted,
      amount_excl_vat_cents: null,
      currency: 'EUR',
    });
    bucket.created++;
    ledgerId.set(d, id);
    open.set(d, d.amountCents);
    addDelta(d.clientCode, sign * d.amountCents);
  }

  const existingPairs = await allocatedPairs(
    db,
    [...invoices.values()].map((i) => i.id),
  );
  for (const pair of lettering.pairs) {
    const invoiceId = ledgerId.get(pair.invoice);
    const sourceId = ledgerId.get(pair.source);
    if (invoiceId === undefined || sourceId === undefined) continue;
    const isPayment = pair.source.kind === 'payment';
    if (existingPairs.has(`${invoiceId}-${isPayment ? 'p' : 'c'}${sourceId}`)) continue;
    const amount = Math.min(pair.amountCents, open.get(pair.invoice)!, open.get(pair.source)!);
    if (amount <= 0) continue;
    open.set(pair.invoice, open.get(pair.invoice)! - amount);
    open.set(pair.source, open.get(pair.source)! - amount);
    writes.allocations.push({
      invoice_id: invoiceId,
      payment_id: isPayment ? sourceId : null,
      credit_note_id: isPayment ? null : sourceId,
      amount_cents: amount,
      date: pair.date,
    });
    counts.allocationsCreated++;
  }
  const clientIds = new Map([...refs.byCode].map(([code, ref]) => [code, ref.id]));
  return { counts, clientIds, encoursDelta, openingSkipped, write: (trx, progress) => writes.apply(trx, progress) };
}
