import type { Kysely, Transaction } from 'kysely';
import type { ImportErrorCode } from '../../../../shared/contract/imports.types';
import type { IsoDate } from '../../../../shared/domain/dates';
import { dueDateFor, type PaymentTerms } from '../../../../shared/domain/payment-terms';
import type { DB } from '../../db/tables';
import { formatCentsPlain } from '../../format';
import type { RowErrors } from '../row-errors';
import type { InvoiceRecord } from '../rows/invoice-schema';
import type { ValidRow } from '../rows/validate-rows';
import { resolveClientRefs } from './client-refs';
import { rejectDuplicates } from './duplicates';
import { IdAllocator } from './ids';
import { changedColumns, emptyPlanCounts, type ImportPlan } from './import-plan';
import { findInvoicesByNumber, invoiceKey, type ExistingInvoice } from './invoice-lookups';
import { LedgerWrites } from './ledger-writes';

type Db = Kysely<DB> | Transaction<DB>;

export interface PlanContext {
  db: Db;
  errors: RowErrors;
  /** The file's column mapped to a field, for the report. */
  column: (field: string) => string | null;
  today: IsoDate;
  fileName: string;
}

export function dueDateOf(kind: 'invoice' | 'credit_note', issueDate: IsoDate, terms: PaymentTerms): IsoDate {
  return kind === 'credit_note' ? issueDate : dueDateFor(issueDate, terms);
}

/** Why a row cannot update the invoice already in the ledger under its number, if it cannot. */
type Refusal = [field: string, code: ImportErrorCode, message: string];

function ledgerConflict(record: InvoiceRecord, clientId: number, current: ExistingInvoice): Refusal | null {
  if (current.client_id !== clientId)
    return ['number', 'conflict', `n° déjà pris par une pièce du client « ${current.client_code} »`];
  if (current.status === 'cancelled') return ['number', 'conflict', 'cette pièce est annulée dans Encaisse'];
  if (current.status === 'issued' && !record.issueDate)
    return ['issueDate', 'required', "pièce déjà émise dans Encaisse : date d'émission obligatoire"];
  if (record.amount < current.allocated_cents)
    return [
      'amount',
      'below_allocated',
      `montant inférieur à ce qui est déjà lettré (${formatCentsPlain(current.allocated_cents)})`,
    ];
  return null;
}

function cellValue(record: InvoiceRecord, field: string): string {
  if (field === 'amount') return formatCentsPlain(record.amount);
  const value = record[field as keyof InvoiceRecord];
  return value === undefined ? '' : String(value);
}

/**
 * Invoices and credit notes are keyed by (type, number). A settlement date / amount makes sure that much of
 * the invoice is allocated, by creating the missing payment (reference = invoice number) and its allocation;
 * « en litige » opens a dispute (reason « autre ») unless one is already active.
 */
export async function planInvoices(plan: PlanContext, valid: ValidRow<InvoiceRecord>[]): Promise<ImportPlan> {
  const { db, errors, column } = plan;
  const rows = rejectDuplicates(
    valid,
    (r) => invoiceKey(r.kind ?? 'invoice', r.number),
    (r, others) => ({
      column: column('number'),
      field: 'number',
      value: r.number,
      message: `n° de ${r.kind === 'credit_note' ? 'avoir' : 'facture'} en double dans le fichier (aussi ligne ${others.join(', ')})`,
    }),
    errors,
  );
  const ids = await IdAllocator.read(db);
  const refs = await resolveClientRefs(db, rows, ids, errors, column('clientCode') ?? '');
  const existing = await findInvoicesByNumber(
    db,
    rows.map((r) => ({ kind: r.record.kind ?? 'invoice', number: r.record.number })),
  );
  const counts = emptyPlanCounts();
  const writes = new LedgerWrites();
  writes.newClients.push(...refs.newClients);
  counts.clients.created = refs.newClients.length;
  counts.clients.unchanged = refs.existingCount;

  for (const { rowNumber, record } of rows) {
    const ref = refs.byCode.get(record.clientCode);
    if (!ref) continue;
    const kind = record.kind ?? 'invoice';
    const current = existing.get(invoiceKey(kind, record.number));
    const refusal: Refusal | null = current
      ? ledgerConflict(record, ref.id, current)
      : ref.archived
        ? [
            'clientCode',
            'archived_client',
            `client « ${ref.code} » archivé : restaurez-le avant d'importer ses factures`,
          ]
        : null;
    if (refusal) {
      const [field, code, message] = refusal;
      errors.add({ row: rowNumber, column: column(field), field, value: cellValue(record, field), code, message });
      continue;
    }
    const issueDate = record.issueDate ?? null;
    const keepDue = current && current.issue_date === issueDate ? current.due_date : null;
    const dueDate = issueDate ? (record.dueDate ?? keepDue ?? dueDateOf(kind, issueDate, ref.terms)) : null;
    const wanted: Record<string, unknown> = {
      status: issueDate ? 'issued' : 'to_issue',
      issue_date: issueDate,
      due_date: dueDate,
      amount_cents: record.amount,
      amount_excl_vat_cents: record.amountExclVat ?? current?.amount_excl_vat_cents ?? null,
      currency: record.currency ?? current?.currency ?? 'EUR',
      external_ref: record.externalRef ?? current?.external_ref ?? '',
    };
    const bucket = kind === 'invoice' ? counts.invoices : counts.creditNotes;
    let invoiceId: number;
    if (current) {
      invoiceId = current.id;
      const changes = changedColumns(current as unknown as Record<string, unknown>, wanted);
      if (Object.keys(changes).length === 0) bucket.unchanged++;
      else {
        writes.invoiceUpdates.push({ id: current.id, clientId: ref.id, changes });
        bucket.updated++;
      }
    } else {
      invoiceId = ids.take('invoice');
      writes.invoiceInserts.push({ id: invoiceId, client_id: ref.id, kind, number: record.number, ...wanted });
      bucket.created++;
    }

    const allocatedBefore = current?.allocated_cents ?? 0;
    const settled = record.settledAmount ?? (record.settlementDate ? record.amount : 0);
    const missing = settled - allocatedBefore;
    if (missing > 0 && record.settlementDate) {
      const paymentId = ids.take('payment');
      writes.paymentInserts.push({
        id: paymentId,
        client_id: ref.id,
        date: record.settlementDate,
        amount_cents: missing,
        method: 'other',
        reference: record.number,
        currency: wanted.currency,
      });
      writes.allocations.push({
        invoice_id: invoiceId,
        payment_id: paymentId,
        amount_cents: missing,
        date: record.settlementDate,
      });
      counts.payments.created++;
      counts.allocationsCreated++;
    }
    const settledInFull = Math.max(settled, allocatedBefore) >= record.amount;
    if (settledInFull && current?.active_dispute && missing > 0)
      writes.settledDisputed.push({
        id: invoiceId,
        client_id: ref.id,
        number: record.number,
        date: record.settlementDate!,
      });
    if (record.disputed && !current?.active_dispute && !settledInFull) {
      writes.disputes.push({
        client_id: ref.id,
        invoice_id: invoiceId,
        opened_on: plan.today,
        reason: 'other',
        comment: `Litige importé (${plan.fileName}, ligne ${rowNumber})`,
      });
      counts.disputesOpened++;
    }
  }
  return { counts, write: (trx, progress) => writes.apply(trx, progress) };
}
