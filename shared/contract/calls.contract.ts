import { z } from 'zod';
import { disputeReasons } from './client-file.contract';
import { method } from './define';
import { id, isoDate, positiveCents, requiredText, trimmed } from './schemas';
import {
  callOutcomes,
  promiseStatuses,
  type CallList,
  type CallListPdf,
  type CallSheet,
  type CollectorStats,
  type LoggedCall,
  type PromiseList,
  type PromiseToPay,
} from './calls.types';
import type { Collector } from './client-file.types';

const promiseInput = z.object({
  /** The day the client committed to pay by: today or later. */
  date: isoDate,
  /** At most the client's open amount (of the invoices named, when some are). */
  amountCents: positiveCents,
  /** Empty: the promise covers the client's account as a whole. */
  invoiceIds: z.array(id).max(500).default([]),
  note: trimmed(2000).default(''),
});

const collectorFields = {
  name: requiredText(200),
  email: trimmed(200).default(''),
  phone: trimmed(40).default(''),
};

/** Phone follow-up (issue 5): call list, call sheet, call log, promises to pay, collectors. */
export const callMethods = {
  'calls.list': method<CallList>()(
    z.object({ today: isoDate.optional(), collectorId: id.optional() }),
    "Today's calls, one row per client, highest priority first: the dunning plans' call steps, callbacks due, " +
      'promises broken and not called since, clients over their credit limit with something overdue. Settles ' +
      'the promises first (kept when payments cover them, broken once their date and grace days have passed).',
  ),
  'calls.sheet': method<CallSheet>()(
    z.object({ clientId: id, today: isoDate.optional() }),
    "What a call needs: the client's phones, open invoices with days late, disputes, promises, the last ten " +
      'calls and timeline events, and the call script.',
  ),
  'calls.log': method<LoggedCall>()(
    z.object({
      clientId: id,
      contactId: id.optional(),
      /** The number dialled: French (01 23 45 67 89, +33 1…, 0033 1…) or international (+…). */
      phone: requiredText(40),
      outcome: z.enum(callOutcomes),
      note: trimmed(5000).default(''),
      /** When to call again (required for call_back); a later call supersedes it. */
      nextActionDate: isoDate.optional(),
      /** Absent: the client's collector. */
      collectorId: id.optional(),
      /** Required with the outcome 'promise'. */
      promise: promiseInput.optional(),
      /** Required with the outcome 'dispute'. */
      dispute: z
        .object({
          invoiceId: id,
          reason: z.enum(disputeReasons),
          disputedCents: positiveCents.nullable().default(null),
          comment: trimmed(5000).default(''),
        })
        .optional(),
      today: isoDate.optional(),
    }),
    'Log a call and its outcome in one transaction, with the promise or dispute it produced; a call step of the ' +
      'dunning plan that was due for the client is recorded as done.',
  ),
  'calls.printList': method<CallListPdf>()(
    z.object({ today: isoDate.optional(), collectorId: id.optional(), outDir: requiredText(4096).optional() }),
    "The day's call list as a PDF with phones, amounts and room for handwritten notes, in the folder of " +
      'generated documents beside the ledger unless outDir is given.',
  ),

  'promises.list': method<PromiseList>()(
    z.object({ status: z.enum(promiseStatuses).optional(), clientId: id.optional(), today: isoDate.optional() }),
    'Promises to pay by promised date (open ones unless a status is given), with the payments counted for each; settles them first.',
  ),
  'promises.create': method<PromiseToPay>()(
    promiseInput.extend({ clientId: id, collectorId: id.optional(), today: isoDate.optional() }),
    "Record a promise to pay outside a call: it pauses the client's reminders until its date + grace days.",
  ),
  'promises.cancel': method<PromiseToPay>()(
    z.object({ id, note: trimmed(2000).default('') }),
    'Cancel an open promise (the client withdrew it, it was entered by mistake): reminders resume.',
  ),

  'collectors.create': method<Collector>()(z.object(collectorFields), 'Add a collector (chargé de recouvrement).'),
  'collectors.update': method<Collector>()(
    z
      .object({ id, ...collectorFields, archived: z.boolean() })
      .partial()
      .required({ id: true }),
    'Change or archive a collector; an archived collector keeps its history and gets no new client.',
  ),
  'collectors.assign': method<{ assigned: number }>()(
    z.object({ collectorId: id.nullable(), clientIds: z.array(id).min(1).max(10000) }),
    'Assign clients to a collector (null: to nobody), in one transaction.',
  ),
  'collectors.stats': method<CollectorStats>()(
    z
      .object({ from: isoDate, to: isoDate })
      .refine((v) => v.from <= v.to, { message: 'must not be after to', path: ['from'] }),
    'Per collector over the period: calls made, reached rate, promises obtained, kept %, and the amount paid ' +
      'within 30 days of a call.',
  ),
};
