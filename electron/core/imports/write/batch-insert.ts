import { CompiledQuery, type Transaction } from 'kysely';
import type { DB } from '../../db/tables';

/** SQLite allows 32,766 bound values per statement; 500 rows a statement is where the gain flattens out. */
const MAX_VALUES = 30_000;
const MAX_ROWS = 500;

/**
 * Multi-row INSERTs inside the caller's transaction (measured ~4.5× faster than one statement per row).
 * The SQL text is written here once per batch size and run as a compiled query on the transaction's own
 * connection: building kysely's query tree for 100,000 rows of values cost more than SQLite's work.
 * Table and column names come from this module's callers, never from a file; values are all bound.
 * Every row must have the same keys: SQLite has no DEFAULT inside a VALUES list.
 */
export async function insertInBatches(
  trx: Transaction<DB>,
  table: keyof DB,
  rows: ReadonlyArray<Record<string, unknown>>,
  afterBatch: (done: number) => Promise<void>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const size = Math.max(1, Math.min(MAX_ROWS, Math.floor(MAX_VALUES / columns.length)));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
  const statements = new Map<number, string>();
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    let text = statements.get(chunk.length);
    if (!text) statements.set(chunk.length, (text = head + Array(chunk.length).fill(tuple).join(', ')));
    const values: unknown[] = [];
    for (const row of chunk) for (const column of columns) values.push(row[column] ?? null);
    await trx.executeQuery(CompiledQuery.raw(text, values));
    await afterBatch(start + chunk.length);
  }
}
