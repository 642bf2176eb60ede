import { z } from 'zod';
import { templateLevels, type LetterTemplate, type TemplateLanguage } from '../../shared/contract/reminders.types';
import { optionalText, requiredText } from '../forms/form-schemas';

/** What the template editor edits: an existing template, or a copy not saved yet (no id). */
export interface TemplateDraft {
  id?: number;
  name: string;
  language: TemplateLanguage;
  level: LetterTemplate['level'];
  subject: string;
  body: string;
}

export type TemplateValues = { name: string; language: string; level: string; subject: string; body: string };

export function templateValues(draft: TemplateDraft): TemplateValues {
  return { name: draft.name, language: draft.language, level: draft.level, subject: draft.subject, body: draft.body };
}

export const templateSchema = z.object({
  name: requiredText(200),
  language: z.enum(['fr', 'en']),
  level: z.enum(templateLevels),
  subject: optionalText(300),
  // The body keeps its spaces and blank lines: they are the layout of the letter.
  body: z.string().max(20000, { message: 'tooLong' }),
});

const LANGUAGE_ORDER: TemplateLanguage[] = ['fr', 'en'];

/** French first; courtesy first, formal notice last: the order in which a client receives them. */
export function sortTemplates(templates: LetterTemplate[]): LetterTemplate[] {
  const rank = (t: LetterTemplate) => templateLevels.indexOf(t.level);
  const language = (t: LetterTemplate) => LANGUAGE_ORDER.indexOf(t.language);
  return [...templates].sort((a, b) => language(a) - language(b) || rank(a) - rank(b) || a.name.localeCompare(b.name));
}
