import type { IsoDate } from '../domain/dates';
import type { Cents } from '../domain/money';
import type { Dispute, TimelineEntry } from './client-file.types';

/** Phone follow-up (issue 5): the day's call list, the call sheet, the call log, promises, collectors' figures. */

export const callOutcomes = [
  'reached',
  'voicemail',
  'unreachable',
  'promise',
  'dispute',
  'already_paid',
  'wrong_number',
  'call_back',
] as const;
export type CallOutcome = (typeof callOutcomes)[number];

/** Outcomes where someone answered: the reached rate, the best number, "collected within 30 days of a contact". */
export const reachedOutcomes: readonly CallOutcome[] = ['reached', 'promise', 'dispute', 'already_paid', 'call_back'];

/** open = pending (pauses the client's reminders until its date + grace days); then kept, broken or cancelled. */
export const promiseStatuses = ['open', 'kept', 'broken', 'cancelled'] as const;
export type PromiseStatus = (typeof promiseStatuses)[number];

/** A number that can be dialled: as written, in E.164 and as a `tel:` link. */
export interface DialNumber {
  number: string;
  e164: string;
  tel: string;
  /** Readable form: `01 23 45 67 89` for a French number, E.164 otherwise. */
  display: string;
  kind: 'phone' | 'mobile';
  contactId: number | null;
  contactName: string;
}

/** Why a client is on today's call list (a client may have several). */
export type CallReason =
  | {
      kind: 'call_step';
      stepId: number | null;
      offsetDays: number;
      planName: string;
      /** The step's template (a call script), if it has one. */
      templateId: number | null;
      invoiceIds: number[];
    }
  | { kind: 'callback'; callId: number; dueDate: IsoDate; note: string }
  | { kind: 'broken_promise'; promiseId: number; promisedDate: IsoDate; amountCents: Cents; brokenOn: IsoDate }
  | { kind: 'credit_limit'; exposureCents: Cents; creditLimitCents: Cents };

/**
 * The rank of a row, as points the user can read: score = the sum of the four parts.
 * overdue: 10 points per tenfold of the overdue euros (100 € → 20, 1 000 € → 30, 10 000 € → 40), at most 60;
 * lateness: 1 point per 3 days of the oldest overdue invoice, at most 40; broken promises: 15 per promise
 * broken in the last 365 days, at most 45; credit limit: 15 when the encours exceeds it.
 */
export interface CallPriority {
  score: number;
  overduePoints: number;
  latenessPoints: number;
  brokenPromisePoints: number;
  creditLimitPoints: number;
}

export interface LastAction {
  kind: string;
  occurredAt: string;
  summary: string;
}

export interface CallListRow {
  clientId: number;
  clientCode: string;
  clientName: string;
  collectorId: number | null;
  collectorName: string;
  /** The best number to call (last one that reached someone, else the billing contact's), or null. */
  phone: DialNumber | null;
  overdueCents: Cents;
  oldestDaysLate: number;
  exposureCents: Cents;
  creditLimitCents: Cents | null;
  /** Promises broken in the last 365 days. */
  brokenPromises: number;
  lastAction: LastAction | null;
  reasons: CallReason[];
  priority: CallPriority;
}

export interface CallList {
  today: IsoDate;
  collectorId: number | null;
  /** Highest priority first. */
  rows: CallListRow[];
  totalOverdueCents: Cents;
}

export interface CallLogEntry {
  id: number;
  clientId: number;
  contactId: number | null;
  contactName: string;
  phone: string;
  tel: string;
  callDate: IsoDate;
  calledAt: string;
  outcome: CallOutcome;
  note: string;
  nextActionDate: IsoDate | null;
  collectorId: number | null;
  collectorName: string;
  promiseId: number | null;
  disputeId: number | null;
  /** The dunning plan's call step this call fulfilled, if one was due. */
  reminderId: number | null;
}

export interface PromiseInvoiceRef {
  invoiceId: number;
  number: string;
  openCents: Cents;
}

export interface PromiseToPay {
  id: number;
  clientId: number;
  clientCode: string;
  clientName: string;
  createdOn: IsoDate;
  promisedDate: IsoDate;
  amountCents: Cents;
  /** Last day payments count for it: promised date + the company's grace days. */
  graceEndsOn: IsoDate;
  /** Payments of the client counted for it so far (from createdOn to graceEndsOn and today). */
  paidCents: Cents;
  status: PromiseStatus;
  /** The day it was found kept or broken. */
  settledOn: IsoDate | null;
  collectorId: number | null;
  note: string;
  invoices: PromiseInvoiceRef[];
}

export interface PromiseList {
  today: IsoDate;
  promises: PromiseToPay[];
  totalCents: Cents;
}

export interface CallSheetInvoice {
  invoiceId: number;
  number: string;
  issueDate: IsoDate | null;
  dueDate: IsoDate | null;
  amountCents: Cents;
  openCents: Cents;
  /** 0 when not yet due. */
  daysLate: number;
  disputed: boolean;
}

export interface CallScript {
  templateId: number;
  subject: string;
  paragraphs: string[];
}

export interface CallSheet {
  today: IsoDate;
  client: {
    id: number;
    code: string;
    name: string;
    archived: boolean;
    collectorId: number | null;
    collectorName: string;
    creditLimitCents: Cents | null;
    exposureCents: Cents;
    overdueCents: Cents;
    oldestDaysLate: number;
  };
  /** Every dialable number of the client's active contacts, best first. */
  phones: DialNumber[];
  /** Numbers on file that cannot be dialled, with why. */
  badPhones: Array<{ number: string; contactName: string; message: string }>;
  invoices: CallSheetInvoice[];
  disputes: Dispute[];
  promises: PromiseToPay[];
  /** Last ten calls, newest first. */
  calls: CallLogEntry[];
  /** Last ten timeline events, newest first. */
  timeline: TimelineEntry[];
  script: CallScript | null;
  /** Why the client is on today's list; empty when it is not. */
  reasons: CallReason[];
}

export interface LoggedCall {
  call: CallLogEntry;
  promise: PromiseToPay | null;
  dispute: Dispute | null;
}

export interface CollectorFigures {
  /** null: calls and promises of nobody in particular. */
  collectorId: number | null;
  collectorName: string;
  calls: number;
  reached: number;
  /** reached / calls, null without calls. "Reached": someone answered (not voicemail, unreachable, wrong number). */
  reachedRate: number | null;
  promises: number;
  promisesKept: number;
  promisesBroken: number;
  /** kept / (kept + broken), null while none is settled. */
  promisesKeptRate: number | null;
  /** Payments of called clients dated within 30 days after a call of the period. */
  collectedCents: Cents;
}

export interface CollectorStats {
  from: IsoDate;
  to: IsoDate;
  rows: CollectorFigures[];
}

export interface CallListPdf {
  path: string;
  rows: number;
  pages: number;
}
