import { z } from 'zod';
import { method } from './define';
import { id, isoDate, nonNegativeCents, pageRequest, requiredText, trimmed } from './schemas';
import type { Page } from './types';
import {
  dunningChannels,
  templateLevels,
  type DunningPlan,
  type EcbRate,
  type LegalRate,
  type LetterTemplate,
  type MergeFieldInfo,
  type PenaltySettings,
  type ReminderQueue,
  type ReminderRecord,
  type ReminderRun,
  type TemplatePreview,
} from './reminders.types';

export const dunningChannel = z.enum(dunningChannels);
export const templateLevel = z.enum(templateLevels);
export const templateLanguage = z.enum(['fr', 'en']);

/** Basis points: 10.15 % = 1015. */
const rateBp = z.number().int().min(0).max(10000);

const halfYearStart = isoDate.refine((v) => v.endsWith('-01-01') || v.endsWith('-07-01'), {
  message: 'must be a 1 January or a 1 July',
});

/** An action of the queue is named by its client and channel (one action per client per channel). */
const queueKey = z.object({ clientId: id, channel: dunningChannel });

const templateFields = {
  name: requiredText(200),
  language: templateLanguage,
  level: templateLevel,
  subject: trimmed(300),
  body: z.string().max(20000),
};

/** Reminders (issue 4): settings, rate tables, dunning plans, templates, the day's queue, letters. */
export const reminderMethods = {
  'penalties.get': method<PenaltySettings>()(z.object({}), 'Penalty rules and follow-up settings.'),
  'penalties.update': method<PenaltySettings>()(
    z
      .object({
        rule: z.enum(['ecb_plus_10', 'contractual']),
        contractualRateBp: rateBp.nullable(),
        recoveryIndemnityEnabled: z.boolean(),
        minimumDunningCents: nonNegativeCents,
        paymentsStaleDays: z.number().int().min(1).max(365),
        formalNoticeDeadlineDays: z.number().int().min(8).max(60),
        promiseGraceDays: z.number().int().min(0).max(60),
        defaultDunningPlanId: id,
      })
      .partial(),
    'Change some penalty and follow-up settings; a contractual rate below 3 × the legal rate is refused.',
  ),
  'letterhead.logo': method<{ mime: 'image/png' | 'image/jpeg'; base64: string } | null>()(
    z.object({}),
    'The letterhead logo, if any.',
  ),
  'letterhead.setLogo': method<null>()(
    z.object({
      /** null removes the logo. PNG or JPEG, at most 2 MB. */
      image: z.object({ mime: z.enum(['image/png', 'image/jpeg']), base64: z.string().max(3_000_000) }).nullable(),
    }),
    'Set or remove the letterhead logo.',
  ),

  'rates.ecb.list': method<EcbRate[]>()(z.object({}), 'The ECB main refinancing rate changes, oldest first.'),
  'rates.ecb.save': method<EcbRate[]>()(
    z.object({
      rates: z
        .array(z.object({ effectiveDate: isoDate, rateBp }))
        .min(1)
        .max(500),
    }),
    'Replace the ECB rate table (one transaction); dates must be distinct.',
  ),
  'rates.legal.list': method<LegalRate[]>()(z.object({}), 'The legal interest rate per half-year, oldest first.'),
  'rates.legal.save': method<LegalRate[]>()(
    z.object({
      rates: z
        .array(z.object({ halfYearStart, professionalRateBp: rateBp, consumerRateBp: rateBp }))
        .min(1)
        .max(500),
    }),
    'Replace the legal interest rate table (one transaction); half-years must be distinct.',
  ),

  'dunningPlans.list': method<DunningPlan[]>()(
    z.object({ includeArchived: z.boolean().default(false) }),
    'Dunning plans with their ordered steps.',
  ),
  'dunningPlans.save': method<DunningPlan>()(
    z.object({
      /** Absent: a new plan. */
      id: id.optional(),
      code: requiredText(40),
      name: requiredText(200),
      description: trimmed(1000).default(''),
      steps: z
        .array(
          z.object({
            offsetDays: z.number().int().min(-60).max(365),
            channel: dunningChannel,
            templateId: id.nullable(),
          }),
        )
        .min(1)
        .max(20),
    }),
    'Create or replace a plan and its steps (ordered by offset; offsets must be distinct).',
  ),
  'dunningPlans.archive': method<DunningPlan>()(
    z.object({ id, archived: z.boolean() }),
    'Archive or restore a plan; the default plan cannot be archived.',
  ),
  'dunningPlans.assign': method<null>()(
    z.object({ clientId: id, planId: id.nullable() }),
    'Choose the plan a client follows (null: the default plan).',
  ),

  'templates.list': method<LetterTemplate[]>()(
    z.object({ language: templateLanguage.optional() }),
    'Letter templates.',
  ),
  'templates.save': method<LetterTemplate>()(
    z.object({ id: id.optional(), code: requiredText(60).optional(), ...templateFields }),
    'Create or change a template; an unknown merge field is refused (field: subject or body).',
  ),
  'templates.fields': method<MergeFieldInfo[]>()(z.object({}), 'The merge fields a template may use.'),
  'templates.preview': method<TemplatePreview>()(
    z.object({
      subject: trimmed(300),
      body: z.string().max(20000),
      level: templateLevel,
      language: templateLanguage.default('fr'),
      /** The client whose figures fill the preview; absent: a sample client. */
      clientId: id.optional(),
      today: isoDate.optional(),
    }),
    'Merge a template (live preview); an unknown merge field is an error naming it.',
  ),

  'reminders.queue': method<ReminderQueue>()(
    z.object({ today: isoDate.optional() }),
    "The day's queue: per client and channel, the next due step of its overdue, undisputed, unpromised invoices.",
  ),
  'reminders.postpone': method<null>()(
    queueKey.extend({ until: isoDate }),
    "Hide a client's action on that channel from the queue until a later date.",
  ),
  'reminders.skip': method<ReminderRecord>()(
    queueKey.extend({ today: isoDate.optional() }),
    'Skip the due step: recorded as skipped, the plan moves on.',
  ),
  'reminders.preview': method<TemplatePreview & { pdfBase64: string | null }>()(
    queueKey.extend({ today: isoDate.optional() }),
    'The letter (or email) of one queue action, merged, and its PDF.',
  ),
  'reminders.generate': method<ReminderRun>()(
    z.object({
      items: z.array(queueKey).min(1).max(20000),
      /** Absent: a folder beside the ledger, named after it and the day. */
      outDir: trimmed(4096).optional(),
      taskId: trimmed(100).optional(),
      today: isoDate.optional(),
    }),
    'Generate the selected actions (one PDF with all letters, one file per letter, .eml drafts) and record them.',
  ),
  'reminders.history': method<Page<ReminderRecord>>()(
    pageRequest.extend({ clientId: id.optional() }),
    'Actions done or skipped, most recent first.',
  ),
  'reminders.setTracking': method<ReminderRecord>()(
    z.object({ id, trackingNumber: trimmed(40) }),
    'Record the tracking number (n° de recommandé) of a registered letter.',
  ),
  'letters.read': method<{ fileName: string; mime: string; base64: string }>()(
    z.object({ path: requiredText(4096) }),
    'Read back a generated letter, email draft or batch PDF (only files the reminders wrote).',
  ),
  'letters.locate': method<{ path: string }>()(
    z.object({ path: requiredText(4096) }),
    'The real path of a generated letter or draft, checked like letters.read: what the desktop shell may open.',
  ),
} as const;
