import type { PaymentRecord } from '../rows/payment-schema';
import type { ValidRow } from '../rows/validate-rows';
import { resolveClientRefs } from './client-refs';
import { chunks, IdAllocator } from './ids';
import { existingPayments, paymentKey, type ExistingPayment } from './payment-lookups';
import { emptyPlanCounts, type ImportPlan } from './import-plan';
import { findInvoicesByNumber, invoiceKey } from './invoice-lookups';
import type { PlanContext } from './invoice-plan';
import { LedgerWrites } from './ledger-writes';

/**
 * Payments have no number, so they are keyed by (client, date, amount, reference): the n-th row of the file
 * with a given key is the n-th payment of the ledger with that key (oldest first). Two identical transfers on
 * the same day stay two payments, and importing the file again finds both instead of adding two more.
 * A mapped « Facture réglée » allocates the payment to that invoice, up to what is open on both.
 */
export async function planPayments(plan: PlanContext, rows: ValidRow<PaymentRecord>[]): Promise<ImportPlan> {
  const { db, errors, column } = plan;
  const ids = await IdAllocator.read(db);
  const refs = await resolveClientRefs(db, rows, ids, errors, column('clientCode') ?? '');
  const dates = rows.map((r) => r.record.date).sort();
  const known = [...refs.byCode.values()].filter((r) => !r.isNew).map((r) => r.id);
  const existing = rows.length ? await existingPayments(db, known, dates[0], dates[dates.length - 1]) : new Map();
  const invoices = await findInvoicesByNumber(
    db,
    rows
      .filter((r) => r.record.invoiceNumber)
      .map((r) => ({ kind: 'invoice' as const, number: r.record.invoiceNumber! })),
  );
  const allocated = new Set<string>();
  const matchedIds = [...existing.values()].flat().map((p: ExistingPayment) => p.id);
  for (const chunk of chunks(invoices.size ? matchedIds : [])) {
    const links = await db
      .selectFrom('allocation')
      .select(['payment_id', 'invoice_id'])
      .where('payment_id', 'in', chunk)
      .execute();
    for (const link of links) allocated.add(`${link.payment_id}-${link.invoice_id}`);
  }

  const counts = emptyPlanCounts();
  const writes = new LedgerWrites();
  writes.newClients.push(...refs.newClients);
  counts.clients.created = refs.newClients.length;
  counts.clients.unchanged = refs.existingCount;
  const invoiceOpen = new Map([...invoices.values()].map((i) => [i.id, i.amount_cents - i.allocated_cents]));
  const seen = new Map<string, number>();
  for (const { rowNumber, record } of rows) {
    const ref = refs.byCode.get(record.clientCode);
    if (!ref) continue;
    const invoice = record.invoiceNumber ? invoices.get(invoiceKey('invoice', record.invoiceNumber)) : undefined;
    const invoiceProblem = !record.invoiceNumber
      ? null
      : !invoice
        ? `facture inconnue : « ${record.invoiceNumber} »`
        : invoice.client_id !== ref.id
          ? `la facture ${invoice.number} est celle du client « ${invoice.client_code} »`
          : invoice.status !== 'issued'
            ? `la facture ${invoice.number} n'est pas émise : elle ne peut pas être lettrée`
            : null;
    if (invoiceProblem) {
      const code = invoice ? 'conflict' : 'unknown_invoice';
      errors.add({
        row: rowNumber,
        column: column('invoiceNumber'),
        field: 'invoiceNumber',
        value: record.invoiceNumber!,
        code,
        message: invoiceProblem,
      });
      continue;
    }
    const reference = record.reference ?? '';
    const key = paymentKey(ref.id, record.date, record.amount, reference);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const match: ExistingPayment | undefined = existing.get(key)?.[occurrence];
    let paymentId: number;
    if (match) {
      paymentId = match.id;
      if (record.method && record.method !== match.method) {
        writes.paymentUpdates.push({ id: match.id, clientId: ref.id, changes: { method: record.method } });
        counts.payments.updated++;
      } else counts.payments.unchanged++;
    } else {
      paymentId = ids.take('payment');
      const method = record.method ?? 'transfer';
      writes.paymentInserts.push({
        id: paymentId,
        client_id: ref.id,
        date: record.date,
        amount_cents: record.amount,
        method,
        reference,
      });
      counts.payments.created++;
    }
    if (!invoice || allocated.has(`${paymentId}-${invoice.id}`)) continue;
    const available = match ? match.unallocated : record.amount;
    const amount = Math.min(available, invoiceOpen.get(invoice.id)!);
    if (amount <= 0) continue;
    if (match) match.unallocated -= amount;
    invoiceOpen.set(invoice.id, invoiceOpen.get(invoice.id)! - amount);
    writes.allocations.push({ invoice_id: invoice.id, payment_id: paymentId, amount_cents: amount, date: record.date });
    counts.allocationsCreated++;
    if (invoiceOpen.get(invoice.id) === 0 && invoice.active_dispute)
      writes.settledDisputed.push({ id: invoice.id, client_id: ref.id, number: invoice.number, date: record.date });
  }
  return { counts, write: (trx, progress) => writes.apply(trx, progress) };
}
