import type { CallScript, CallSheetInvoice } from '../../../shared/contract/calls.types';
import type { IsoDate } from '../../../shared/domain/dates';
import { longDate, money, shortDate } from '../../../shared/domain/templates/letter-format';
import { TEXT_FIELD_KEYS } from '../../../shared/domain/templates/merge-fields';
import { mergeTemplate, TemplateFieldError, type MergeValues } from '../../../shared/domain/templates/merge';
import type { CoreContext } from '../context';

export interface ScriptFacts {
  client: { code: string; name: string; addressLines: string[] };
  /** Who calls: the client's collector, else the company's signatory. */
  callerName: string;
  contactName: string;
  invoices: CallSheetInvoice[];
  today: IsoDate;
}

/** The call step's template, else the first French call script (shipped: fr.call_script). */
async function scriptTemplate(ctx: CoreContext, templateId: number | null) {
  const query = ctx.db.selectFrom('letter_template').select(['id', 'subject', 'body', 'language']);
  const own = templateId === null ? undefined : await query.where('id', '=', templateId).executeTakeFirst();
  return (
    own ??
    (await query
      .where('level', '=', 'call_script')
      .orderBy((eb) => eb.case().when('language', '=', 'fr').then(0).else(1).end())
      .orderBy('id')
      .executeTakeFirst())
  );
}

/**
 * The short script shown on the call sheet, merged like a letter (same fields; the blocks become lines of
 * text). A template with an unknown field gives its error as the script's only paragraph rather than no sheet.
 */
export async function callScript(
  ctx: CoreContext,
  templateId: number | null,
  facts: ScriptFacts,
): Promise<CallScript | null> {
  const template = await scriptTemplate(ctx, templateId);
  if (!template) return null;
  const lang = template.language === 'en' ? 'en' : 'fr';
  const company = await ctx.db.selectFrom('company').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const overdue = facts.invoices.filter((i) => i.daysLate > 0);
  const values = Object.fromEntries(TEXT_FIELD_KEYS.map((key) => [key, ''])) as MergeValues;
  Object.assign(values, {
    'client.name': facts.client.name,
    'client.code': facts.client.code,
    'client.address': facts.client.addressLines.join(', '),
    'contact.name': facts.contactName || (lang === 'fr' ? 'la personne en charge des règlements' : 'accounts payable'),
    'company.name': company.name,
    'company.phone': company.phone,
    'company.email': company.email,
    'company.iban': company.iban,
    'company.bic': company.bic,
    'signatory.name': facts.callerName || company.signatory_name,
    'signatory.title': company.signatory_title,
    'letter.date': longDate(facts.today, lang),
    'letter.place': company.city,
    'invoices.count': String(overdue.length),
    'total.open': money(
      facts.invoices.reduce((sum, i) => sum + i.openCents, 0),
      lang,
    ),
    'total.overdue': money(
      overdue.reduce((sum, i) => sum + i.openCents, 0),
      lang,
    ),
  } satisfies Partial<MergeValues>);
  try {
    const letter = mergeTemplate(template.subject, template.body, values);
    const paragraphs = letter.parts.flatMap((part) => {
      if (part.kind === 'paragraph') return [part.text];
      if (part.kind === 'invoices')
        return overdue.map(
          (i) =>
            `${i.number} — ${i.dueDate ? shortDate(i.dueDate) : ''} — ${money(i.openCents, lang)} (${i.daysLate} j)`,
        );
      return [];
    });
    return { templateId: template.id, subject: letter.subject, paragraphs };
  } catch (error) {
    if (!(error instanceof TemplateFieldError)) throw error;
    return { templateId: template.id, subject: template.subject, paragraphs: [error.message] };
  }
}
