import type { Cents } from '../domain/money';
import type { IsoDate } from '../domain/dates';
import type { Client, Exposure } from './types';

/** Types of the client file (fiche client): contacts, disputes, timeline. */

export type PreferredChannel = 'email' | 'phone' | 'letter';

export interface Contact {
  id: number;
  clientId: number;
  name: string;
  role: string;
  email: string;
  phone: string;
  mobile: string;
  preferredChannel: PreferredChannel;
  isPrimaryBilling: boolean;
  archived: boolean;
}

export interface ClientFile {
  client: Client;
  /** Encours split as on the dashboard, for this client alone. */
  exposure: Exposure;
  /** Unallocated payments alone (acomptes / avances). */
  advancesCents: Cents;
  /** Unused credit notes alone. */
  unusedCreditNotesCents: Cents;
  oldestDaysLate: number;
  openInvoiceCount: number;
  activeDisputeCount: number;
  collectorName: string | null;
  /** The plan the client follows: its own, else the company's default plan (then dunningPlanIsDefault). */
  dunningPlanName: string | null;
  /** True when the client has no plan of its own and follows the default plan. */
  dunningPlanIsDefault?: boolean;
  /** Exposure above the credit limit, 0 when within it or without a limit. */
  overCreditLimitCents: Cents;
}

export type DisputeReason = 'price' | 'quantity' | 'quality' | 'delivery' | 'billing' | 'duplicate' | 'other';
export type DisputeStatus = 'open' | 'in_progress' | 'resolved';
export type DisputeResolution = 'credit_note' | 'rejected' | 'paid';

export interface Dispute {
  id: number;
  clientId: number;
  clientCode: string;
  clientName: string;
  invoiceId: number | null;
  invoiceNumber: string | null;
  openedOn: IsoDate;
  /** Days since it was opened (until closed, when resolved). */
  ageDays: number;
  reason: DisputeReason;
  /** The contested part; null when the whole invoice is disputed. */
  disputedCents: Cents | null;
  /** What is still open on the invoice. */
  invoiceOpenCents: Cents | null;
  status: DisputeStatus;
  owner: string;
  comment: string;
  resolution: DisputeResolution | null;
  closedOn: IsoDate | null;
}

export interface TimelineEntry {
  id: number;
  clientId: number | null;
  kind: string;
  occurredAt: string;
  actor: string;
  summary: string;
  invoiceId: number | null;
  data: Record<string, unknown>;
}

export type AllocationSuggestionReason = 'same_reference' | 'exact_amount' | 'oldest_first';

export interface AllocationSuggestion {
  invoiceId: number;
  invoiceNumber: string;
  dueDate: IsoDate | null;
  openCents: Cents;
  /** What the suggestion would allocate: min(open amount, what is left of the source). */
  amountCents: Cents;
  reason: AllocationSuggestionReason;
}

export interface Collector {
  id: number;
  name: string;
  email: string;
  phone: string;
  /** Keeps its history, gets no new client; can be restored. */
  archived: boolean;
}
