import type { TemplateLanguage, TemplateLevel, TemplatePreview } from '../../../shared/contract/reminders.types';
import { addDays, type IsoDate } from '../../../shared/domain/dates';
import { requireClient } from '../clients/clients.repo';
import type { CoreContext } from '../context';
import { isOpen, openCents } from '../db/open-amounts';
import { loadRecipients } from '../reminders/recipients';
import { loadLetterBase, type LetterInvoiceInput, type LetterSubject } from './letter-data';
import { prepareLetter } from './prepare-letter';

export interface TemplatePreviewInput {
  subject: string;
  body: string;
  level: TemplateLevel;
  language: TemplateLanguage;
  clientId?: number;
  today: IsoDate;
}

function channelOf(level: TemplateLevel): LetterSubject['channel'] {
  if (level === 'formal_notice') return 'registered_letter';
  if (level === 'courtesy') return 'email';
  return 'letter';
}

/** A made-up client with two late invoices, for templates previewed without a client. */
function sampleSubject(level: TemplateLevel, today: IsoDate): LetterSubject {
  const late = level === 'courtesy' ? -5 : 1;
  return {
    client: { id: 0, code: 'C-EXEMPLE', name: 'Client Exemple SARL', addressLines: ['8 rue des Lilas', '69003 Lyon'] },
    contact: { name: 'Claire Exemple', email: 'compta@client-exemple.fr' },
    channel: channelOf(level),
    invoices: [
      {
        invoiceId: 0,
        number: 'FA-EX-001',
        issueDate: addDays(today, -95),
        dueDate: addDays(today, -50 * late),
        amountCents: 150000,
        openCents: 150000,
      },
      {
        invoiceId: 0,
        number: 'FA-EX-002',
        issueDate: addDays(today, -70),
        dueDate: addDays(today, -25 * late),
        amountCents: 84250,
        openCents: 42125,
      },
    ],
  };
}

/** The client's invoices a letter of that level would list: not yet due for a courtesy reminder, else overdue. */
async function clientInvoices(ctx: CoreContext, clientId: number, level: TemplateLevel, today: IsoDate) {
  const rows = await ctx.db
    .selectFrom('invoice')
    .select(['id', 'number', 'issue_date', 'due_date', 'amount_cents', openCents().as('open_cents')])
    .where('client_id', '=', clientId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where(isOpen())
    .where('due_date', 'is not', null)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
  const lines: LetterInvoiceInput[] = rows.map((row) => ({
    invoiceId: row.id,
    number: row.number,
    issueDate: row.issue_date ?? row.due_date!,
    dueDate: row.due_date!,
    amountCents: row.amount_cents,
    openCents: row.open_cents,
  }));
  const wanted = lines.filter((line) => (level === 'courtesy' ? line.dueDate >= today : line.dueDate < today));
  return wanted.length > 0 ? wanted : lines;
}

/** Merges a template being edited with a client's figures (or the sample client's). */
export async function previewTemplate(ctx: CoreContext, input: TemplatePreviewInput): Promise<TemplatePreview> {
  const base = await loadLetterBase(ctx);
  let subject = sampleSubject(input.level, input.today);
  if (input.clientId !== undefined) {
    await requireClient(ctx.db, input.clientId);
    const recipient = (await loadRecipients(ctx, [input.clientId])).get(input.clientId)!;
    const [first, ...rest] = recipient.addressLines;
    subject = {
      client: {
        id: recipient.clientId,
        code: recipient.code,
        name: recipient.name,
        addressLines: first === recipient.name ? rest : recipient.addressLines,
      },
      contact:
        recipient.contactName || recipient.email ? { name: recipient.contactName, email: recipient.email } : null,
      channel: channelOf(input.level),
      invoices: await clientInvoices(ctx, input.clientId, input.level, input.today),
    };
  }
  const template = {
    name: 'aperçu',
    language: input.language,
    level: input.level,
    subject: input.subject,
    body: input.body,
  };
  const { letter, data } = prepareLetter(base, template, subject, input.today);
  return { letter, invoices: data.invoices, totals: data.totals };
}
