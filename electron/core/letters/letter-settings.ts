import type { LetterTemplate, TemplateLanguage, TemplateLevel } from '../../../shared/contract/reminders.types';
import type { PenaltyRule, RateTables } from '../../../shared/domain/late-interest';
import type { CoreContext } from '../context';

/** What every letter of a run shares, read once: penalty rule, rate tables, the templates by id. */
export interface LetterSettings {
  rule: PenaltyRule;
  indemnityEnabled: boolean;
  formalNoticeDeadlineDays: number;
  tables: RateTables;
  templates: Map<number, LetterTemplate>;
}

export async function loadLetterSettings(ctx: CoreContext): Promise<LetterSettings> {
  const company = await ctx.db
    .selectFrom('company')
    .select(['penalty_rule', 'contractual_rate_bp', 'recovery_indemnity_enabled', 'formal_notice_deadline_days'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  const ecb = await ctx.db
    .selectFrom('ecb_rate')
    .select(['effective_date', 'rate_bp'])
    .orderBy('effective_date')
    .execute();
  const legal = await ctx.db
    .selectFrom('legal_rate')
    .select(['half_year_start', 'professional_rate_bp', 'consumer_rate_bp'])
    .orderBy('half_year_start')
    .execute();
  const templateRows = await ctx.db.selectFrom('letter_template').selectAll().execute();
  return {
    rule: {
      rule: company.penalty_rule === 'contractual' ? 'contractual' : 'ecb_plus_10',
      contractualRateBp: company.contractual_rate_bp,
    },
    indemnityEnabled: company.recovery_indemnity_enabled === 1,
    formalNoticeDeadlineDays: company.formal_notice_deadline_days,
    tables: {
      ecb: ecb.map((row) => ({ effectiveDate: row.effective_date, rateBp: row.rate_bp })),
      legal: legal.map((row) => ({
        halfYearStart: row.half_year_start,
        professionalRateBp: row.professional_rate_bp,
        consumerRateBp: row.consumer_rate_bp,
      })),
    },
    templates: new Map(
      templateRows.map((row) => [
        row.id,
        {
          id: row.id,
          code: row.code,
          name: row.name,
          language: row.language as TemplateLanguage,
          level: row.level as TemplateLevel,
          subject: row.subject,
          body: row.body,
          updatedAt: row.updated_at,
        },
      ]),
    ),
  };
}

/** Levels whose letters show late interest (and so need the rate tables). */
export const INTEREST_LEVELS: ReadonlySet<TemplateLevel> = new Set(['reminder_2', 'formal_notice', 'statement']);

/** Paper channels get a PDF letter; litigation hands over a statement of account. */
export function isPaperChannel(channel: string): boolean {
  return channel === 'letter' || channel === 'registered_letter' || channel === 'litigation';
}
