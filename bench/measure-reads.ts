import type { CallList } from '../shared/contract/calls.types';
import type { ReminderQueue } from '../shared/contract/reminders.types';
import type { AgedBalance } from '../shared/contract/types';
import { createCore, type Core } from '../electron/core/core';
import { BENCH_TODAY } from './bench-ledger';
import type { Figure } from './figures';
import { rawAgingQuery, type RawAging } from './raw-aging';
import { medianMs } from './timing';

/**
 * Child process of `bench/run.ts`: opens the bench ledger through the core, times its hot reads beside a
 * hand-written SQL aged balance, and prints the figures as JSON on stdout.
 */

async function call(core: Core, method: string, input: unknown): Promise<unknown> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

function sameAging(core: AgedBalance, raw: RawAging): boolean {
  return (
    core.toIssueCents === raw.toIssueCents &&
    core.unallocatedCreditsCents === raw.unallocatedCreditsCents &&
    core.totalCents === raw.totalCents &&
    core.buckets.length === raw.buckets.length &&
    core.buckets.every(
      (b, i) => b.amountCents === raw.buckets[i].amountCents && b.invoiceCount === raw.buckets[i].invoiceCount,
    )
  );
}

async function measureReads(path: string): Promise<{ figures: Figure[]; sameTotals: boolean }> {
  const figures: Figure[] = [];
  const core = await createCore({ dbPath: path, today: BENCH_TODAY });
  const raw = rawAgingQuery(path);
  try {
    const today = { today: BENCH_TODAY };
    const agingMs = await medianMs(() => call(core, 'reports.aging', today));
    const rawMs = await medianMs(() => raw.run(BENCH_TODAY));
    const same = sameAging((await call(core, 'reports.aging', today)) as AgedBalance, raw.run(BENCH_TODAY));
    figures.push({
      what: 'aged balance (reports.aging)',
      value: agingMs,
      unit: 'ms',
      baseline: rawMs,
      ratio: agingMs / rawMs,
      target: '≤ 1.2× raw, < 300 ms',
      met: agingMs <= 1.2 * rawMs && agingMs < 300 && same,
      note: same ? 'same totals as the raw query' : 'TOTALS DIFFER from the raw query',
    });
    const exposureMs = await medianMs(() => call(core, 'reports.exposure', today));
    figures.push({
      what: 'encours (reports.exposure)',
      value: exposureMs,
      unit: 'ms',
      baseline: rawMs,
      ratio: exposureMs / rawMs,
    });
    const page = { limit: 50, today: BENCH_TODAY };
    const lists: Array<[string, object]> = [
      ['client list page 1, overdue desc', { ...page, sortField: 'overdueCents', sortDirection: 'desc' }],
      ['client list page 1, name asc', { ...page, sortField: 'name', sortDirection: 'asc' }],
      ['client list, search "martin"', { ...page, search: 'martin' }],
    ];
    for (const [what, input] of lists) {
      const ms = await medianMs(() => call(core, 'clients.list', input));
      figures.push({ what, value: ms, unit: 'ms', target: '< 50 ms', met: ms < 50 });
    }
    figures.push({
      what: 'dashboard (reports.dashboard)',
      value: await medianMs(() => call(core, 'reports.dashboard', today)),
      unit: 'ms',
    });
    const queue = (await call(core, 'reminders.queue', today)) as ReminderQueue;
    const queueMs = await medianMs(() => call(core, 'reminders.queue', today), { warmup: 1, runs: 5 });
    // Baseline: the queue's biggest read alone, by hand — the open issued invoices due up to today + the courtesy lead.
    const candidates = core.ledger.sqlite.prepare(`SELECT id, client_id, number, issue_date, due_date, amount_cents,
      allocated_cents FROM invoice WHERE kind = 'invoice' AND status = 'issued' AND allocated_cents < amount_cents
      AND due_date <= date(?, '+5 days')`);
    const candidatesMs = await medianMs(() => candidates.all(BENCH_TODAY), { warmup: 1, runs: 5 });
    figures.push({
      what: "day's reminder queue (reminders.queue)",
      value: queueMs,
      unit: 'ms',
      baseline: candidatesMs,
      ratio: queueMs / candidatesMs,
      target: '< 1,000 ms',
      met: queueMs < 1000,
      note: `${queue.items.length} actions from ${new Set(queue.items.map((i) => i.clientId)).size} clients; baseline: the raw read of its candidate invoices`,
    });
    const calls = (await call(core, 'calls.list', today)) as CallList;
    const callsMs = await medianMs(() => call(core, 'calls.list', today), { warmup: 1, runs: 5 });
    figures.push({
      what: "day's call list (calls.list)",
      value: callsMs,
      unit: 'ms',
      baseline: queueMs,
      ratio: callsMs / queueMs,
      target: '< 1,000 ms',
      met: callsMs < 1000,
      note: `${calls.rows.length} clients to call; baseline: reminders.queue, whose call steps it includes`,
    });
    figures.push({
      what: 'core process RSS after the queries',
      value: process.memoryUsage().rss / 2 ** 20,
      unit: 'MB',
    });
    return { figures, sameTotals: same };
  } finally {
    raw.close();
    await core.close();
  }
}

process.stdout.write(JSON.stringify(await measureReads(process.argv[2])));
