import { z } from 'zod';
import { clientFileMethods } from './client-file.contract';
import { importMethods } from './imports.contract';
import { reminderMethods } from './reminders.contract';
import { callMethods } from './calls.contract';
import { method, type MethodSpec } from './define';
import {
  currency,
  id,
  isoDate,
  nonNegativeCents,
  pageRequest,
  paymentTerms,
  positiveCents,
  requiredText,
  siren,
  sortDirection,
  todayOverride,
  trimmed,
} from './schemas';
import type {
  AgedBalance,
  Allocation,
  Client,
  ClientSummary,
  CompanySettings,
  Dashboard,
  Exposure,
  Invoice,
  LedgerInfo,
  Page,
  Payment,
  WorkspaceState,
} from './types';

const clientFields = {
  code: requiredText(32),
  name: requiredText(200),
  siren: siren.default(''),
  vatNumber: trimmed(32).default(''),
  addressLine1: trimmed(200).default(''),
  addressLine2: trimmed(200).default(''),
  postalCode: trimmed(16).default(''),
  city: trimmed(100).default(''),
  country: trimmed(2).default('FR'),
  paymentTerms: paymentTerms.optional(),
  creditLimitCents: nonNegativeCents.nullable().default(null),
  riskClassOverride: z.enum(['A', 'B', 'C', 'D', 'E']).nullable().default(null),
  notes: trimmed(5000).default(''),
};

const invoiceInput = z
  .object({
    clientId: id,
    kind: z.enum(['invoice', 'credit_note']).default('invoice'),
    number: requiredText(64),
    /** Absent for an invoice still to issue (facture à émettre). */
    issueDate: isoDate.nullable().default(null),
    /** Absent: computed from the client's payment terms. */
    dueDate: isoDate.nullable().default(null),
    amountCents: positiveCents,
    amountExclVatCents: positiveCents.nullable().default(null),
    currency,
    externalRef: trimmed(100).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.issueDate && v.dueDate && v.dueDate < v.issueDate)
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'must not be before the issue date' });
    if (v.amountExclVatCents !== null && v.amountExclVatCents > v.amountCents)
      ctx.addIssue({ code: 'custom', path: ['amountExclVatCents'], message: 'must not exceed the amount incl. VAT' });
    if (v.kind === 'credit_note' && v.issueDate === null)
      ctx.addIssue({ code: 'custom', path: ['issueDate'], message: 'is required for a credit note' });
  });

const allocationInput = z
  .object({
    invoiceId: id,
    paymentId: id.nullable().default(null),
    creditNoteId: id.nullable().default(null),
    amountCents: positiveCents,
    date: isoDate.optional(),
  })
  .refine((v) => (v.paymentId === null) !== (v.creditNoteId === null), {
    message: 'give exactly one of paymentId or creditNoteId',
    path: ['paymentId'],
  });

const paymentMethod = z.enum(['transfer', 'cheque', 'card', 'direct_debit', 'cash', 'lcr', 'other']);

/**
 * Every call the UI (through the preload or the test harness) and the CLI can make.
 * `ledger.*` calls are answered by the workspace (which ledger is open); the rest by the open ledger's core.
 */
export const contract = {
  'ledger.state': method<WorkspaceState>()(
    z.object({}),
    'Current ledger, recent ledgers and whether this is the first launch.',
  ),
  'ledger.open': method<LedgerInfo>()(
    z.object({ path: requiredText(4096) }),
    'Open an existing ledger file (migrating it after a backup).',
  ),
  'ledger.create': method<LedgerInfo>()(
    z.object({ path: requiredText(4096), companyName: requiredText(200) }),
    'Create a new empty ledger file and open it.',
  ),
  'ledger.openDemo': method<LedgerInfo>()(z.object({}), 'Open the demo company, generating it on first use.'),
  'ledger.close': method<null>()(z.object({}), 'Close the open ledger.'),

  'company.get': method<CompanySettings>()(z.object({}), 'The company identity and settings.'),
  'company.update': method<CompanySettings>()(
    z
      .object({
        name: requiredText(200),
        legalForm: trimmed(50),
        siren,
        siret: z
          .string()
          .transform((v) => v.replace(/\s+/g, ''))
          .refine((v) => v === '' || /^\d{14}$/.test(v), { message: 'must be 14 digits' }),
        vatNumber: trimmed(32),
        addressLine1: trimmed(200),
        addressLine2: trimmed(200),
        postalCode: trimmed(16),
        city: trimmed(100),
        country: trimmed(2),
        email: trimmed(200),
        phone: trimmed(50),
        iban: trimmed(42),
        bic: trimmed(11),
        signatoryName: trimmed(200),
        signatoryTitle: trimmed(200),
        defaultPaymentTerms: paymentTerms,
        agingBounds: z.array(z.number().int().min(1).max(3650)).min(1).max(8),
      })
      .partial(),
    'Change some company settings.',
  ),

  'clients.list': method<Page<ClientSummary>>()(
    pageRequest.extend({
      search: trimmed(200).default(''),
      sortField: z.enum(['code', 'name', 'city', 'exposureCents', 'overdueCents', 'oldestDaysLate']).default('name'),
      sortDirection,
      includeArchived: z.boolean().default(false),
      /** Only clients with something overdue / an active dispute / an encours above their credit limit (ANDed). */
      filters: z
        .object({
          overdue: z.boolean().optional(),
          disputed: z.boolean().optional(),
          overCreditLimit: z.boolean().optional(),
        })
        .default({}),
      today: isoDate.optional(),
    }),
    'Clients with encours, overdue amount and oldest days late: searchable (code, name, SIREN, city), sortable, paginated.',
  ),
  'clients.get': method<Client>()(z.object({ id }), 'One client.'),
  'clients.create': method<Client>()(z.object(clientFields), 'Create a client; its code must be unique.'),
  'clients.update': method<Client>()(
    z
      .object({ id, ...clientFields })
      .partial()
      .required({ id: true }),
    'Change some fields of a client.',
  ),
  'clients.archive': method<Client>()(z.object({ id, archived: z.boolean() }), 'Archive or restore a client.'),

  'invoices.create': method<Invoice>()(invoiceInput, 'Create an invoice, an invoice to issue, or a credit note.'),
  'invoices.get': method<Invoice>()(
    z.object({ id, today: isoDate.optional() }),
    'One invoice with its derived open amount, status and days late.',
  ),
  'invoices.list': method<Page<Invoice>>()(
    pageRequest.extend({
      clientId: id.optional(),
      /** open: not fully settled; settled: fully settled; overdue / disputed: on `today`. */
      filter: z.enum(['all', 'open', 'settled', 'overdue', 'disputed']).default('all'),
      kind: z.enum(['invoice', 'credit_note']).optional(),
      today: isoDate.optional(),
    }),
    'Invoices and credit notes, most recent first.',
  ),

  'payments.create': method<Payment>()(
    z.object({
      clientId: id,
      date: isoDate,
      amountCents: positiveCents,
      method: paymentMethod.default('transfer'),
      reference: trimmed(100).default(''),
      /** 'fifo' settles the oldest open invoices first; 'none' keeps it as an advance. */
      allocate: z.enum(['fifo', 'none']).default('none'),
    }),
    'Record a payment received, optionally allocated oldest invoice first.',
  ),
  'payments.list': method<Page<Payment>>()(
    pageRequest.extend({ clientId: id.optional() }),
    'Payments, most recent first.',
  ),

  'allocations.create': method<Allocation>()(
    allocationInput,
    'Allocate (part of) a payment or credit note to an invoice (lettrage). Never beyond either open amount.',
  ),
  'allocations.createMany': method<Allocation[]>()(
    z.object({ allocations: z.array(allocationInput).min(1).max(500) }),
    'Several allocations at once (the lettrage dialog): all written in one transaction, or none.',
  ),
  'allocations.autoFifo': method<Allocation[]>()(
    z.object({ clientId: id, date: isoDate.optional() }),
    "Allocate the client's unallocated payments and credit notes to its open invoices, oldest due first.",
  ),
  'allocations.delete': method<null>()(z.object({ id }), 'Undo an allocation.'),
  'allocations.list': method<Allocation[]>()(
    z.object({ invoiceId: id.optional(), paymentId: id.optional(), creditNoteId: id.optional() }),
    'Allocations of an invoice, a payment or a credit note.',
  ),

  'reports.exposure': method<Exposure>()(
    todayOverride.extend({ clientId: id.optional() }),
    'Encours in total or for one client.',
  ),
  'reports.aging': method<AgedBalance>()(
    todayOverride.extend({ clientId: id.optional() }),
    'Aged balance with the configured buckets, in total or for one client.',
  ),
  'reports.dashboard': method<Dashboard>()(todayOverride, 'Home screen: encours, aged balance and the top 10 debtors.'),

  'tasks.cancel': method<boolean>()(
    z.object({ taskId: requiredText(100) }),
    'Ask a long task (an import, a batch) started with this taskId to stop; it then writes nothing.',
  ),

  ...clientFileMethods,
  ...importMethods,
  ...reminderMethods,
  ...callMethods,
} satisfies Record<string, MethodSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = Exclude<Contract[M]['result'], undefined>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Methods answered by the workspace rather than by an open ledger. */
export type WorkspaceMethod = Extract<MethodName, `ledger.${string}`>;
export type LedgerMethod = Exclude<MethodName, WorkspaceMethod>;

export function isWorkspaceMethod(name: MethodName): name is WorkspaceMethod {
  return name.startsWith('ledger.');
}
