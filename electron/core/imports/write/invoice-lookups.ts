import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/tables';
import { chunks } from './ids';

type Db = Kysely<DB> | Transaction<DB>;

export interface ExistingInvoice {
  id: number;
  client_id: number;
  client_code: string;
  kind: 'invoice' | 'credit_note';
  number: string;
  status: 'to_issue' | 'issued' | 'cancelled';
  issue_date: string | null;
  due_date: string | null;
  amount_cents: number;
  amount_excl_vat_cents: number | null;
  currency: string;
  external_ref: string;
  allocated_cents: number;
  active_dispute: number;
}

export const invoiceKey = (kind: string, number: string) => `${kind}\u001f${number}`;

/** The ledger's invoices and credit notes with these numbers, by `invoiceKey` (UNIQUE(kind, number) index). */
export async function findInvoicesByNumber(
  db: Db,
  wanted: Array<{ kind: 'invoice' | 'credit_note'; number: string }>,
): Promise<Map<string, ExistingInvoice>> {
  const found = new Map<string, ExistingInvoice>();
  for (const kind of ['invoice', 'credit_note'] as const) {
    const numbers = [...new Set(wanted.filter((w) => w.kind === kind).map((w) => w.number))];
    for (const chunk of chunks(numbers)) {
      const rows = await db
        .selectFrom('invoice as i')
        .innerJoin('client as c', 'c.id', 'i.client_id')
        .select([
          'i.id',
          'i.client_id',
          'c.code as client_code',
          'i.kind',
          'i.number',
          'i.status',
          'i.issue_date',
          'i.due_date',
          'i.amount_cents',
          'i.amount_excl_vat_cents',
          'i.currency',
          'i.external_ref',
          'i.allocated_cents',
          sql<number>`EXISTS (SELECT 1 FROM dispute d WHERE d.invoice_id = i.id AND d.status <> 'resolved')`.as(
            'active_dispute',
          ),
        ])
        .where('i.kind', '=', kind)
        .where('i.number', 'in', chunk)
        .execute();
      for (const row of rows) found.set(invoiceKey(row.kind, row.number), row);
    }
  }
  return found;
}
