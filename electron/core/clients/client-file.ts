import { sql } from 'kysely';
import type { ClientFile } from '../../../shared/contract/client-file.types';
import { daysBetween, type IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';
import { isOpen } from '../db/open-amounts';
import { resolveDefaultPlanId } from '../dunning-settings/default-plan';
import { advancesSql, agedBalance, exposureFromAging, readAgingBounds } from '../reports/aging';
import { requireClient, toClient } from './clients.repo';

/** The figures at the top of a client's file, from the same queries as the dashboard so both agree. */
export async function readClientFile(ctx: CoreContext, id: number, today: IsoDate): Promise<ClientFile> {
  const row = await requireClient(ctx.db, id, 'id');
  const exposure = exposureFromAging(await agedBalance(ctx, today, await readAgingBounds(ctx), id));
  const advances = (await advancesSql(id).execute(ctx.db)).rows[0].cents ?? 0;
  const counts = await ctx.db
    .selectFrom('invoice')
    .select([
      sql<number>`COUNT(*)`.as('open_invoices'),
      sql<string | null>`MIN(CASE WHEN due_date < ${today} THEN due_date END)`.as('oldest_due'),
    ])
    .where('client_id', '=', id)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where(isOpen())
    .executeTakeFirstOrThrow();
  const disputes = await ctx.db
    .selectFrom('dispute')
    .select(sql<number>`COUNT(*)`.as('n'))
    .where('client_id', '=', id)
    .where('status', '<>', 'resolved')
    .executeTakeFirstOrThrow();
  const names = await ctx.db
    .selectFrom('client as c')
    .leftJoin('collector as k', 'k.id', 'c.collector_id')
    .leftJoin('dunning_plan as p', 'p.id', 'c.dunning_plan_id')
    .select(['k.name as collector', 'p.name as plan'])
    .where('c.id', '=', id)
    .executeTakeFirstOrThrow();
  const plan = names.plan !== null ? { name: names.plan, isDefault: false } : await defaultPlan(ctx);
  const limit = row.credit_limit_cents;
  return {
    client: toClient(row),
    exposure,
    advancesCents: advances,
    unusedCreditNotesCents: exposure.unallocatedCreditsCents - advances,
    oldestDaysLate: counts.oldest_due ? daysBetween(counts.oldest_due, today) : 0,
    openInvoiceCount: counts.open_invoices,
    activeDisputeCount: disputes.n,
    collectorName: names.collector,
    dunningPlanName: plan?.name ?? null,
    dunningPlanIsDefault: plan?.isDefault ?? false,
    overCreditLimitCents: limit !== null && exposure.totalCents > limit ? exposure.totalCents - limit : 0,
  };
}

/** A client without a plan of its own follows the company's default plan: the file names it as the default. */
async function defaultPlan(ctx: CoreContext): Promise<{ name: string; isDefault: true } | null> {
  const id = await resolveDefaultPlanId(ctx.db);
  if (id === null) return null;
  const plan = await ctx.db.selectFrom('dunning_plan').select('name').where('id', '=', id).executeTakeFirst();
  return plan ? { name: plan.name, isDefault: true } : null;
}
