import { z } from 'zod';
import { method } from './define';
import { id, isoDate, pageRequest, positiveCents, requiredText, trimmed } from './schemas';
import type { AllocationSuggestion, ClientFile, Collector, Contact, Dispute, TimelineEntry } from './client-file.types';
import type { Invoice, Page } from './types';

const contactFields = {
  name: requiredText(200),
  role: trimmed(100).default(''),
  email: z
    .string()
    .trim()
    .max(200)
    .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { message: 'is not an email address' })
    .default(''),
  phone: trimmed(40).default(''),
  mobile: trimmed(40).default(''),
  preferredChannel: z.enum(['email', 'phone', 'letter']).default('email'),
  isPrimaryBilling: z.boolean().default(false),
};

export const disputeReasons = ['price', 'quantity', 'quality', 'delivery', 'billing', 'duplicate', 'other'] as const;

/** The client file (issue 3): contacts, the file's figures, disputes, the timeline and notes. */
export const clientFileMethods = {
  'clients.file': method<ClientFile>()(
    z.object({ id, today: isoDate.optional() }),
    "A client's file: identity, encours split, advances, oldest days late, collector, disputes count.",
  ),
  'collectors.list': method<Collector[]>()(
    z.object({ includeArchived: z.boolean().default(false) }),
    'The collectors (chargés de recouvrement), by name; archived ones too when asked (to restore them).',
  ),

  'contacts.list': method<Contact[]>()(
    z.object({ clientId: id, includeArchived: z.boolean().default(false) }),
    "A client's contacts, primary billing contact first.",
  ),
  'contacts.create': method<Contact>()(
    z.object({ clientId: id, ...contactFields }),
    'Add a contact; making it the primary billing contact demotes the previous one.',
  ),
  'contacts.update': method<Contact>()(
    z
      .object({ id, ...contactFields })
      .partial()
      .required({ id: true }),
    'Change some fields of a contact.',
  ),
  'contacts.archive': method<Contact>()(z.object({ id, archived: z.boolean() }), 'Archive or restore a contact.'),

  'invoices.update': method<Invoice>()(
    z
      .object({
        id,
        number: requiredText(64),
        issueDate: isoDate.nullable(),
        dueDate: isoDate.nullable(),
        amountCents: positiveCents,
        amountExclVatCents: positiveCents.nullable(),
        externalRef: trimmed(100),
      })
      .partial()
      .required({ id: true }),
    'Correct an invoice or credit note (never below what is already allocated); an issue date issues an invoice to issue.',
  ),

  'allocations.suggest': method<AllocationSuggestion[]>()(
    z
      .object({ paymentId: id.optional(), creditNoteId: id.optional() })
      .refine((v) => (v.paymentId === undefined) !== (v.creditNoteId === undefined), {
        message: 'give exactly one of paymentId or creditNoteId',
        path: ['paymentId'],
      }),
    'Open invoices to settle with a payment or credit note: same reference first, then exact amount, then oldest due.',
  ),

  'disputes.open': method<Dispute>()(
    z.object({
      invoiceId: id,
      reason: z.enum(disputeReasons),
      /** Absent: the whole open amount is disputed. */
      disputedCents: positiveCents.nullable().default(null),
      owner: trimmed(100).default(''),
      comment: trimmed(5000).default(''),
      openedOn: isoDate.optional(),
    }),
    'Open a dispute (litige) on an invoice: it stays in the encours but gets no reminder until closed.',
  ),
  'disputes.update': method<Dispute>()(
    z.object({
      id,
      status: z.enum(['open', 'in_progress']).optional(),
      owner: trimmed(100).optional(),
      comment: trimmed(5000).optional(),
      reason: z.enum(disputeReasons).optional(),
    }),
    'Move a dispute to in progress, change its owner, reason or comment.',
  ),
  'disputes.resolve': method<Dispute>()(
    z.object({
      id,
      resolution: z.enum(['credit_note', 'rejected', 'paid']),
      comment: trimmed(5000).optional(),
      closedOn: isoDate.optional(),
    }),
    'Close a dispute: credit note issued, dispute rejected, or paid.',
  ),
  'disputes.list': method<Dispute[]>()(
    z.object({
      status: z.enum(['active', 'resolved', 'all']).default('active'),
      clientId: id.optional(),
      today: isoDate.optional(),
    }),
    'Disputes with age, amount and owner, oldest first.',
  ),

  'timeline.list': method<Page<TimelineEntry>>()(
    pageRequest.extend({ clientId: id, kinds: z.array(trimmed(40)).optional() }),
    "A client's timeline, newest first, optionally only some kinds (prefixes like 'invoice' match 'invoice.created').",
  ),
  'notes.create': method<TimelineEntry>()(
    z.object({ clientId: id, text: requiredText(5000) }),
    "Write a note in the client's timeline.",
  ),
};
