import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/tables';
import { chunks } from './ids';

type Db = Kysely<DB> | Transaction<DB>;

export interface ExistingPayment {
  id: number;
  method: string;
  unallocated: number;
}

export const paymentKey = (clientId: number, date: string, cents: number, reference: string) =>
  `${clientId}\u001f${date}\u001f${cents}\u001f${reference}`;

/** The ledger's payments of these clients in the file's date range, grouped by dedupe key, oldest id first. */
export async function existingPayments(db: Db, clientIds: number[], from: string, to: string) {
  const byKey = new Map<string, ExistingPayment[]>();
  for (const chunk of chunks(clientIds)) {
    const rows = await db
      .selectFrom('payment')
      .select(['id', 'client_id', 'date', 'amount_cents', 'reference', 'method', 'allocated_cents'])
      .where('client_id', 'in', chunk)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const key = paymentKey(r.client_id, r.date, r.amount_cents, r.reference);
      const list = byKey.get(key) ?? [];
      list.push({ id: r.id, method: r.method, unallocated: r.amount_cents - r.allocated_cents });
      byKey.set(key, list);
    }
  }
  return byKey;
}
