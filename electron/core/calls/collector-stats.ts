import { sql } from 'kysely';
import { reachedOutcomes, type CollectorFigures, type CollectorStats } from '../../../shared/contract/calls.types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';
import { settlePromises } from '../promises/settle-promises';

/** Someone answered (the reached rate); a payment within 30 days of such a call counts as collected. */
const REACHED_SQL = sql`(${sql.join(reachedOutcomes)})`;

interface Counted {
  k: number | null;
  n: number;
  reached?: number;
  kept?: number;
  broken?: number;
}

/**
 * collectors.stats: per collector over [from, to] (call days; promise days for promises): calls, reached
 * rate, promises obtained and kept %, and what the called clients paid within 30 days after a call that
 * reached them (each payment once per collector). Promises are settled first, so kept % is up to date.
 */
export async function collectorStats(ctx: CoreContext, from: IsoDate, to: IsoDate): Promise<CollectorStats> {
  await settlePromises(ctx.db, ctx.today());
  const calls = await sql<Counted>`
    SELECT collector_id AS k, COUNT(*) AS n, SUM(outcome IN ${REACHED_SQL}) AS reached
    FROM call_log WHERE call_date BETWEEN ${from} AND ${to} GROUP BY collector_id`.execute(ctx.db);
  const promises = await sql<Counted>`
    SELECT collector_id AS k, COUNT(*) AS n, SUM(status = 'kept') AS kept, SUM(status = 'broken') AS broken
    FROM promise WHERE created_on BETWEEN ${from} AND ${to} GROUP BY collector_id`.execute(ctx.db);
  const collected = await sql<Counted>`
    SELECT k, SUM(amount_cents) AS n FROM (
      SELECT DISTINCT y.id, y.amount_cents, l.collector_id AS k
      FROM call_log l JOIN payment y ON y.client_id = l.client_id
        AND y.date >= l.call_date AND y.date <= date(l.call_date, '+30 days')
      WHERE l.call_date BETWEEN ${from} AND ${to} AND l.outcome IN ${REACHED_SQL})
    GROUP BY k`.execute(ctx.db);
  const collectors = await ctx.db.selectFrom('collector').select(['id', 'name', 'archived']).orderBy('name').execute();

  const key = (k: number | null) => (k === null ? 'none' : String(k));
  const callsBy = new Map(calls.rows.map((r) => [key(r.k), r]));
  const promisesBy = new Map(promises.rows.map((r) => [key(r.k), r]));
  const collectedBy = new Map(collected.rows.map((r) => [key(r.k), r.n]));
  const figures = (collectorId: number | null, collectorName: string): CollectorFigures => {
    const c = callsBy.get(key(collectorId));
    const p = promisesBy.get(key(collectorId));
    const callCount = c?.n ?? 0;
    const reached = c?.reached ?? 0;
    const kept = p?.kept ?? 0;
    const broken = p?.broken ?? 0;
    return {
      collectorId,
      collectorName,
      calls: callCount,
      reached,
      reachedRate: callCount === 0 ? null : reached / callCount,
      promises: p?.n ?? 0,
      promisesKept: kept,
      promisesBroken: broken,
      promisesKeptRate: kept + broken === 0 ? null : kept / (kept + broken),
      collectedCents: collectedBy.get(key(collectorId)) ?? 0,
    };
  };
  const active = (id: number | null) => callsBy.has(key(id)) || promisesBy.has(key(id));
  const rows = collectors.filter((c) => c.archived === 0 || active(c.id)).map((c) => figures(c.id, c.name));
  if (active(null)) rows.push(figures(null, ''));
  return { from, to, rows };
}
