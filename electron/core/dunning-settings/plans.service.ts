import { sql, type Kysely, type Transaction } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract/contract';
import { CoreError } from '../../../shared/contract/errors';
import type { DunningChannel, DunningPlan } from '../../../shared/contract/reminders.types';
import { recordActivity } from '../activity';
import { requireClient } from '../clients/clients.repo';
import type { DB } from '../db/tables';
import { resolveDefaultPlanId } from './default-plan';
import { countExplicitClients, readPlan, requirePlan } from './plans.repo';

type Db = Kysely<DB> | Transaction<DB>;
type PlanInput = ParsedInputOf<'dunningPlans.save'>;
type StepInput = PlanInput['steps'][number];

const touch = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

const CHANNEL_NAMES: Record<DunningChannel, string> = {
  email: 'e-mail',
  letter: 'courrier',
  registered_letter: 'lettre recommandée',
  call: 'appel',
  litigation: 'contentieux',
};

/** « J-5 », « J+7 »: how a step's day reads in the plan editor. */
function dayLabel(offsetDays: number): string {
  return offsetDays < 0 ? `J${offsetDays}` : `J+${offsetDays}`;
}

function stepLabel(index: number, step: StepInput): string {
  return `L'étape ${index + 1} (${CHANNEL_NAMES[step.channel]}, ${dayLabel(step.offsetDays)})`;
}

async function requireCodeFree(db: Db, code: string, exceptId?: number): Promise<void> {
  let query = db.selectFrom('dunning_plan').select('id').where('code', '=', code);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) {
    throw new CoreError('conflict', `Un scénario de relance porte déjà le code « ${code} ».`, 'code');
  }
}

/** Offsets distinct; a template for every step but a call, and one that exists. */
async function checkSteps(db: Db, steps: StepInput[]): Promise<void> {
  const firstAt = new Map<number, number>();
  steps.forEach((step, index) => {
    const first = firstAt.get(step.offsetDays);
    if (first !== undefined) {
      throw new CoreError(
        'validation',
        `Les étapes ${first + 1} et ${index + 1} tombent toutes deux à ${dayLabel(step.offsetDays)} : ` +
          'une seule étape par jour du scénario.',
        `steps.${index}.offsetDays`,
      );
    }
    firstAt.set(step.offsetDays, index);
  });
  const templateIds = [...new Set(steps.flatMap((step) => (step.templateId === null ? [] : [step.templateId])))];
  const known = new Set(
    templateIds.length === 0
      ? []
      : (await db.selectFrom('letter_template').select('id').where('id', 'in', templateIds).execute()).map((t) => t.id),
  );
  for (const [index, step] of steps.entries()) {
    if (step.templateId === null && step.channel !== 'call') {
      throw new CoreError(
        'validation',
        `${stepLabel(index, step)} demande un modèle de lettre.`,
        `steps.${index}.templateId`,
      );
    }
    if (step.templateId !== null && !known.has(step.templateId)) {
      throw new CoreError(
        'not_found',
        `${stepLabel(index, step)} : aucun modèle de lettre n° ${step.templateId}.`,
        `steps.${index}.templateId`,
      );
    }
  }
}

/**
 * Creates or replaces a plan and its steps. Steps are deleted and written again in offset order (positions
 * 1..n are UNIQUE per plan); reminders done keep their history, their step_id is set to NULL by the schema.
 */
export async function savePlan(db: Kysely<DB>, input: PlanInput): Promise<DunningPlan> {
  return db.transaction().execute(async (trx) => {
    if (input.id !== undefined) await requirePlan(trx, input.id, 'id');
    await requireCodeFree(trx, input.code, input.id);
    await checkSteps(trx, input.steps);

    const fields = { code: input.code, name: input.name, description: input.description };
    let planId = input.id;
    if (planId === undefined) {
      planId = (await trx.insertInto('dunning_plan').values(fields).returning('id').executeTakeFirstOrThrow()).id;
    } else {
      await trx
        .updateTable('dunning_plan')
        .set({ ...fields, updated_at: touch })
        .where('id', '=', planId)
        .execute();
      await trx.deleteFrom('dunning_step').where('plan_id', '=', planId).execute();
    }
    const ordered = [...input.steps].sort((a, b) => a.offsetDays - b.offsetDays);
    await trx
      .insertInto('dunning_step')
      .values(
        ordered.map((step, index) => ({
          plan_id: planId,
          position: index + 1,
          offset_days: step.offsetDays,
          channel: step.channel,
          template_id: step.templateId,
        })),
      )
      .execute();
    return readPlan(trx, planId);
  });
}

export async function archivePlan(db: Kysely<DB>, id: number, archived: boolean): Promise<DunningPlan> {
  return db.transaction().execute(async (trx) => {
    const plan = await requirePlan(trx, id, 'id');
    if (archived) {
      if (id === (await resolveDefaultPlanId(trx))) {
        throw new CoreError(
          'validation',
          `« ${plan.name} » est le scénario par défaut : choisissez-en un autre par défaut avant de l'archiver.`,
          'id',
        );
      }
      const followers = await countExplicitClients(trx, id);
      if (followers > 0) {
        const who = followers === 1 ? '1 client suit' : `${followers} clients suivent`;
        throw new CoreError(
          'validation',
          `${who} le scénario « ${plan.name} » : affectez-leur un autre scénario avant de l'archiver.`,
          'id',
        );
      }
    }
    await trx
      .updateTable('dunning_plan')
      .set({ archived: archived ? 1 : 0, updated_at: touch })
      .where('id', '=', id)
      .execute();
    return readPlan(trx, id);
  });
}

/** The plan a client follows; null sends it back to the default plan. Recorded in its timeline. */
export async function assignPlan(db: Kysely<DB>, clientId: number, planId: number | null): Promise<null> {
  return db.transaction().execute(async (trx) => {
    const client = await requireClient(trx, clientId, 'clientId');
    let summary: string;
    if (planId === null) {
      const defaultId = await resolveDefaultPlanId(trx);
      const name = defaultId === null ? null : (await requirePlan(trx, defaultId)).name;
      summary = name === null ? 'Scénario de relance : par défaut' : `Scénario de relance : ${name} (par défaut)`;
    } else {
      const plan = await requirePlan(trx, planId, 'planId');
      if (plan.archived) {
        throw new CoreError(
          'validation',
          `Le scénario « ${plan.name} » est archivé : il ne peut plus être suivi.`,
          'planId',
        );
      }
      summary = `Scénario de relance : ${plan.name}`;
    }
    if (client.dunning_plan_id === planId) return null;
    await trx
      .updateTable('client')
      .set({ dunning_plan_id: planId, updated_at: touch })
      .where('id', '=', clientId)
      .execute();
    await recordActivity(trx, { clientId, kind: 'client.updated', summary, data: { dunningPlanId: planId } });
    return null;
  });
}
