import type Database from 'better-sqlite3';

/** Rows per multi-row INSERT: enough to amortize the per-statement cost, far below SQLite's variable limit. */
const ROWS_PER_STATEMENT = 50;

/**
 * Buffers rows for one table and writes them with multi-row `INSERT … VALUES (…), (…), …` statements, which
 * costs SQLite and the JS↔native boundary about half of what one statement per row does. Rows reach the
 * database only on `flush()`, so the writer flushes parents before children (foreign keys, triggers).
 */
export class BatchedInsert {
  private readonly many: Database.Statement;
  private readonly one: Database.Statement;
  private values: unknown[] = [];

  constructor(
    sqlite: Database.Database,
    table: string,
    private readonly columns: readonly string[],
  ) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    this.many = sqlite.prepare(head + Array(ROWS_PER_STATEMENT).fill(row).join(', '));
    this.one = sqlite.prepare(head + row);
  }

  /** Values in the order of the columns given to the constructor. */
  add(...values: unknown[]): void {
    this.values.push(...values);
  }

  flush(): void {
    const width = this.columns.length;
    const batch = width * ROWS_PER_STATEMENT;
    const values = this.values;
    let start = 0;
    for (; start + batch <= values.length; start += batch) this.many.run(values.slice(start, start + batch));
    for (; start < values.length; start += width) this.one.run(values.slice(start, start + width));
    this.values = [];
  }
}
