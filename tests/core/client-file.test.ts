import { describe, expect, it } from 'vitest';
import { newLedger, rowCounts, TODAY } from './helpers';

async function clientWithInvoices() {
  const ledger = await newLedger();
  const client = await ledger.call('clients.create', {
    code: 'C001',
    name: 'Garage Lefèvre',
    creditLimitCents: 10_000,
  });
  const late = await ledger.call('invoices.create', {
    clientId: client.id,
    number: 'FA-100',
    issueDate: '2026-08-01',
    dueDate: '2026-08-31',
    amountCents: 8_000,
    externalRef: 'CDE-555',
  });
  const recent = await ledger.call('invoices.create', {
    clientId: client.id,
    number: 'FA-101',
    issueDate: '2026-11-01',
    dueDate: '2026-12-01',
    amountCents: 5_000,
  });
  return { ledger, client, late, recent };
}

describe('client file', () => {
  it('sums the file figures like the dashboard and flags the credit limit', async () => {
    const { ledger, client } = await clientWithInvoices();
    await ledger.call('payments.create', { clientId: client.id, date: TODAY, amountCents: 700 });
    const file = await ledger.call('clients.file', { id: client.id });
    expect(file.exposure).toEqual({
      toIssueCents: 0,
      notDueCents: 5_000,
      overdueCents: 8_000,
      unallocatedCreditsCents: 700,
      totalCents: 12_300,
    });
    expect(file).toMatchObject({
      advancesCents: 700,
      unusedCreditNotesCents: 0,
      oldestDaysLate: 83,
      openInvoiceCount: 2,
      activeDisputeCount: 0,
      overCreditLimitCents: 2_300,
    });
    const over = await ledger.call('clients.list', { filters: { overCreditLimit: true } });
    expect(over.rows.map((r) => r.code)).toEqual(['C001']);
  });

  it('filters the client list by overdue and disputed', async () => {
    const { ledger, late } = await clientWithInvoices();
    const other = await ledger.call('clients.create', { code: 'C002', name: 'À jour' });
    await ledger.call('invoices.create', { clientId: other.id, number: 'FA-200', issueDate: TODAY, amountCents: 100 });
    expect((await ledger.call('clients.list', { filters: { overdue: true } })).total).toBe(1);
    expect((await ledger.call('clients.list', { filters: { disputed: true } })).total).toBe(0);
    await ledger.call('disputes.open', { invoiceId: late.id, reason: 'quality' });
    const disputed = await ledger.call('clients.list', { filters: { disputed: true, overdue: true } });
    expect(disputed.rows.map((r) => r.code)).toEqual(['C001']);
  });
});

describe('disputes', () => {
  it('marks the invoice, keeps it in the encours, and closes itself when a credit note settles it', async () => {
    const { ledger, client, late } = await clientWithInvoices();
    const dispute = await ledger.call('disputes.open', {
      invoiceId: late.id,
      reason: 'price',
      disputedCents: 3_000,
      owner: 'Sophie',
      comment: 'Remise non appliquée',
      openedOn: '2026-11-02',
    });
    expect(dispute).toMatchObject({ status: 'open', ageDays: 20, invoiceNumber: 'FA-100', disputedCents: 3_000 });
    expect((await ledger.call('invoices.get', { id: late.id })).status).toBe('disputed');
    expect((await ledger.call('reports.exposure', {})).overdueCents).toBe(8_000);
    expect((await ledger.call('invoices.list', { clientId: client.id, filter: 'disputed' })).total).toBe(1);

    await ledger.call('disputes.update', { id: dispute.id, status: 'in_progress' });
    const credit = await ledger.call('invoices.create', {
      clientId: client.id,
      kind: 'credit_note',
      number: 'AV-1',
      issueDate: TODAY,
      amountCents: 8_000,
    });
    await ledger.call('allocations.create', { invoiceId: late.id, creditNoteId: credit.id, amountCents: 8_000 });
    const [closed] = await ledger.call('disputes.list', { status: 'resolved' });
    expect(closed).toMatchObject({ id: dispute.id, status: 'resolved', resolution: 'credit_note', closedOn: TODAY });
    expect(await ledger.call('disputes.list', {})).toEqual([]);
  });

  it('refuses a second open dispute, an amount above the open amount, and a settled invoice', async () => {
    const { ledger, client, late, recent } = await clientWithInvoices();
    await ledger.call('disputes.open', { invoiceId: late.id, reason: 'delivery' });
    const before = rowCounts(ledger.core);
    expect(await ledger.fail('disputes.open', { invoiceId: late.id, reason: 'price' })).toMatchObject({
      code: 'conflict',
      field: 'invoiceId',
    });
    expect(
      await ledger.fail('disputes.open', { invoiceId: recent.id, reason: 'price', disputedCents: 5_001 }),
    ).toMatchObject({ field: 'disputedCents' });
    expect(await ledger.fail('disputes.open', { invoiceId: recent.id, reason: 'nonsense' as never })).toMatchObject({
      code: 'validation',
      field: 'reason',
    });
    await ledger.call('payments.create', { clientId: client.id, date: TODAY, amountCents: 5_000, allocate: 'none' });
    expect(rowCounts(ledger.core).activity).toBe(before.activity + 1);
  });

  it('resolves by hand and refuses to resolve twice', async () => {
    const { ledger, late } = await clientWithInvoices();
    const dispute = await ledger.call('disputes.open', { invoiceId: late.id, reason: 'duplicate' });
    await ledger.call('disputes.resolve', { id: dispute.id, resolution: 'rejected', comment: 'Facture justifiée' });
    expect(await ledger.fail('disputes.resolve', { id: dispute.id, resolution: 'paid' })).toMatchObject({
      code: 'validation',
    });
    expect((await ledger.call('invoices.get', { id: late.id })).status).toBe('overdue');
  });
});

describe('contacts, notes and timeline', () => {
  it('keeps one primary billing contact', async () => {
    const { ledger, client } = await clientWithInvoices();
    const first = await ledger.call('contacts.create', {
      clientId: client.id,
      name: 'Anne Roux',
      isPrimaryBilling: true,
    });
    await ledger.call('contacts.create', {
      clientId: client.id,
      name: 'Marc Petit',
      role: 'Comptabilité fournisseurs',
      email: 'compta@lefevre.fr',
      isPrimaryBilling: true,
    });
    const contacts = await ledger.call('contacts.list', { clientId: client.id });
    expect(contacts.map((c) => [c.name, c.isPrimaryBilling])).toEqual([
      ['Marc Petit', true],
      ['Anne Roux', false],
    ]);
    expect(await ledger.fail('contacts.update', { id: first.id, email: 'pas-un-email' })).toMatchObject({
      field: 'email',
    });
    await ledger.call('contacts.archive', { id: first.id, archived: true });
    expect(await ledger.call('contacts.list', { clientId: client.id })).toHaveLength(1);
  });

  it('lists the timeline newest first, filtered by kind prefix', async () => {
    const { ledger, client } = await clientWithInvoices();
    await ledger.call('notes.create', { clientId: client.id, text: 'Rappeler lundi, le comptable est absent.' });
    const all = await ledger.call('timeline.list', { clientId: client.id });
    expect(all.rows[0]).toMatchObject({ kind: 'note', summary: 'Rappeler lundi, le comptable est absent.' });
    expect(all.total).toBe(4);
    const invoices = await ledger.call('timeline.list', { clientId: client.id, kinds: ['invoice'] });
    expect(invoices.rows.map((r) => r.kind)).toEqual(['invoice.created', 'invoice.created']);
    expect(invoices.total).toBe(2);
  });
});

describe('lettrage suggestions and invoice corrections', () => {
  it('suggests the invoice named in the reference, then exact amount, then oldest', async () => {
    const { ledger, client, late, recent } = await clientWithInvoices();
    const byReference = await ledger.call('payments.create', {
      clientId: client.id,
      date: TODAY,
      amountCents: 5_000,
      reference: 'VIR SEPA GARAGE LEFEVRE CDE 555',
    });
    const suggestions = await ledger.call('allocations.suggest', { paymentId: byReference.id });
    expect(suggestions.map((s) => [s.invoiceId, s.reason, s.amountCents])).toEqual([
      [late.id, 'same_reference', 5_000],
    ]);
    const plain = await ledger.call('payments.create', { clientId: client.id, date: TODAY, amountCents: 5_000 });
    expect((await ledger.call('allocations.suggest', { paymentId: plain.id }))[0]).toMatchObject({
      invoiceId: recent.id,
      reason: 'exact_amount',
    });
  });

  it('corrects an invoice but never below what is allocated, and issues an invoice to issue', async () => {
    const { ledger, client, late } = await clientWithInvoices();
    await ledger.call('payments.create', { clientId: client.id, date: TODAY, amountCents: 6_000, allocate: 'fifo' });
    expect(await ledger.fail('invoices.update', { id: late.id, amountCents: 5_999 })).toMatchObject({
      field: 'amountCents',
    });
    expect((await ledger.call('invoices.update', { id: late.id, amountCents: 6_500 })).openCents).toBe(500);
    const toIssue = await ledger.call('invoices.create', { clientId: client.id, number: 'FAE-1', amountCents: 900 });
    const issued = await ledger.call('invoices.update', { id: toIssue.id, issueDate: '2026-11-20' });
    expect(issued).toMatchObject({ status: 'not_due', dueDate: '2026-12-20' });
  });
});

describe('several allocations at once', () => {
  it('writes all of them or none', async () => {
    const { ledger, client, late, recent } = await clientWithInvoices();
    const payment = await ledger.call('payments.create', { clientId: client.id, date: TODAY, amountCents: 9_000 });
    const before = rowCounts(ledger.core);
    const error = await ledger.fail('allocations.createMany', {
      allocations: [
        { invoiceId: late.id, paymentId: payment.id, amountCents: 6_000 },
        { invoiceId: recent.id, paymentId: payment.id, amountCents: 3_001 },
      ],
    });
    expect(error.code).toBe('over_allocation');
    expect(rowCounts(ledger.core)).toEqual(before);
    const created = await ledger.call('allocations.createMany', {
      allocations: [
        { invoiceId: late.id, paymentId: payment.id, amountCents: 6_000 },
        { invoiceId: recent.id, paymentId: payment.id, amountCents: 3_000 },
      ],
    });
    expect(created.map((a) => a.invoiceNumber)).toEqual(['FA-100', 'FA-101']);
    expect((await ledger.call('payments.list', { clientId: client.id })).rows[0].unallocatedCents).toBe(0);
  });
});
