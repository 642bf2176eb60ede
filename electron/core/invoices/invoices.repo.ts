import { sql, type Kysely, type Transaction } from 'kysely';
import { CoreError } from '../../../shared/contract/errors';
import type { Invoice, InvoiceStatus } from '../../../shared/contract/types';
import { daysBetween, type IsoDate } from '../../../shared/domain/dates';
import { openCents } from '../db/open-amounts';
import type { DB } from '../db/tables';

type Db = Kysely<DB> | Transaction<DB>;

export interface InvoiceRow {
  id: number;
  client_id: number;
  kind: 'invoice' | 'credit_note';
  number: string;
  status: 'to_issue' | 'issued' | 'cancelled';
  issue_date: string | null;
  due_date: string | null;
  amount_cents: number;
  amount_excl_vat_cents: number | null;
  currency: string;
  external_ref: string;
  open_cents: number;
  disputed: number;
}

/** Invoice columns plus whether an unresolved dispute is attached to it. */
export function invoiceSelect(db: Db) {
  return db
    .selectFrom('invoice as i')
    .select([
      'i.id',
      'i.client_id',
      'i.kind',
      'i.number',
      'i.status',
      'i.issue_date',
      'i.due_date',
      'i.amount_cents',
      'i.amount_excl_vat_cents',
      'i.currency',
      'i.external_ref',
      openCents('i').as('open_cents'),
      sql<number>`EXISTS (SELECT 1 FROM dispute d WHERE d.invoice_id = i.id AND d.status <> 'resolved')`.as('disputed'),
    ]);
}

/** The status and days late an invoice has on `today` (DESIGN §2): derived, never stored. */
export function deriveStatus(row: InvoiceRow, today: IsoDate): { status: InvoiceStatus; daysLate: number } {
  if (row.kind === 'invoice' && row.status === 'to_issue') return { status: 'to_issue', daysLate: 0 };
  if (row.open_cents === 0) return { status: 'paid', daysLate: 0 };
  const daysLate = row.kind === 'invoice' && row.due_date ? Math.max(0, daysBetween(row.due_date, today)) : 0;
  if (row.disputed) return { status: 'disputed', daysLate };
  return { status: daysLate > 0 ? 'overdue' : 'not_due', daysLate };
}

export function toInvoice(row: InvoiceRow, today: IsoDate): Invoice {
  const { status, daysLate } = deriveStatus(row, today);
  return {
    id: row.id,
    clientId: row.client_id,
    kind: row.kind,
    number: row.number,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    amountCents: row.amount_cents,
    amountExclVatCents: row.amount_excl_vat_cents,
    currency: row.currency,
    externalRef: row.external_ref,
    openCents: row.open_cents,
    status,
    daysLate,
    disputed: row.disputed === 1,
  };
}

export async function requireInvoice(db: Db, id: number, field: string): Promise<InvoiceRow> {
  const row = (await invoiceSelect(db).where('i.id', '=', id).executeTakeFirst()) as InvoiceRow | undefined;
  if (!row) throw new CoreError('not_found', `No invoice or credit note with id ${id}.`, field);
  return row;
}
