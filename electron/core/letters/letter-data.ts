import { CoreError } from '../../../shared/contract/errors';
import type { LetterInvoiceLine, LetterTemplate, QueueItem } from '../../../shared/contract/reminders.types';
import { daysBetween, type IsoDate } from '../../../shared/domain/dates';
import {
  computeInvoiceInterest,
  halfYearStartOf,
  indemnityCents,
  penaltyRateOf,
  RateGapError,
  type InterestPeriod,
} from '../../../shared/domain/late-interest';
import type { LetterCompany, LetterData } from '../../../shared/domain/templates/letter-data';
import type { CoreContext } from '../context';
import { INTEREST_LEVELS, loadLetterSettings, type LetterSettings } from './letter-settings';

/** What all the letters of a run share: settings, the letterhead, the images. Read once per run. */
export interface LetterBase {
  settings: LetterSettings;
  company: LetterCompany;
  logo: Buffer | null;
  signature: Buffer | null;
}

export async function loadLetterBase(ctx: CoreContext): Promise<LetterBase> {
  const settings = await loadLetterSettings(ctx);
  const row = await ctx.db.selectFrom('company').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  const cityLine = [row.postal_code, row.city].filter((v) => v !== '').join(' ');
  const country = row.country !== '' && row.country.toUpperCase() !== 'FR' ? [row.country] : [];
  return {
    settings,
    company: {
      name: row.name,
      legalForm: row.legal_form,
      addressLines: [row.address_line1, row.address_line2, cityLine, ...country].filter((v) => v !== ''),
      city: row.city,
      siren: row.siren,
      vatNumber: row.vat_number,
      phone: row.phone,
      email: row.email,
      iban: row.iban,
      bic: row.bic,
      signatoryName: row.signatory_name,
      signatoryTitle: row.signatory_title,
    },
    logo: row.logo_png ? Buffer.from(row.logo_png) : null,
    signature: row.signature_png ? Buffer.from(row.signature_png) : null,
  };
}

/** The invoices a letter lists, as the queue or a preview gives them. */
export type LetterInvoiceInput = Pick<
  LetterInvoiceLine,
  'invoiceId' | 'number' | 'issueDate' | 'dueDate' | 'amountCents' | 'openCents'
>;

export interface LetterSubject {
  client: { id: number; code: string; name: string; addressLines: string[] };
  contact: { name: string; email: string } | null;
  channel: QueueItem['channel'];
  invoices: LetterInvoiceInput[];
}

export function templateOf(base: LetterBase, item: QueueItem): LetterTemplate {
  const template = item.templateId === null ? undefined : base.settings.templates.get(item.templateId);
  if (!template) {
    throw new CoreError(
      'validation',
      `L'étape du scénario « ${item.planName} » de ${item.clientName} (${item.clientCode}) n'a pas de modèle de lettre : choisissez-en un dans Paramètres › Scénarios.`,
      'items',
    );
  }
  return template;
}

/** What a queue item's letter is about; the first address line (the client's name) is the recipient's. */
export function subjectOfItem(item: QueueItem): LetterSubject {
  const [first, ...rest] = item.recipient.addressLines;
  return {
    client: {
      id: item.clientId,
      code: item.clientCode,
      name: item.clientName,
      addressLines: first === item.clientName ? rest : item.recipient.addressLines,
    },
    contact:
      item.recipient.name || item.recipient.email ? { name: item.recipient.name, email: item.recipient.email } : null,
    channel: item.channel,
    invoices: item.invoices,
  };
}

function rateGapToError(error: unknown): never {
  if (error instanceof RateGapError) throw new CoreError('validation', error.message, 'rates');
  throw error;
}

/** The figures of one letter: days late, interest per half-year and indemnity per invoice, totals. */
export function buildLetterData(
  base: LetterBase,
  template: Pick<LetterTemplate, 'language' | 'level'>,
  subject: LetterSubject,
  date: IsoDate,
): LetterData {
  const { settings } = base;
  const showInterest = INTEREST_LEVELS.has(template.level);
  const invoices: LetterInvoiceLine[] = [];
  const periods: InterestPeriod[][] = [];
  for (const invoice of subject.invoices) {
    const daysLate = daysBetween(invoice.dueDate, date);
    let interest = { interestCents: 0, periods: [] as InterestPeriod[] };
    if (showInterest) {
      try {
        interest = computeInvoiceInterest(invoice.openCents, invoice.dueDate, date, settings.rule, settings.tables);
      } catch (error) {
        rateGapToError(error);
      }
    }
    const indemnity = showInterest ? indemnityCents(daysLate, settings.indemnityEnabled) : 0;
    invoices.push({ ...invoice, daysLate, interestCents: interest.interestCents, indemnityCents: indemnity });
    periods.push(interest.periods);
  }
  const sum = (pick: (line: LetterInvoiceLine) => number) => invoices.reduce((total, line) => total + pick(line), 0);
  const openCents = sum((line) => line.openCents);
  const interestCents = sum((line) => line.interestCents);
  const indemnity = sum((line) => line.indemnityCents);
  let currentRateBp: number | null = null;
  try {
    currentRateBp = penaltyRateOf(halfYearStartOf(date), settings.rule, settings.tables);
  } catch (error) {
    if (showInterest) rateGapToError(error);
  }
  return {
    language: template.language,
    level: template.level,
    channel: subject.channel,
    date,
    company: base.company,
    client: subject.client,
    contact: subject.contact,
    invoices,
    periods,
    totals: {
      openCents,
      overdueCents: sum((line) => (line.daysLate > 0 ? line.openCents : 0)),
      interestCents,
      indemnityCents: indemnity,
      claimedCents: openCents + interestCents + indemnity,
    },
    showInterest,
    rule: settings.rule,
    currentRateBp,
    deadlineDays: settings.formalNoticeDeadlineDays,
  };
}
