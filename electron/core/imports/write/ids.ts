import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/tables';

type Db = Kysely<DB> | Transaction<DB>;

/**
 * Hands out the ids the new rows will get, so that invoices, payments and allocations can refer to each other
 * before anything is written and be inserted in multi-row batches without RETURNING. Safe because the plan and
 * the writes happen in the same write transaction of the one connection to the ledger.
 */
export class IdAllocator {
  private constructor(private readonly next: Record<'client' | 'invoice' | 'payment', number>) {}

  static async read(db: Db): Promise<IdAllocator> {
    const { rows } = await sql<{ client: number; invoice: number; payment: number }>`SELECT
      (SELECT COALESCE(MAX(id), 0) FROM client) AS client,
      (SELECT COALESCE(MAX(id), 0) FROM invoice) AS invoice,
      (SELECT COALESCE(MAX(id), 0) FROM payment) AS payment`.execute(db);
    const max = rows[0];
    return new IdAllocator({ client: max.client + 1, invoice: max.invoice + 1, payment: max.payment + 1 });
  }

  take(table: 'client' | 'invoice' | 'payment'): number {
    return this.next[table]++;
  }
}

export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
