import { sql, type Kysely, type Transaction } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract/contract';
import { CoreError } from '../../../shared/contract/errors';
import type { LegalRate, PenaltySettings } from '../../../shared/contract/reminders.types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';
import type { DB } from '../db/tables';
import { resolveDefaultPlanId } from './default-plan';
import { requirePlan } from './plans.repo';
import { formatRateBp, halfYearLabel, halfYearStartOf } from './rate-text';
import { legalRateFor } from './rates.service';

type Db = Kysely<DB> | Transaction<DB>;
type PenaltiesUpdate = ParsedInputOf<'penalties.update'>;

/** A contractual penalty rate may not be lower than 3 × the legal interest rate (L441-10 II). */
const FLOOR_MULTIPLE = 3;

interface Floor {
  floorBp: number;
  legal: LegalRate;
  /** Where the legal rate comes from, in words: the half-year, or the latest known before it. */
  source: string;
}

/** The floor for the half-year containing `today`, or null when no legal rate is known that early. */
async function floorOn(db: Db, today: IsoDate): Promise<Floor | null> {
  const halfYear = halfYearStartOf(today);
  const legal = await legalRateFor(db, halfYear);
  if (!legal) return null;
  const source =
    legal.halfYearStart === halfYear
      ? halfYearLabel(halfYear)
      : `${halfYearLabel(legal.halfYearStart)}, dernier taux connu pour le ${halfYearLabel(halfYear)}`;
  return { floorBp: legal.professionalRateBp * FLOOR_MULTIPLE, legal, source };
}

function belowFloorText(rateBp: number, floor: Floor): string {
  return (
    `Le taux contractuel de ${formatRateBp(rateBp)} est inférieur au plancher de ${formatRateBp(floor.floorBp)} : ` +
    `3 × le taux d'intérêt légal de ${formatRateBp(floor.legal.professionalRateBp)} (${floor.source}).`
  );
}

async function floorWarning(db: Db, rateBp: number, today: IsoDate): Promise<string | null> {
  const floor = await floorOn(db, today);
  if (!floor) {
    return (
      `Aucun taux d'intérêt légal connu pour le ${halfYearLabel(halfYearStartOf(today))} : ` +
      `le plancher de 3 × le taux légal ne peut pas être vérifié.`
    );
  }
  return rateBp < floor.floorBp ? belowFloorText(rateBp, floor) : null;
}

export async function readPenalties(db: Db, today: IsoDate): Promise<PenaltySettings> {
  const row = await db.selectFrom('company').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) throw new CoreError('invalid_ledger', 'The ledger has no company settings.');
  const rule = row.penalty_rule as PenaltySettings['rule'];
  const rate = row.contractual_rate_bp;
  return {
    rule,
    contractualRateBp: rate,
    recoveryIndemnityEnabled: row.recovery_indemnity_enabled === 1,
    minimumDunningCents: row.minimum_dunning_cents,
    paymentsStaleDays: row.payments_stale_days,
    formalNoticeDeadlineDays: row.formal_notice_deadline_days,
    promiseGraceDays: row.promise_grace_days,
    defaultDunningPlanId: await resolveDefaultPlanId(db),
    floorWarning: rule === 'contractual' && rate !== null ? await floorWarning(db, rate, today) : null,
  };
}

/** Checks the rule and rate that would result from the update; refuses a rate below the floor. */
async function checkContractualRate(db: Db, input: PenaltiesUpdate, current: PenaltySettings, today: IsoDate) {
  const rule = input.rule ?? current.rule;
  const rate = input.contractualRateBp !== undefined ? input.contractualRateBp : current.contractualRateBp;
  if (rule === 'contractual' && rate === null) {
    throw new CoreError(
      'validation',
      'La règle « taux contractuel » demande un taux : indiquez le taux prévu par vos conditions générales.',
      'contractualRateBp',
    );
  }
  // A rate newly given, or a stored one the rule now starts to use, must respect today's floor.
  const rateNowUsed =
    input.contractualRateBp != null || (input.rule === 'contractual' && current.rule !== 'contractual');
  if (rate === null || !rateNowUsed) return;
  const floor = await floorOn(db, today);
  if (floor && rate < floor.floorBp) {
    throw new CoreError('validation', belowFloorText(rate, floor), 'contractualRateBp');
  }
}

async function checkDefaultPlan(db: Db, planId: number): Promise<void> {
  const plan = await requirePlan(db, planId, 'defaultDunningPlanId');
  if (plan.archived) {
    throw new CoreError(
      'validation',
      `Le scénario « ${plan.name} » est archivé : restaurez-le avant d'en faire le scénario par défaut.`,
      'defaultDunningPlanId',
    );
  }
}

const columnOf = {
  rule: 'penalty_rule',
  contractualRateBp: 'contractual_rate_bp',
  minimumDunningCents: 'minimum_dunning_cents',
  paymentsStaleDays: 'payments_stale_days',
  formalNoticeDeadlineDays: 'formal_notice_deadline_days',
  promiseGraceDays: 'promise_grace_days',
  defaultDunningPlanId: 'default_dunning_plan_id',
} as const;

export async function updatePenalties(ctx: CoreContext, input: PenaltiesUpdate): Promise<PenaltySettings> {
  const today = ctx.today();
  return ctx.db.transaction().execute(async (trx) => {
    const current = await readPenalties(trx, today);
    await checkContractualRate(trx, input, current, today);
    if (input.defaultDunningPlanId !== undefined) await checkDefaultPlan(trx, input.defaultDunningPlanId);

    const values: Record<string, unknown> = {};
    for (const [key, column] of Object.entries(columnOf)) {
      const value = input[key as keyof typeof columnOf];
      if (value !== undefined) values[column] = value;
    }
    if (input.recoveryIndemnityEnabled !== undefined) {
      values.recovery_indemnity_enabled = input.recoveryIndemnityEnabled ? 1 : 0;
    }
    if (Object.keys(values).length > 0) {
      await trx
        .updateTable('company')
        .set({ ...values, updated_at: sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')` })
        .where('id', '=', 1)
        .execute();
    }
    return readPenalties(trx, today);
  });
}
