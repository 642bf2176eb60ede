import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { CoreError } from '../../../shared/contract/errors';
import { addMonths, isIsoDate, localToday, type IsoDate } from '../../../shared/domain/dates';
import { createLedger } from '../db/open-ledger';
import { calendarAround, dayNumber } from './calendar';
import { generateClient } from './client-identity';
import { ClientSimulation } from './client-simulation';
import { seedReminderHistory } from './reminder-history';
import { DEMO_COLLECTORS, DEMO_COMPANY_NAME, writeDemoCompany } from './company-profile';
import { generateContacts } from './contacts';
import { withIndexesDeferred } from './deferred-indexes';
import type { HistoryContext } from './history-context';
import { planInvoices, type InvoicePlan } from './invoice-plan';
import type { DemoCounts } from './demo-rows';
import { LedgerWriter } from './ledger-writer';
import { createRandom, deriveSeed } from './random';
import { issuedInvoiceTotal, resolveScale, type DemoScale, type DemoScalePreset } from './scale';

export type { DemoScale, DemoScalePreset } from './scale';

/** Bump when the generated data changes: cached demo and bench ledgers are then rebuilt. */
export const DEMO_GENERATOR_VERSION = 3;
export const DEFAULT_DEMO_SEED = 2026;

/** Invoices written per transaction: large enough to amortize commits, small enough to report progress. */
const INVOICES_PER_TRANSACTION = 50_000;

export interface DemoLedgerOptions {
  seed?: number;
  scale?: DemoScale | DemoScalePreset;
  /** The day the history ends on (YYYY-MM-DD); the machine's local date by default. */
  today?: IsoDate;
  nativeBinding?: string;
  /** Issued invoices written so far, out of the total; called after each transaction. */
  onProgress?: (done: number, total: number) => void;
}

export interface DemoSummary extends DemoCounts {
  path: string;
  companyName: string;
  seed: number;
  today: IsoDate;
  scale: Required<DemoScale>;
  /** Rows inserted by the generator (not counting the allocation triggers' updates). */
  rows: number;
  elapsedMs: number;
}

/**
 * Creates a new ledger file at `path` (through createLedger, hence the normal migrations) holding a plausible
 * French SME's customer ledger: clients, contacts, two years of invoices, credit notes, payments and their
 * allocations, late payers, disputes and advances. Deterministic: the same seed and today give the same ledger.
 */
export async function createDemoLedger(path: string, options: DemoLedgerOptions = {}): Promise<DemoSummary> {
  const today = options.today ?? localToday();
  if (!isIsoDate(today))
    throw new CoreError('validation', `today must be a real date written YYYY-MM-DD (got ${today}).`, 'today');
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  if (!Number.isSafeInteger(seed)) throw new CoreError('validation', 'seed must be a whole number.', 'seed');
  const scale = resolveScale(options.scale);
  const started = performance.now();

  refuseToOverwrite(path);
  // Built under a temporary name beside the target and renamed once complete: an interrupted generation never
  // leaves a half-built file where the app would open it as the demo.
  const building = join(dirname(path), `.${basename(path)}.building-${process.pid}`);
  removeLedgerFiles(building);
  const ledger = await createLedger(building, DEMO_COMPANY_NAME, { nativeBinding: options.nativeBinding });
  try {
    const { counts, rows } = await fillLedger(ledger.sqlite, seed, today, scale, options.onProgress);
    seedReminderHistory(ledger.sqlite, today);
    await ledger.db.destroy();
    refuseToOverwrite(path);
    renameSync(building, path);
    return {
      path,
      companyName: DEMO_COMPANY_NAME,
      seed,
      today,
      scale,
      ...counts,
      rows,
      elapsedMs: performance.now() - started,
    };
  } catch (error) {
    await ledger.db.destroy().catch(() => undefined);
    removeLedgerFiles(building);
    throw error;
  }
}

/** Same rule as createLedger: an existing non-empty file is never replaced. */
function refuseToOverwrite(path: string): void {
  if (existsSync(path) && statSync(path).size > 0) {
    throw new CoreError('conflict', `${path} already exists; choose another name or open it.`, 'path');
  }
}

function removeLedgerFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

async function fillLedger(
  sqlite: Database.Database,
  seed: number,
  today: IsoDate,
  scale: Required<DemoScale>,
  onProgress: DemoLedgerOptions['onProgress'],
): Promise<{ counts: DemoCounts; rows: number }> {
  const todayDay = dayNumber(today);
  const startDay = dayNumber(addMonths(today, -12 * scale.years));
  const calendar = calendarAround(startDay, today);
  const plan = planInvoices(seed, scale.clients, issuedInvoiceTotal(scale), startDay, todayDay, calendar);
  // A bigger page cache for the bulk load only (this connection is closed right after).
  sqlite.pragma('cache_size = -131072');
  const writer = new LedgerWriter(sqlite);
  let toIssueSequence = 0;
  const ctx: HistoryContext = {
    writer,
    calendar,
    plan,
    today: todayDay,
    collectorNames: DEMO_COLLECTORS.map((c) => c.name),
    nextToIssueNumber: () => `FAE-${today.slice(0, 4)}-${String(++toIssueSequence).padStart(6, '0')}`,
  };
  const inTransaction = (write: () => void) =>
    sqlite.transaction(() => {
      write();
      writer.flush();
    })();

  await withIndexesDeferred(sqlite, async () => {
    let simulations: ClientSimulation[] = [];
    inTransaction(() => {
      writeDemoCompany(sqlite, calendar.stamp(startDay));
      simulations = startClients(ctx, seed, plan);
    });
    onProgress?.(0, plan.issuedInvoices);
    // Every client's invoices interleaved in date order: ids and numbers ascend together.
    const { dateOrder } = plan;
    for (let from = 0; from < dateOrder.length; from += INVOICES_PER_TRANSACTION) {
      const to = Math.min(dateOrder.length, from + INVOICES_PER_TRANSACTION);
      inTransaction(() => {
        for (let i = from; i < to; i++) simulations[dateOrder[i]].issueNext();
      });
      onProgress?.(to, plan.issuedInvoices);
      // Let the event loop breathe between transactions (the app's main process keeps answering).
      await new Promise((resolve) => setImmediate(resolve));
    }
    const importData = JSON.stringify({ source: 'demo', seed });
    inTransaction(() => {
      for (const simulation of simulations) {
        simulation.finish();
        writer.activity(
          simulation.client.id,
          'import',
          'Société de démonstration générée',
          importData,
          calendar.stamp(todayDay),
        );
      }
    });
  });
  return { counts: writer.counts, rows: writer.rowCount };
}

/** Writes every client with its contacts, and sets up the simulation of its history. */
function startClients(ctx: HistoryContext, seed: number, plan: InvoicePlan): ClientSimulation[] {
  const collectorWeights = DEMO_COLLECTORS.map((c, i) => [i + 1, c.share] as const);
  return plan.skeletons.map((skeleton, index) => {
    const yearsCovered = Math.max(0.25, (ctx.today - skeleton.firstDay) / 365);
    const client = generateClient(createRandom(deriveSeed(seed, index, 1)), {
      index,
      invoicesPerYear: skeleton.invoiceDays.length / yearsCovered,
      collectorWeights,
    });
    const since = ctx.calendar.stamp(skeleton.firstDay);
    ctx.writer.client(client, since);
    for (const contact of generateContacts(createRandom(deriveSeed(seed, index, 4)), client)) {
      ctx.writer.contact(client.id, contact, since);
    }
    return new ClientSimulation(ctx, client, skeleton, createRandom(deriveSeed(seed, index, 2)));
  });
}
