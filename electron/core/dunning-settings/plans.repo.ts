import type { Kysely, Selectable, Transaction } from 'kysely';
import { CoreError } from '../../../shared/contract/errors';
import type { DunningChannel, DunningPlan } from '../../../shared/contract/reminders.types';
import type { DB, DunningPlanTable } from '../db/tables';
import { resolveDefaultPlanId } from './default-plan';

type Db = Kysely<DB> | Transaction<DB>;
type PlanRow = Selectable<DunningPlanTable>;

/** The plan, or a `not_found` error naming the input field that pointed at it. */
export async function requirePlan(db: Db, id: number, field = 'id'): Promise<PlanRow> {
  const row = await db.selectFrom('dunning_plan').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new CoreError('not_found', `Aucun scénario de relance n° ${id}.`, field);
  return row;
}

/** Active clients that chose each plan explicitly; the `null` entry counts those on the default plan. */
async function explicitClientCounts(db: Db): Promise<Map<number | null, number>> {
  const rows = await db
    .selectFrom('client')
    .select(['dunning_plan_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('archived', '=', 0)
    .groupBy('dunning_plan_id')
    .execute();
  return new Map(rows.map((row) => [row.dunning_plan_id, Number(row.n)]));
}

/** Active clients that follow this plan explicitly (archiving it would leave them without one). */
export async function countExplicitClients(db: Db, planId: number): Promise<number> {
  return (await explicitClientCounts(db)).get(planId) ?? 0;
}

/** Plans with their steps in order, the clients following each, and which one is the default. */
export async function listPlans(db: Db, options: { includeArchived: boolean; ids?: number[] }): Promise<DunningPlan[]> {
  let query = db.selectFrom('dunning_plan').selectAll().orderBy('id');
  if (!options.includeArchived) query = query.where('archived', '=', 0);
  if (options.ids) query = query.where('id', 'in', options.ids);
  const plans = await query.execute();
  if (plans.length === 0) return [];
  const steps = await db
    .selectFrom('dunning_step')
    .select(['id', 'plan_id', 'position', 'offset_days', 'channel', 'template_id'])
    .where(
      'plan_id',
      'in',
      plans.map((plan) => plan.id),
    )
    .orderBy('plan_id')
    .orderBy('position')
    .execute();
  const counts = await explicitClientCounts(db);
  const defaultId = await resolveDefaultPlanId(db);
  return plans.map((plan) => {
    const isDefault = plan.id === defaultId;
    return {
      id: plan.id,
      code: plan.code,
      name: plan.name,
      description: plan.description,
      archived: plan.archived === 1,
      steps: steps
        .filter((step) => step.plan_id === plan.id)
        .map((step) => ({
          id: step.id,
          position: step.position,
          offsetDays: step.offset_days,
          channel: step.channel as DunningChannel,
          templateId: step.template_id,
        })),
      clientCount: (counts.get(plan.id) ?? 0) + (isDefault ? (counts.get(null) ?? 0) : 0),
      isDefault,
    };
  });
}

export async function readPlan(db: Db, id: number): Promise<DunningPlan> {
  const [plan] = await listPlans(db, { includeArchived: true, ids: [id] });
  if (!plan) throw new CoreError('not_found', `Aucun scénario de relance n° ${id}.`, 'id');
  return plan;
}
