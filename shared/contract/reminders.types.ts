import type { IsoDate } from '../domain/dates';

/** Results of the reminders methods (issue 4). Money in cents, dates ISO, JSON-safe. */

export const dunningChannels = ['email', 'letter', 'registered_letter', 'call', 'litigation'] as const;
export type DunningChannel = (typeof dunningChannels)[number];

export const templateLevels = [
  'courtesy',
  'reminder_1',
  'reminder_2',
  'formal_notice',
  'statement',
  'call_script',
  'other',
] as const;
export type TemplateLevel = (typeof templateLevels)[number];

export type TemplateLanguage = 'fr' | 'en';

export interface PenaltySettings {
  /** `ecb_plus_10`: ECB rate in force on 1 January / 1 July + 10 points; `contractual`: the rate below. */
  rule: 'ecb_plus_10' | 'contractual';
  contractualRateBp: number | null;
  /** 40 € per invoice paid late (D441-5). */
  recoveryIndemnityEnabled: boolean;
  /** Clients whose amount to chase is below this are not chased. */
  minimumDunningCents: number;
  /** Warn before a run when the last recorded payment is older than this. */
  paymentsStaleDays: number;
  /** Deadline given in a mise en demeure (8 or 15 days usually). */
  formalNoticeDeadlineDays: number;
  /** A promise to pay pauses reminders until its date plus this many days. */
  promiseGraceDays: number;
  /** The plan of clients that have none of their own. */
  defaultDunningPlanId: number | null;
  /** Set when the contractual rate is below 3 × the legal interest rate of the current half-year. */
  floorWarning: string | null;
}

export interface EcbRate {
  effectiveDate: IsoDate;
  rateBp: number;
}

export interface LegalRate {
  /** YYYY-01-01 or YYYY-07-01. */
  halfYearStart: IsoDate;
  professionalRateBp: number;
  consumerRateBp: number;
}

export interface DunningStep {
  id: number;
  position: number;
  /** Days from the due date; negative = courtesy reminder before it. */
  offsetDays: number;
  channel: DunningChannel;
  templateId: number | null;
}

export interface DunningPlan {
  id: number;
  code: string;
  name: string;
  description: string;
  archived: boolean;
  steps: DunningStep[];
  /** Clients following it (explicitly, or by default for the default plan). */
  clientCount: number;
  isDefault: boolean;
}

export interface LetterTemplate {
  id: number;
  code: string;
  name: string;
  language: TemplateLanguage;
  level: TemplateLevel;
  subject: string;
  body: string;
  updatedAt: string;
}

export interface MergeFieldInfo {
  key: string;
  /** Block fields stand alone on their line and become a table or a block. */
  block: boolean;
}

/** A letter merged from a template, before layout: what the live preview and the PDF both show. */
export interface ComposedLetter {
  subject: string;
  /** In order: paragraphs of text, or the blocks the template placed. */
  parts: Array<{ kind: 'paragraph'; text: string } | { kind: 'invoices' } | { kind: 'totals' } | { kind: 'payment' }>;
}

export interface LetterInvoiceLine {
  invoiceId: number;
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  amountCents: number;
  openCents: number;
  daysLate: number;
  /** Late interest on the open amount up to the letter's date (formal notice, statements). */
  interestCents: number;
  indemnityCents: number;
}

export interface LetterTotals {
  openCents: number;
  overdueCents: number;
  interestCents: number;
  indemnityCents: number;
  claimedCents: number;
}

export interface TemplatePreview {
  letter: ComposedLetter;
  invoices: LetterInvoiceLine[];
  totals: LetterTotals;
}

export type QueueProblemCode = 'no_address' | 'no_email' | 'no_template' | 'template' | 'ecb_rate' | 'legal_rate';

export interface QueueProblem {
  code: QueueProblemCode;
  message: string;
}

export interface QueueInvoice {
  invoiceId: number;
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  amountCents: number;
  openCents: number;
  /** Negative before the due date (courtesy reminders). */
  daysLate: number;
  /** The step this invoice reaches with this action. */
  offsetDays: number;
}

/** One action of the day: one client, one channel, all the invoices concerned. */
export interface QueueItem {
  clientId: number;
  clientCode: string;
  clientName: string;
  planId: number;
  planName: string;
  /** The most advanced step among the invoices: its template is the letter's. */
  stepId: number;
  offsetDays: number;
  channel: DunningChannel;
  templateId: number | null;
  level: TemplateLevel | null;
  invoices: QueueInvoice[];
  totalOpenCents: number;
  /** The billing contact's email (email channel) and the postal address lines (letters). */
  recipient: { name: string; email: string; addressLines: string[] };
  /** Blocking problems: the item cannot be generated until they are fixed. */
  problems: QueueProblem[];
}

export interface ReminderQueue {
  today: IsoDate;
  items: QueueItem[];
  /** Clients left out today, and why (overdue clients only). */
  excluded: { disputed: number; promised: number; belowMinimum: number; postponed: number };
  lastPaymentDate: IsoDate | null;
  /** True when the last recorded payment is older than the configured number of days (or none). */
  paymentsStale: boolean;
  paymentsStaleDays: number;
}

export interface ReminderRecord {
  id: number;
  clientId: number;
  clientCode: string;
  clientName: string;
  date: IsoDate;
  status: 'done' | 'skipped';
  channel: DunningChannel;
  offsetDays: number;
  level: TemplateLevel | null;
  invoiceNumbers: string[];
  openCents: number;
  interestCents: number;
  indemnityCents: number;
  documentPath: string | null;
  emailPath: string | null;
  trackingNumber: string | null;
}

export interface GeneratedDocument {
  clientId: number;
  channel: DunningChannel;
  reminderId: number;
  pdfPath: string | null;
  emlPath: string | null;
}

export interface ReminderRun {
  outDir: string;
  /** All the run's letters in one print-ready PDF (null when the run produced no letter). */
  combinedPdfPath: string | null;
  documents: GeneratedDocument[];
  letterCount: number;
  emailCount: number;
}
