import type { AgingBucketKey } from '../domain/aging';
import type { Cents } from '../domain/money';
import type { IsoDate } from '../domain/dates';
import type { PaymentTerms } from '../domain/payment-terms';

/** JSON-safe result types of the contract: money in cents, dates as ISO strings, ids as numbers. */

export interface CompanySettings {
  name: string;
  legalForm: string;
  siren: string;
  siret: string;
  vatNumber: string;
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  country: string;
  email: string;
  phone: string;
  iban: string;
  bic: string;
  signatoryName: string;
  signatoryTitle: string;
  currency: string;
  defaultPaymentTerms: PaymentTerms;
  /** Upper bounds in days late of the aged-balance buckets, e.g. [30, 60, 90]. */
  agingBounds: number[];
  updatedAt: string;
}

export type RiskClass = 'A' | 'B' | 'C' | 'D' | 'E';

export interface Client {
  id: number;
  code: string;
  name: string;
  siren: string;
  vatNumber: string;
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  country: string;
  /** null: the company's default terms apply. */
  paymentTerms: PaymentTerms | null;
  creditLimitCents: Cents | null;
  riskClassOverride: RiskClass | null;
  collectorId: number | null;
  dunningPlanId: number | null;
  notes: string;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** A client row of the list, with the figures derived from the ledger on `today`. */
export interface ClientSummary {
  id: number;
  code: string;
  name: string;
  city: string;
  archived: boolean;
  creditLimitCents: Cents | null;
  exposureCents: Cents;
  overdueCents: Cents;
  /** Days late of the oldest overdue open invoice; 0 when nothing is overdue. */
  oldestDaysLate: number;
}

export type ClientSortField = 'code' | 'name' | 'city' | 'exposureCents' | 'overdueCents' | 'oldestDaysLate';

export interface Page<T> {
  rows: T[];
  total: number;
}

export type DocumentKind = 'invoice' | 'credit_note';

export type InvoiceStatus = 'to_issue' | 'not_due' | 'overdue' | 'paid' | 'disputed';

export interface Invoice {
  id: number;
  clientId: number;
  kind: DocumentKind;
  number: string;
  /** null while the invoice is still to issue (facture à émettre). */
  issueDate: IsoDate | null;
  dueDate: IsoDate | null;
  amountCents: Cents;
  amountExclVatCents: Cents | null;
  currency: string;
  externalRef: string;
  /** Amount not yet settled (invoice) or not yet used (credit note). */
  openCents: Cents;
  status: InvoiceStatus;
  daysLate: number;
  disputed: boolean;
}

export type PaymentMethod = 'transfer' | 'cheque' | 'card' | 'direct_debit' | 'cash' | 'lcr' | 'other';

export interface Payment {
  id: number;
  clientId: number;
  date: IsoDate;
  amountCents: Cents;
  method: PaymentMethod;
  reference: string;
  unallocatedCents: Cents;
}

export interface Allocation {
  id: number;
  invoiceId: number;
  invoiceNumber: string;
  paymentId: number | null;
  creditNoteId: number | null;
  amountCents: Cents;
  date: IsoDate;
}

/** Encours (DESIGN §4): to issue + issued open (not due + overdue) − unallocated payments and credit notes. */
export interface Exposure {
  toIssueCents: Cents;
  notDueCents: Cents;
  overdueCents: Cents;
  /** Unallocated payments (advances) and unused credit notes, as a positive amount to subtract. */
  unallocatedCreditsCents: Cents;
  totalCents: Cents;
}

export interface AgingBucket {
  key: AgingBucketKey;
  minDaysLate: number;
  maxDaysLate: number | null;
  amountCents: Cents;
  invoiceCount: number;
}

export interface AgedBalance {
  today: IsoDate;
  toIssueCents: Cents;
  buckets: AgingBucket[];
  unallocatedCreditsCents: Cents;
  totalCents: Cents;
}

export interface Dashboard {
  today: IsoDate;
  exposure: Exposure;
  aging: AgedBalance;
  topDebtors: ClientSummary[];
  clientCount: number;
}

export interface LedgerInfo {
  path: string;
  companyName: string;
  schemaVersion: number;
}

export interface RecentLedger {
  path: string;
  companyName: string;
  openedAt: string;
}

export interface WorkspaceState {
  current: LedgerInfo | null;
  recent: RecentLedger[];
  /** Where the demo ledger lives (created on request). */
  demoPath: string;
  /** True when no ledger was ever opened: the UI offers the demo company. */
  firstLaunch: boolean;
}
