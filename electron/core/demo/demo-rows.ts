import type { DisputeReason } from './french-business';

/** What the generator counts and the dispute rows it writes. */

export interface DemoCounts {
  clients: number;
  contacts: number;
  issuedInvoices: number;
  invoicesToIssue: number;
  creditNotes: number;
  payments: number;
  advances: number;
  allocations: number;
  disputes: number;
  openDisputes: number;
  activities: number;
}

export interface DisputeRow {
  clientId: number;
  invoiceId: number;
  openedOn: string;
  reason: DisputeReason;
  disputedCents: number;
  status: 'open' | 'in_progress' | 'resolved';
  owner: string;
  comment: string;
  resolution: 'credit_note' | 'rejected' | 'paid' | null;
  closedOn: string | null;
}

export function noCounts(): DemoCounts {
  return {
    clients: 0,
    contacts: 0,
    issuedInvoices: 0,
    invoicesToIssue: 0,
    creditNotes: 0,
    payments: 0,
    advances: 0,
    allocations: 0,
    disputes: 0,
    openDisputes: 0,
    activities: 0,
  };
}
