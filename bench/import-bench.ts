import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportReport } from '../shared/contract/imports.types';
import { createCore, type Core } from '../electron/core/core';
import type { Figure } from './figures';

const CLIENTS = 1_000;
const TODAY = '2026-11-22';

interface InvoiceRow {
  clientCode: string;
  number: string;
  issueDate: string;
  dueDate: string;
  amountCents: number;
}

function invoiceRows(count: number): InvoiceRow[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      clientCode: `C${String(1 + (i % CLIENTS)).padStart(5, '0')}`,
      number: `FA-2025-${String(i + 1).padStart(7, '0')}`,
      issueDate: `2025-03-${day}`,
      dueDate: `2025-04-${day}`,
      amountCents: 12_000 + (i % 977) * 131,
    };
  });
}

/** The rows as a French export writes them: `;`, dd/mm/yyyy, `1 234,56`, CRLF. */
function frenchCsv(rows: InvoiceRow[]): string {
  const french = (iso: string) => iso.split('-').reverse().join('/');
  const amount = (cents: number) =>
    `${Math.floor(cents / 100).toLocaleString('fr-FR')},${String(cents % 100).padStart(2, '0')}`;
  const lines = rows.map(
    (r) => `${r.clientCode};${r.number};${french(r.issueDate)};${french(r.dueDate)};${amount(r.amountCents)}`,
  );
  return ['Code client;N° facture;Date facture;Échéance;Montant TTC', ...lines].join('\r\n') + '\r\n';
}

async function ledgerWithClients(dir: string, name: string): Promise<Core> {
  const core = await createCore({ dbPath: join(dir, name), create: { companyName: 'Bench import' }, today: TODAY });
  const insert = core.ledger.sqlite.prepare('INSERT INTO client (id, code, name) VALUES (?, ?, ?)');
  core.ledger.sqlite.transaction(() => {
    for (let id = 1; id <= CLIENTS; id++) insert.run(id, `C${String(id).padStart(5, '0')}`, `Client ${id}`);
  })();
  return core;
}

/** Wall and CPU milliseconds of `fn` (CPU time is steadier when other work shares the machine). */
async function timed<T>(fn: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await fn();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

/** The same invoices through one prepared single-row INSERT in one transaction: no parsing, no checks. */
function rawInsert(core: Core, rows: InvoiceRow[]): void {
  const sqlite = core.ledger.sqlite;
  const insert = sqlite.prepare(
    "INSERT INTO invoice (client_id, kind, number, status, issue_date, due_date, amount_cents) VALUES (?, 'invoice', ?, 'issued', ?, ?, ?)",
  );
  sqlite.transaction(() => {
    for (const r of rows) insert.run(Number(r.clientCode.slice(1)), r.number, r.issueDate, r.dueDate, r.amountCents);
  })();
}

/**
 * Issue 3 §4: importing `rows` invoice rows from a generated French CSV through `imports.run` (read, decode,
 * parse, validate every row, plan against the ledger, write in one transaction), beside a raw better-sqlite3
 * prepared insert of the same rows into a ledger with the same clients.
 */
export async function measureInvoiceImport(rows = 100_000): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'encaisse-import-bench-'));
  try {
    const data = invoiceRows(rows);
    const path = join(dir, 'factures.csv');
    writeFileSync(path, frenchCsv(data));
    const core = await ledgerWithClients(dir, 'import.encaisse');
    const run = await timed(() =>
      core.dispatch('imports.run', { source: { path }, kind: 'invoices', taskId: 'bench' }),
    );
    await core.close();
    if (!run.value.ok) throw new Error(`imports.run: ${run.value.error.message}`);
    const report = run.value.value as ImportReport;
    if (report.created !== rows) throw new Error(`imports.run created ${report.created} invoices, not ${rows}`);

    const raw = await ledgerWithClients(dir, 'raw.encaisse');
    const rawRun = await timed(() => rawInsert(raw, data));
    await raw.close();
    const perSecond = (ms: number) => rows / (ms / 1000);
    const label = `import ${rows.toLocaleString('en-US')} invoice rows (imports.run)`;
    return [
      {
        what: label,
        value: perSecond(run.ms),
        unit: 'rows/s',
        baseline: perSecond(rawRun.ms),
        ratio: rawRun.ms / run.ms,
        target: '< 5 s',
        met: run.ms < 5_000,
        note: `${(run.ms / 1000).toFixed(2)} s from CSV file to committed rows (read, decode, parse, validate, plan, write); raw prepared insert of the same rows ${(rawRun.ms / 1000).toFixed(2)} s`,
      },
      {
        what: `${label}, per CPU second`,
        value: perSecond(run.cpuMs),
        unit: 'rows/s',
        baseline: perSecond(rawRun.cpuMs),
        ratio: rawRun.cpuMs / run.cpuMs,
        note: `${(run.cpuMs / 1000).toFixed(2)} s of CPU (all threads, GC included) against ${(rawRun.cpuMs / 1000).toFixed(2)} s raw`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
