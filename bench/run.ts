import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BENCH_DIR, BENCH_TODAY, ensureBenchLedger, generatorSample } from './bench-ledger';
import { figuresTable, type Figure } from './figures';
import { measureInvoiceImport } from './import-bench';
import { measureLetters } from './letters-bench';
import { rawInvoiceInsertRate, rawLedgerInvoiceInsertRate } from './raw-insert';

/**
 * `npm run bench` (`-- --rebuild` to regenerate the cached ledger): the demo generator and the core's hot
 * reads on 10,000 clients and 1,000,000 invoices, each beside a raw better-sqlite3 baseline of the same run.
 */
const rebuild = process.argv.includes('--rebuild');
const figures: Figure[] = [];

/** The reads run in a child process of their own, so that its RSS is the core's, not the generator's. */
function measureReadsInChildProcess(path: string): { figures: Figure[]; sameTotals: boolean } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/measure-reads.ts', path], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 2 ** 20,
  });
  if (child.status !== 0) throw new Error(`bench/measure-reads.ts failed (exit ${child.status})`);
  return JSON.parse(child.stdout);
}

async function measureGenerator(build: Awaited<ReturnType<typeof ensureBenchLedger>>): Promise<void> {
  const generated = build.builtThisRun ? build.build : await generatorSample();
  const source = build.builtThisRun
    ? 'bench ledger built in this run'
    : 'ledger cached: timed on a 100k-invoice sample';
  process.stderr.write(`raw insert baselines (${generated.issuedInvoices} rows)…\n`);
  const raw = rawInvoiceInsertRate(generated.issuedInvoices);
  const rawLedger = await rawLedgerInvoiceInsertRate(generated.issuedInvoices);
  const rowsPerSecond = generated.rows / (generated.elapsedMs / 1000);
  figures.push(
    {
      what: 'generator, all rows',
      value: rowsPerSecond,
      unit: 'rows/s',
      baseline: raw.rowsPerSecond,
      ratio: rowsPerSecond / raw.rowsPerSecond,
      note: `${generated.rows} rows (${generated.issuedInvoices} invoices + payments, allocations…) in ${(generated.elapsedMs / 1000).toFixed(1)} s; ${source}`,
    },
    {
      what: 'generator, all rows, per CPU second',
      value: generated.rows / (generated.cpuMs / 1000),
      unit: 'rows/s',
      baseline: raw.rowsPerCpuSecond,
      ratio: generated.rows / (generated.cpuMs / 1000) / raw.rowsPerCpuSecond,
      note: 'CPU time of this process: steadier than wall time when the machine is busy with other work',
    },
    {
      what: 'generator, invoices only',
      value: generated.issuedInvoices / (generated.elapsedMs / 1000),
      unit: 'rows/s',
      baseline: raw.rowsPerSecond,
      ratio: generated.issuedInvoices / (generated.elapsedMs / 1000) / raw.rowsPerSecond,
    },
    {
      what: "raw insert into the ledger's invoice table",
      value: rawLedger.rowsPerSecond,
      unit: 'rows/s',
      baseline: raw.rowsPerSecond,
      ratio: rawLedger.rowsPerSecond / raw.rowsPerSecond,
      note: 'what the schema (CHECKs, foreign key, unique number, indexes) costs by itself',
    },
  );
}

const ledger = await ensureBenchLedger(rebuild);
const b = ledger.build;
await measureGenerator(ledger);
process.stderr.write('queries…\n');
const reads = measureReadsInChildProcess(ledger.path);
figures.push(...reads.figures);
figures.push(...(await measureInvoiceImport()));
process.stderr.write('letters…\n');
figures.push(...(await measureLetters()));
const same = reads.sameTotals;

console.log(
  `\nEncaisse bench — ${b.clients} clients, ${b.issuedInvoices} issued invoices (+${b.invoicesToIssue} to issue, ` +
    `${b.creditNotes} credit notes), ${b.payments} payments, ${b.allocations} allocations; today ${BENCH_TODAY}\n` +
    `ledger: ${ledger.path} (${ledger.builtThisRun ? 'built in this run' : `cached, built ${b.builtAt}`})\n`,
);
console.log(figuresTable(figures));
for (const f of figures) if (f.note) console.log(`  · ${f.what}: ${f.note}`);
mkdirSync(BENCH_DIR, { recursive: true });
writeFileSync(
  join(BENCH_DIR, 'last.json'),
  JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      today: BENCH_TODAY,
      ledger: { builtThisRun: ledger.builtThisRun, ...b },
      figures,
    },
    null,
    2,
  ),
);
console.log(`\nfigures written to ${join(BENCH_DIR, 'last.json')}`);
if (!same) process.exitCode = 1;
