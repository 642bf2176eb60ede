import type Database from 'better-sqlite3';
import type { PaymentMethod } from '../../../shared/contract/types';
import { BatchedInsert } from './batched-insert';
import type { DemoClient } from './client-identity';
import type { DemoContact } from './contacts';
import { noCounts, type DemoCounts, type DisputeRow } from './demo-rows';

const STAMPS = ['created_at', 'updated_at'];

/**
 * Writes demo rows on the raw better-sqlite3 connection through batched prepared inserts, ids assigned here
 * so that related rows can refer to each other before anything is flushed. Allocated amounts are never
 * written: the allocation triggers keep them. `flush()` must run inside the caller's transaction.
 */
export class LedgerWriter {
  readonly counts: DemoCounts = noCounts();
  private lastInvoiceId = 0;
  private lastPaymentId = 0;
  // Flushed in this order: every row's parents are written before it.
  private readonly clients: BatchedInsert;
  private readonly contacts: BatchedInsert;
  private readonly invoices: BatchedInsert;
  private readonly payments: BatchedInsert;
  private readonly allocations: BatchedInsert;
  private readonly disputes: BatchedInsert;
  private readonly activities: BatchedInsert;
  /** The shipped dunning plans by code (migration 0004), so risky clients and key accounts get theirs. */
  private readonly planIds: Map<string, number>;

  constructor(sqlite: Database.Database) {
    const table = (name: string, columns: string[]) => new BatchedInsert(sqlite, name, [...columns, ...STAMPS]);
    this.clients = table('client', [
      'id',
      'code',
      'name',
      'siren',
      'vat_number',
      'address_line1',
      'address_line2',
      'postal_code',
      'city',
      'payment_terms_days',
      'payment_terms_mode',
      'credit_limit_cents',
      'collector_id',
      'dunning_plan_id',
      'notes',
    ]);
    this.planIds = new Map(
      (sqlite.prepare('SELECT code, id FROM dunning_plan').all() as Array<{ code: string; id: number }>).map((plan) => [
        plan.code,
        plan.id,
      ]),
    );
    this.contacts = table('contact', [
      'client_id',
      'name',
      'role',
      'email',
      'phone',
      'mobile',
      'preferred_channel',
      'is_primary_billing',
    ]);
    this.invoices = table('invoice', [
      'id',
      'client_id',
      'kind',
      'number',
      'status',
      'issue_date',
      'due_date',
      'amount_cents',
      'amount_excl_vat_cents',
      'external_ref',
    ]);
    this.payments = table('payment', ['id', 'client_id', 'date', 'amount_cents', 'method', 'reference']);
    this.allocations = table('allocation', ['invoice_id', 'payment_id', 'credit_note_id', 'amount_cents', 'date']);
    this.disputes = table('dispute', [
      'client_id',
      'invoice_id',
      'opened_on',
      'reason',
      'disputed_cents',
      'status',
      'owner',
      'comment',
      'resolution',
      'closed_on',
    ]);
    this.activities = table('activity', ['client_id', 'kind', 'occurred_at', 'actor', 'summary', 'data']);
  }

  /** Every row written so far. */
  get rowCount(): number {
    const c = this.counts;
    return (
      c.clients +
      c.contacts +
      c.issuedInvoices +
      c.invoicesToIssue +
      c.creditNotes +
      c.payments +
      c.allocations +
      c.disputes +
      c.activities
    );
  }

  flush(): void {
    for (const table of [
      this.clients,
      this.contacts,
      this.invoices,
      this.payments,
      this.allocations,
      this.disputes,
      this.activities,
    ]) {
      table.flush();
    }
  }

  client(c: DemoClient, stamp: string): void {
    this.clients.add(
      c.id,
      c.code,
      c.name,
      c.siren,
      c.vatNumber,
      c.addressLine1,
      c.addressLine2,
      c.town.postalCode,
      c.town.city,
      c.terms?.days ?? null,
      c.terms?.mode ?? null,
      c.creditLimitCents,
      c.collectorId,
      this.planIdOf(c),
      c.notes,
      stamp,
      stamp,
    );
    this.counts.clients++;
  }

  /** Bad payers follow the strict plan, large punctual accounts the gentle one, others the default. */
  private planIdOf(c: DemoClient): number | null {
    if (c.profile === 'bad_payer') return this.planIds.get('strict') ?? null;
    if (c.profile === 'punctual' && c.typicalExclVatCents >= 4_000_00) return this.planIds.get('gentle') ?? null;
    return null;
  }

  contact(clientId: number, c: DemoContact, stamp: string): void {
    this.contacts.add(
      clientId,
      c.name,
      c.role,
      c.email,
      c.phone,
      c.mobile,
      c.preferredChannel,
      c.isPrimaryBilling ? 1 : 0,
      stamp,
      stamp,
    );
    this.counts.contacts++;
  }

  invoice(
    clientId: number,
    number: string,
    issueDate: string,
    dueDate: string,
    cents: number,
    exclVatCents: number,
    ref: string,
    stamp: string,
  ): number {
    this.invoices.add(
      ++this.lastInvoiceId,
      clientId,
      'invoice',
      number,
      'issued',
      issueDate,
      dueDate,
      cents,
      exclVatCents,
      ref,
      stamp,
      stamp,
    );
    this.counts.issuedInvoices++;
    return this.lastInvoiceId;
  }

  /** Work delivered, not invoiced yet (facture à émettre): no issue or due date. */
  invoiceToIssue(
    clientId: number,
    number: string,
    cents: number,
    exclVatCents: number,
    ref: string,
    stamp: string,
  ): number {
    this.invoices.add(
      ++this.lastInvoiceId,
      clientId,
      'invoice',
      number,
      'to_issue',
      null,
      null,
      cents,
      exclVatCents,
      ref,
      stamp,
      stamp,
    );
    this.counts.invoicesToIssue++;
    return this.lastInvoiceId;
  }

  creditNote(
    clientId: number,
    number: string,
    date: string,
    cents: number,
    exclVatCents: number,
    ref: string,
    stamp: string,
  ): number {
    this.invoices.add(
      ++this.lastInvoiceId,
      clientId,
      'credit_note',
      number,
      'issued',
      date,
      date,
      cents,
      exclVatCents,
      ref,
      stamp,
      stamp,
    );
    this.counts.creditNotes++;
    return this.lastInvoiceId;
  }

  payment(
    clientId: number,
    date: string,
    cents: number,
    method: PaymentMethod,
    reference: string,
    stamp: string,
  ): number {
    this.payments.add(++this.lastPaymentId, clientId, date, cents, method, reference, stamp, stamp);
    this.counts.payments++;
    return this.lastPaymentId;
  }

  /** A payment kept unallocated on purpose (acompte). */
  advance(
    clientId: number,
    date: string,
    cents: number,
    method: PaymentMethod,
    reference: string,
    stamp: string,
  ): number {
    this.counts.advances++;
    return this.payment(clientId, date, cents, method, reference, stamp);
  }

  allocation(
    invoiceId: number,
    paymentId: number | null,
    creditNoteId: number | null,
    cents: number,
    date: string,
    stamp: string,
  ): void {
    this.allocations.add(invoiceId, paymentId, creditNoteId, cents, date, stamp, stamp);
    this.counts.allocations++;
  }

  dispute(d: DisputeRow, stamp: string): void {
    this.disputes.add(
      d.clientId,
      d.invoiceId,
      d.openedOn,
      d.reason,
      d.disputedCents,
      d.status,
      d.owner,
      d.comment,
      d.resolution,
      d.closedOn,
      stamp,
      stamp,
    );
    this.counts.disputes++;
    if (d.status !== 'resolved') this.counts.openDisputes++;
  }

  activity(clientId: number, kind: string, summary: string, data: string, stamp: string): void {
    this.activities.add(clientId, kind, stamp, 'Encaisse', summary, data, stamp, stamp);
    this.counts.activities++;
  }
}
