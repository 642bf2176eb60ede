import type { QueueItem, QueueProblem } from '../../../shared/contract/reminders.types';
import type { IsoDate } from '../../../shared/domain/dates';
import { computeInvoiceInterest, RateGapError } from '../../../shared/domain/late-interest';
import { findUnknownFields } from '../../../shared/domain/templates/merge-fields';
import type { CoreContext } from '../context';
import { INTEREST_LEVELS, loadLetterSettings, type LetterSettings } from './letter-settings';

/**
 * Loads templates and rate tables once, then tells for each queue item what would stop its letter from being
 * produced (unknown merge field, ECB or legal rate missing for a period).
 */
export async function createLetterChecker(
  ctx: CoreContext,
  today: IsoDate,
): Promise<(item: QueueItem) => QueueProblem[]> {
  const settings = await loadLetterSettings(ctx);
  return (item) => {
    const problems: QueueProblem[] = [];
    const template = item.templateId === null ? undefined : settings.templates.get(item.templateId);
    if (template) {
      const unknown = [...findUnknownFields(template.subject), ...findUnknownFields(template.body)];
      if (unknown.length > 0) {
        const names = [...new Set(unknown)].map((key) => `{{${key}}}`).join(', ');
        problems.push({
          code: 'template',
          message: `Le modèle « ${template.name} » contient un champ inconnu : ${names}. Corrigez-le dans Paramètres › Modèles.`,
        });
      }
    }
    const level = template?.level ?? item.level;
    if (level && INTEREST_LEVELS.has(level)) {
      const gap = firstRateGap(item, today, settings);
      if (gap) problems.push({ code: gap.table, message: gap.message });
    }
    return problems;
  };
}

/** The first half-year of the item's invoices that the rate tables cannot price, if any. */
function firstRateGap(item: QueueItem, date: IsoDate, settings: LetterSettings): RateGapError | null {
  for (const invoice of item.invoices) {
    try {
      computeInvoiceInterest(invoice.openCents, invoice.dueDate, date, settings.rule, settings.tables);
    } catch (error) {
      if (error instanceof RateGapError) return error;
      throw error;
    }
  }
  return null;
}
