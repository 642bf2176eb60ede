import { sql, type RawBuilder } from 'kysely';
import type { AgedBalance, Exposure } from '../../../shared/contract/types';
import { agingBuckets, bucketDueDateThresholds, type AgingBounds } from '../../../shared/domain/aging';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';

export async function readAgingBounds(ctx: CoreContext): Promise<number[]> {
  const row = await ctx.db.selectFrom('company').select('aging_bounds').executeTakeFirstOrThrow();
  return JSON.parse(row.aging_bounds) as number[];
}

/**
 * One pass over the open items (partial covering index) computes the whole aged balance, and the encours
 * with it: bucket membership is a comparison of ISO due dates against thresholds computed once in JS.
 * Bucket 0 is "not due"; bucket i has due dates in [uppers[i], uppers[i-1]); the last one is open-ended.
 */
export function agingItemsSql(today: IsoDate, bounds: AgingBounds, clientId?: number): RawBuilder<AgingRow> {
  const uppers: IsoDate[] = [today, ...bucketDueDateThresholds(today, bounds)];
  const last = bounds.length + 1;
  const issued = sql`kind = 'invoice' AND status = 'issued'`;
  const bucketColumns = Array.from({ length: last + 1 }, (_, i) => {
    const condition =
      i === 0
        ? sql`due_date >= ${today}`
        : i < last
          ? sql`due_date < ${uppers[i - 1]} AND due_date >= ${uppers[i]}`
          : sql`due_date < ${uppers[i - 1]}`;
    return sql`SUM(CASE WHEN ${issued} AND ${condition} THEN amount_cents - allocated_cents ELSE 0 END) AS ${sql.raw(`b${i}`)},
      SUM(CASE WHEN ${issued} AND ${condition} THEN 1 ELSE 0 END) AS ${sql.raw(`n${i}`)}`;
  });
  const clientFilter = clientId === undefined ? sql`` : sql`AND client_id = ${clientId}`;
  return sql<AgingRow>`
    SELECT
      SUM(CASE WHEN kind = 'invoice' AND status = 'to_issue' THEN amount_cents - allocated_cents ELSE 0 END) AS to_issue,
      SUM(CASE WHEN kind = 'credit_note' AND status = 'issued' THEN amount_cents - allocated_cents ELSE 0 END) AS credit_notes,
      ${sql.join(bucketColumns, sql`, `)}
    FROM invoice
    WHERE allocated_cents < amount_cents ${clientFilter}`;
}

/** Payments not (fully) allocated: advances that reduce the encours. */
export function advancesSql(clientId?: number): RawBuilder<{ cents: number | null }> {
  const clientFilter = clientId === undefined ? sql`` : sql`AND client_id = ${clientId}`;
  return sql`SELECT SUM(amount_cents - allocated_cents) AS cents FROM payment
    WHERE allocated_cents < amount_cents ${clientFilter}`;
}

type AgingRow = Record<string, number | null>;

export async function agedBalance(
  ctx: CoreContext,
  today: IsoDate,
  bounds: AgingBounds,
  clientId?: number,
): Promise<AgedBalance> {
  const definitions = agingBuckets(bounds);
  const items = await agingItemsSql(today, bounds, clientId).execute(ctx.db);
  const advances = await advancesSql(clientId).execute(ctx.db);

  const row = items.rows[0];
  const buckets = definitions.map((definition, i) => ({
    ...definition,
    amountCents: row[`b${i}`] ?? 0,
    invoiceCount: row[`n${i}`] ?? 0,
  }));
  const toIssueCents = row.to_issue ?? 0;
  const unallocatedCreditsCents = (row.credit_notes ?? 0) + (advances.rows[0].cents ?? 0);
  const openIssued = buckets.reduce((sum, b) => sum + b.amountCents, 0);
  return {
    today,
    toIssueCents,
    buckets,
    unallocatedCreditsCents,
    totalCents: toIssueCents + openIssued - unallocatedCreditsCents,
  };
}

/** Encours (DESIGN §4), read off the aged balance so both always agree. */
export function exposureFromAging(aging: AgedBalance): Exposure {
  const notDueCents = aging.buckets[0].amountCents;
  const overdueCents = aging.buckets.slice(1).reduce((sum, b) => sum + b.amountCents, 0);
  return {
    toIssueCents: aging.toIssueCents,
    notDueCents,
    overdueCents,
    unallocatedCreditsCents: aging.unallocatedCreditsCents,
    totalCents: aging.totalCents,
  };
}
