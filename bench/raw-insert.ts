import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createLedger } from '../electron/core/db/open-ledger';

const COLUMNS = [
  'id',
  'client_id',
  'kind',
  'number',
  'status',
  'issue_date',
  'due_date',
  'amount_cents',
  'amount_excl_vat_cents',
  'external_ref',
  'created_at',
  'updated_at',
];

export interface InsertRate {
  rows: number;
  ms: number;
  rowsPerSecond: number;
  /** Rows per second of CPU time: steadier than wall time on a machine shared with other work. */
  rowsPerCpuSecond: number;
}

function rate(rows: number, started: number, cpu: NodeJS.CpuUsage): InsertRate {
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { rows, ms, rowsPerSecond: rows / (ms / 1000), rowsPerCpuSecond: rows / ((used.user + used.system) / 1e6) };
}

function insertRows(db: Database.Database, table: string, rows: number): void {
  const insert = db.prepare(
    `INSERT INTO ${table} (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`,
  );
  db.transaction(() => {
    for (let i = 1; i <= rows; i++) {
      const number = `FA-2025-${String(i).padStart(7, '0')}`;
      insert.run(
        i,
        1 + (i % 10_000),
        'invoice',
        number,
        'issued',
        '2025-03-14',
        '2025-04-13',
        12_000 + (i % 977),
        10_000,
        '',
        '2025-03-14T09:00:00.000Z',
        '2025-03-14T09:00:00.000Z',
      );
    }
  })();
}

/**
 * The baseline: `rows` invoice-like rows (the columns the generator writes) through one prepared single-row
 * INSERT in one transaction, into a plain scratch table of a temp file, with the ledger's pragmas.
 */
export function rawInvoiceInsertRate(rows: number): InsertRate {
  const dir = mkdtempSync(join(tmpdir(), 'encaisse-raw-'));
  const db = new Database(join(dir, 'raw.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec(`CREATE TABLE scratch (id INTEGER PRIMARY KEY, client_id INTEGER, kind TEXT, number TEXT, status TEXT,
      issue_date TEXT, due_date TEXT, amount_cents INTEGER, amount_excl_vat_cents INTEGER, external_ref TEXT,
      created_at TEXT, updated_at TEXT)`);
    const cpu = process.cpuUsage();
    const started = performance.now();
    insertRows(db, 'scratch', rows);
    db.close(); // the WAL checkpoint at close is part of the cost, as it is for the generator
    return rate(rows, started, cpu);
  } finally {
    if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * For reading the ratio: the same rows and the same single-row insert, into a fresh ledger's own invoice
 * table (its CHECKs, foreign key, UNIQUE number and secondary indexes), which is what the schema costs.
 */
export async function rawLedgerInvoiceInsertRate(rows: number): Promise<InsertRate> {
  const dir = mkdtempSync(join(tmpdir(), 'encaisse-raw-'));
  try {
    const ledger = await createLedger(join(dir, 'raw.encaisse'), 'Raw');
    const insertClient = ledger.sqlite.prepare('INSERT INTO client (id, code, name) VALUES (?, ?, ?)');
    ledger.sqlite.transaction(() => {
      for (let id = 1; id <= 10_000; id++) insertClient.run(id, `C${id}`, `Client ${id}`);
    })();
    const cpu = process.cpuUsage();
    const started = performance.now();
    insertRows(ledger.sqlite, 'invoice', rows);
    await ledger.db.destroy();
    return rate(rows, started, cpu);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
