import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/tables';

type Db = Kysely<DB> | Transaction<DB>;

/** The code of the shipped plan that migration 0004 makes the default. */
const SHIPPED_DEFAULT_CODE = 'standard';

/**
 * The plan of clients that have none of their own. Migration 0004 sets company.default_dunning_plan_id, but a
 * ledger whose company row was written after the migrations ran (new ledgers) can still hold NULL: the shipped
 * standard plan is then the default, so every reader agrees on one plan.
 */
export async function resolveDefaultPlanId(db: Db): Promise<number | null> {
  const company = await db
    .selectFrom('company')
    .select('default_dunning_plan_id')
    .where('id', '=', 1)
    .executeTakeFirst();
  if (company?.default_dunning_plan_id != null) return company.default_dunning_plan_id;
  const shipped = await db
    .selectFrom('dunning_plan')
    .select('id')
    .where('code', '=', SHIPPED_DEFAULT_CODE)
    .where('archived', '=', 0)
    .executeTakeFirst();
  return shipped?.id ?? null;
}
