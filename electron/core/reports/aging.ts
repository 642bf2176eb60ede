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
 * The aged balance as one aggregate per bucket, glued with UNION ALL: each part is a range of a partial
 * covering index of open items (by due date, or by client then due date), so SQLite reads each open item once
 * and evaluates no per-row CASE. Bucket 0 is "not due"; bucket i has due dates in [uppers[i], uppers[i-1]);
 * the last one is open-ended.
 */
export function agingItemsSql(today: IsoDate, bounds: AgingBounds, clientId?: number): RawBuilder<AgingPart> {
  const uppers: IsoDate[] = [today, ...bucketDueDateThresholds(today, bounds)];
  const last = bounds.length + 1;
  const clientFilter = clientId === undefined ? sql`` : sql`AND client_id = ${clientId}`;
  const part = (key: string, condition: RawBuilder<unknown>) =>
    sql`SELECT ${key} AS part, SUM(amount_cents - allocated_cents) AS cents, COUNT(*) AS count
      FROM invoice WHERE allocated_cents < amount_cents AND ${condition} ${clientFilter}`;
  const issued = sql`kind = 'invoice' AND status = 'issued'`;
  const buckets = Array.from({ length: last + 1 }, (_, i) =>
    part(
      `b${i}`,
      i === 0
        ? sql`${issued} AND due_date >= ${today}`
        : i < last
          ? sql`${issued} AND due_date < ${uppers[i - 1]} AND due_date >= ${uppers[i]}`
          : sql`${issued} AND due_date < ${uppers[i - 1]}`,
    ),
  );
  return sql<AgingPart>`${sql.join(
    [
      part('to_issue', sql`kind = 'invoice' AND status = 'to_issue'`),
      part('credit_notes', sql`kind = 'credit_note' AND status = 'issued'`),
      ...buckets,
    ],
    sql` UNION ALL `,
  )}`;
}

/** Payments not (fully) allocated: advances that reduce the encours. */
export function advancesSql(clientId?: number): RawBuilder<{ cents: number | null }> {
  const clientFilter = clientId === undefined ? sql`` : sql`AND client_id = ${clientId}`;
  return sql`SELECT SUM(amount_cents - allocated_cents) AS cents FROM payment
    WHERE allocated_cents < amount_cents ${clientFilter}`;
}

interface AgingPart {
  part: string;
  cents: number | null;
  count: number;
}

export async function agedBalance(
  ctx: CoreContext,
  today: IsoDate,
  bounds: AgingBounds,
  clientId?: number,
): Promise<AgedBalance> {
  const definitions = agingBuckets(bounds);
  const items = await agingItemsSql(today, bounds, clientId).execute(ctx.db);
  const advances = await advancesSql(clientId).execute(ctx.db);

  const parts = new Map(items.rows.map((row) => [row.part, row]));
  const buckets = definitions.map((definition, i) => ({
    ...definition,
    amountCents: parts.get(`b${i}`)?.cents ?? 0,
    invoiceCount: parts.get(`b${i}`)?.count ?? 0,
  }));
  const toIssueCents = parts.get('to_issue')?.cents ?? 0;
  const unallocatedCreditsCents = (parts.get('credit_notes')?.cents ?? 0) + (advances.rows[0].cents ?? 0);
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
