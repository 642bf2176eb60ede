import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLedger } from '../electron/core/db/open-ledger';
import {
  createDemoLedger,
  DEFAULT_DEMO_SEED,
  DEMO_GENERATOR_VERSION,
  type DemoSummary,
} from '../electron/core/demo/demo-ledger';

export const BENCH_DIR = '.cache/bench';
export const BENCH_TODAY = '2026-11-22';

/** The generator's summary with the CPU time it used (wall time swings with the machine's other load). */
export type TimedSummary = DemoSummary & { cpuMs: number };

async function timed(run: () => Promise<DemoSummary>): Promise<TimedSummary> {
  const cpu = process.cpuUsage();
  const summary = await run();
  const used = process.cpuUsage(cpu);
  return { ...summary, cpuMs: (used.user + used.system) / 1000 };
}

export interface BenchLedger {
  path: string;
  /** The generator's figures: from this run when it was built now, from the cache otherwise. */
  build: TimedSummary & { builtAt: string };
  builtThisRun: boolean;
}

/**
 * What the schema is, as SQLite sees it after the migrations: a migration edited in place changes it as
 * surely as a new one, and either must invalidate the cached ledger.
 */
async function schemaFingerprint(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'encaisse-schema-'));
  try {
    const ledger = await createLedger(join(dir, 'schema.encaisse'), 'Schema');
    const rows = ledger.sqlite
      .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
      .all();
    await ledger.db.destroy();
    return createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 12);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function reportProgress(done: number, total: number): void {
  process.stderr.write(
    `\rbuilding the bench ledger: ${Math.floor((done * 100) / total)} %${done === total ? '\n' : ''}`,
  );
}

/** The 1,000,000-invoice ledger, built once and kept until the generator version or the schema changes. */
export async function ensureBenchLedger(rebuild: boolean): Promise<BenchLedger> {
  mkdirSync(BENCH_DIR, { recursive: true });
  const key = `bench-g${DEMO_GENERATOR_VERSION}-s${await schemaFingerprint()}-${DEFAULT_DEMO_SEED}-${BENCH_TODAY}`;
  const path = join(BENCH_DIR, `${key}.encaisse`);
  const metaPath = join(BENCH_DIR, `${key}.json`);
  if (!rebuild && existsSync(path) && existsSync(metaPath)) {
    return { path, build: JSON.parse(readFileSync(metaPath, 'utf8')), builtThisRun: false };
  }
  // Stale ledgers of other versions are hundreds of megabytes: remove them.
  for (const name of readdirSync(BENCH_DIR)) {
    if (name.startsWith('bench-g')) rmSync(join(BENCH_DIR, name), { force: true });
  }
  const summary = await timed(() =>
    createDemoLedger(path, { scale: 'bench', today: BENCH_TODAY, onProgress: reportProgress }),
  );
  const build = { ...summary, builtAt: new Date().toISOString() };
  writeFileSync(metaPath, JSON.stringify(build, null, 2));
  return { path, build, builtThisRun: true };
}

/** When the ledger comes from the cache, the generator is timed on a 100,000-invoice sample instead. */
export async function generatorSample(): Promise<TimedSummary> {
  const dir = mkdtempSync(join(tmpdir(), 'encaisse-bench-'));
  try {
    return await timed(() =>
      createDemoLedger(join(dir, 'sample.encaisse'), {
        scale: { clients: 1_000, years: 2, invoicesPerClientPerYear: 50 },
        today: BENCH_TODAY,
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
