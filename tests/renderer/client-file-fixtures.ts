import type {
  AllocationSuggestion,
  ClientFile,
  Contact,
  Dispute,
  TimelineEntry,
} from '../../shared/contract/client-file.types';
import type { Allocation, Client, Invoice, Payment } from '../../shared/contract/types';
import { createFakeBridge, type FakeHandlers } from './fake-bridge';
import { COMPANY, DEMO_LEDGER, workspace } from './fixtures';

/** One client with a bit of everything, as the core would answer about it (today = 2026-11-22). */

export const CLIENT: Client = {
  id: 21,
  code: 'C00021',
  name: 'Emballages Schmitt SARL',
  siren: '779446798',
  vatNumber: 'FR12779446798',
  addressLine1: '75 rue du Moulin',
  addressLine2: 'ZA des Forges',
  postalCode: '94400',
  city: 'Vitry-sur-Seine',
  country: 'FR',
  paymentTerms: { days: 90, mode: 'net' },
  creditLimitCents: 900_000,
  riskClassOverride: null,
  collectorId: 3,
  dunningPlanId: null,
  notes: 'Client à surveiller.',
  archived: false,
  createdAt: '2024-11-22T09:00:00.000Z',
  updatedAt: '2024-11-22T09:00:00.000Z',
};

export const CLIENT_FILE: ClientFile = {
  client: CLIENT,
  exposure: {
    toIssueCents: 50_000,
    notDueCents: 403_132,
    overdueCents: 2_624_809,
    unallocatedCreditsCents: 30_000,
    totalCents: 50_000 + 403_132 + 2_624_809 - 30_000,
  },
  advancesCents: 20_000,
  unusedCreditNotesCents: 10_000,
  oldestDaysLate: 602,
  openInvoiceCount: 9,
  activeDisputeCount: 1,
  collectorName: 'Julie Lefèvre',
  dunningPlanName: null,
  overCreditLimitCents: 2_147_941,
};

export function invoice(overrides: Partial<Invoice> & { id: number; number: string }): Invoice {
  return {
    clientId: CLIENT.id,
    kind: 'invoice',
    issueDate: '2026-09-17',
    dueDate: '2026-10-17',
    amountCents: 359_095,
    amountExclVatCents: 299_246,
    currency: 'EUR',
    externalRef: '',
    openCents: 359_095,
    status: 'overdue',
    daysLate: 36,
    disputed: false,
    ...overrides,
  };
}

export const INVOICES: Invoice[] = [
  invoice({
    id: 601,
    number: 'FA-2026-000700',
    issueDate: null,
    dueDate: null,
    status: 'to_issue',
    daysLate: 0,
    amountCents: 50_000,
    openCents: 50_000,
    amountExclVatCents: null,
  }),
  invoice({
    id: 564,
    number: 'FA-2026-001773',
    issueDate: '2026-11-20',
    dueDate: '2026-12-20',
    status: 'not_due',
    daysLate: 0,
    amountCents: 403_132,
    openCents: 403_132,
  }),
  invoice({ id: 563, number: 'FA-2026-001408' }),
  invoice({
    id: 562,
    number: 'FA-2026-001298',
    dueDate: '2026-09-27',
    daysLate: 56,
    status: 'disputed',
    disputed: true,
    amountCents: 440_882,
    openCents: 440_882,
  }),
  invoice({ id: 560, number: 'FA-2026-000892', amountCents: 164_468, openCents: 0, status: 'paid', daysLate: 0 }),
  invoice({
    id: 570,
    number: 'AV-2026-000012',
    kind: 'credit_note',
    amountCents: 10_000,
    openCents: 10_000,
    status: 'overdue',
    daysLate: 30,
  }),
];

export const PAYMENTS: Payment[] = [
  {
    id: 426,
    clientId: 21,
    date: '2026-11-21',
    amountCents: 20_000,
    method: 'cheque',
    reference: 'CHQ 1234',
    unallocatedCents: 20_000,
  },
  {
    id: 425,
    clientId: 21,
    date: '2026-10-26',
    amountCents: 164_468,
    method: 'transfer',
    reference: 'VIR FA-2026-000892',
    unallocatedCents: 0,
  },
];

export const ALLOCATIONS: Allocation[] = [
  {
    id: 526,
    invoiceId: 560,
    invoiceNumber: 'FA-2026-000892',
    paymentId: 425,
    creditNoteId: null,
    amountCents: 164_468,
    date: '2026-10-26',
  },
];

export const SUGGESTIONS: AllocationSuggestion[] = [
  {
    invoiceId: 563,
    invoiceNumber: 'FA-2026-001408',
    dueDate: '2026-10-17',
    openCents: 359_095,
    amountCents: 20_000,
    reason: 'oldest_first',
  },
];

export const CONTACTS: Contact[] = [
  {
    id: 37,
    clientId: 21,
    name: 'Benoît Huet',
    role: 'Comptable',
    email: 'benoit.huet@schmitt.fr',
    phone: '01 46 97 75 54',
    mobile: '',
    preferredChannel: 'email',
    isPrimaryBilling: true,
    archived: false,
  },
];

export const DISPUTE: Dispute = {
  id: 9,
  clientId: 21,
  clientCode: 'C00021',
  clientName: 'Emballages Schmitt SARL',
  invoiceId: 562,
  invoiceNumber: 'FA-2026-001298',
  openedOn: '2026-10-01',
  ageDays: 52,
  reason: 'quality',
  disputedCents: null,
  invoiceOpenCents: 440_882,
  status: 'open',
  owner: 'Karim Benali',
  comment: 'Cartons abîmés',
  resolution: null,
  closedOn: null,
};

export const TIMELINE: TimelineEntry[] = [
  {
    id: 3,
    clientId: 21,
    kind: 'dispute.opened',
    occurredAt: '2026-10-01T08:15:00.000Z',
    actor: 'Claire',
    summary: 'FA-2026-001298: quality',
    invoiceId: 562,
    data: { reason: 'quality' },
  },
  {
    id: 2,
    clientId: 21,
    kind: 'payment.received',
    occurredAt: '2026-09-30T10:00:00.000Z',
    actor: '',
    summary: '1 644,68 € VIR FA-2026-000892',
    invoiceId: null,
    data: {},
  },
  {
    id: 1,
    clientId: 21,
    kind: 'import',
    occurredAt: '2024-11-22T09:00:00.000Z',
    actor: 'Encaisse',
    summary: 'Société de démonstration générée',
    invoiceId: null,
    data: {},
  },
];

/** Everything the client file asks for, answered from the constants above; tests override what they check. */
export function clientFileHandlers(): FakeHandlers {
  return {
    'ledger.state': () => workspace({ current: DEMO_LEDGER, firstLaunch: false }),
    'company.get': () => COMPANY,
    'clients.file': () => CLIENT_FILE,
    'invoices.list': (input) => {
      const rows = INVOICES.filter((i) => (input.kind ? i.kind === input.kind : true));
      return { rows, total: rows.length };
    },
    'payments.list': () => ({ rows: PAYMENTS, total: PAYMENTS.length }),
    'allocations.list': (input) => ALLOCATIONS.filter((a) => a.paymentId === input.paymentId),
    'allocations.suggest': () => SUGGESTIONS,
    'contacts.list': () => CONTACTS,
    'disputes.list': () => [DISPUTE],
    'timeline.list': (input) => {
      const rows = TIMELINE.filter((e) => !input.kinds || input.kinds.some((k) => e.kind.startsWith(k)));
      return { rows, total: rows.length };
    },
    'collectors.list': () => [{ id: 3, name: 'Julie Lefèvre', email: '', phone: '', archived: false }],
  };
}

/** A fake bridge with the app opened on `hash` (e.g. `#/clients/21?tab=payments`). */
export function clientFileBridge(hash = '#/clients/21', handlers: FakeHandlers = {}) {
  window.history.replaceState(null, '', `/${hash}`);
  return createFakeBridge({ ...clientFileHandlers(), ...handlers });
}
