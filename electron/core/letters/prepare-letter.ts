import { CoreError } from '../../../shared/contract/errors';
import type { ComposedLetter, LetterTemplate, QueueItem } from '../../../shared/contract/reminders.types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { LetterData } from '../../../shared/domain/templates/letter-data';
import { mergeTemplate, TemplateFieldError } from '../../../shared/domain/templates/merge';
import { buildMergeValues } from '../../../shared/domain/templates/merge-values';
import { buildLetterData, subjectOfItem, templateOf, type LetterBase, type LetterSubject } from './letter-data';

export interface PreparedLetter {
  template: Pick<LetterTemplate, 'name' | 'language' | 'level' | 'subject' | 'body'>;
  letter: ComposedLetter;
  data: LetterData;
}

/** Merges a template for one recipient; an unknown field becomes a validation error naming it. */
export function prepareLetter(
  base: LetterBase,
  template: PreparedLetter['template'],
  subject: LetterSubject,
  date: IsoDate,
  field?: string,
): PreparedLetter {
  const data = buildLetterData(base, template, subject, date);
  try {
    return { template, letter: mergeTemplate(template.subject, template.body, buildMergeValues(data)), data };
  } catch (error) {
    if (error instanceof TemplateFieldError) {
      const where = field ?? error.where;
      const message = field ? `Modèle « ${template.name} » : ${error.message}` : error.message;
      throw new CoreError('validation', message, where);
    }
    throw error;
  }
}

/** The letter of a queue item, as it will be printed or attached. */
export function prepareItemLetter(base: LetterBase, item: QueueItem, date: IsoDate, field: string): PreparedLetter {
  return prepareLetter(base, templateOf(base, item), subjectOfItem(item), date, field);
}
