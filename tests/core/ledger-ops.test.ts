import { describe, expect, it } from 'vitest';
import { newLedger, rowCounts, TODAY } from './helpers';

async function ledgerWithClient() {
  const ledger = await newLedger();
  const client = await ledger.call('clients.create', { code: 'C001', name: 'Boulangerie Martin' });
  return { ledger, client };
}

describe('invoices', () => {
  it('computes the due date from the client terms and derives status and days late', async () => {
    const { ledger, client } = await ledgerWithClient();
    await ledger.call('clients.update', { id: client.id, paymentTerms: { days: 45, mode: 'end_of_month_then_days' } });
    const invoice = await ledger.call('invoices.create', {
      clientId: client.id,
      number: 'FA-1',
      issueDate: '2026-08-10',
      amountCents: 120_000,
    });
    expect(invoice.dueDate).toBe('2026-10-15'); // 31 August + 45 days
    expect(invoice.status).toBe('overdue');
    expect(invoice.daysLate).toBe(38);
    expect(invoice.openCents).toBe(120_000);
  });

  it('keeps invoices to issue in the encours without a due date', async () => {
    const { ledger, client } = await ledgerWithClient();
    const invoice = await ledger.call('invoices.create', { clientId: client.id, number: 'FAE-1', amountCents: 5_000 });
    expect(invoice.status).toBe('to_issue');
    const exposure = await ledger.call('reports.exposure', {});
    expect(exposure).toMatchObject({ toIssueCents: 5_000, totalCents: 5_000 });
  });

  it.each([
    [{ amountCents: -100 }, 'amountCents'],
    [{ amountCents: 12.5 }, 'amountCents'],
    [{ issueDate: '2026-02-31' }, 'issueDate'],
    [{ clientId: 999 }, 'clientId'],
    [{ issueDate: '2026-05-10', dueDate: '2026-05-01' }, 'dueDate'],
  ])('rejects bad input %j naming the field, writing nothing', async (patch, field) => {
    const { ledger, client } = await ledgerWithClient();
    const before = rowCounts(ledger.core);
    const error = await ledger.fail('invoices.create', {
      clientId: client.id,
      number: 'FA-9',
      issueDate: '2026-05-10',
      amountCents: 1000,
      ...patch,
    });
    expect(error.field).toBe(field);
    expect(error.message).toMatch(/\w/);
    expect(rowCounts(ledger.core)).toEqual(before);
  });

  it('refuses a duplicate invoice number', async () => {
    const { ledger, client } = await ledgerWithClient();
    await ledger.call('invoices.create', {
      clientId: client.id,
      number: 'FA-1',
      issueDate: '2026-01-10',
      amountCents: 100,
    });
    const before = rowCounts(ledger.core);
    const error = await ledger.fail('invoices.create', {
      clientId: client.id,
      number: 'FA-1',
      issueDate: '2026-01-11',
      amountCents: 200,
    });
    expect(error).toMatchObject({ code: 'conflict', field: 'number' });
    expect(rowCounts(ledger.core)).toEqual(before);
  });
});

describe('payments and allocations', () => {
  async function setup() {
    const { ledger, client } = await ledgerWithClient();
    const older = await ledger.call('invoices.create', {
      clientId: client.id,
      number: 'FA-1',
      issueDate: '2026-07-01',
      dueDate: '2026-07-31',
      amountCents: 10_000,
    });
    const newer = await ledger.call('invoices.create', {
      clientId: client.id,
      number: 'FA-2',
      issueDate: '2026-10-01',
      dueDate: '2026-12-31',
      amountCents: 30_000,
    });
    return { ledger, client, older, newer };
  }

  it('allocates FIFO, oldest due first, leaving the rest as an advance', async () => {
    const { ledger, client, older, newer } = await setup();
    const payment = await ledger.call('payments.create', {
      clientId: client.id,
      date: TODAY,
      amountCents: 45_000,
      allocate: 'fifo',
    });
    expect(payment.unallocatedCents).toBe(5_000);
    expect((await ledger.call('invoices.get', { id: older.id })).status).toBe('paid');
    expect((await ledger.call('invoices.get', { id: newer.id })).openCents).toBe(0);
    const exposure = await ledger.call('reports.exposure', {});
    expect(exposure).toEqual({
      toIssueCents: 0,
      notDueCents: 0,
      overdueCents: 0,
      unallocatedCreditsCents: 5_000,
      totalCents: -5_000,
    });
  });

  it('allocates explicitly and partially, and undoes an allocation', async () => {
    const { ledger, client, older } = await setup();
    const payment = await ledger.call('payments.create', { clientId: client.id, date: TODAY, amountCents: 4_000 });
    const allocation = await ledger.call('allocations.create', {
      invoiceId: older.id,
      paymentId: payment.id,
      amountCents: 2_500,
    });
    expect((await ledger.call('invoices.get', { id: older.id })).openCents).toBe(7_500);
    await ledger.call('allocations.delete', { id: allocation.id });
    expect((await ledger.call('invoices.get', { id: older.id })).openCents).toBe(10_000);
    const timeline = ledger.core.ledger.sqlite
      .prepare('SELECT kind FROM activity WHERE client_id = ? ORDER BY id')
      .pluck()
      .all(client.id);
    expect(timeline).toEqual([
      'client.created',
      'invoice.created',
      'invoice.created',
      'payment.received',
      'allocation.created',
      'allocation.deleted',
    ]);
  });

  it('rejects an allocation beyond the open amount or the payment, writing nothing', async () => {
    const { ledger, client, older } = await setup();
    const payment = await ledger.call('payments.create', { clientId: client.id, date: TODAY, amountCents: 50_000 });
    const before = rowCounts(ledger.core);
    expect(
      await ledger.fail('allocations.create', { invoiceId: older.id, paymentId: payment.id, amountCents: 10_001 }),
    ).toMatchObject({
      code: 'over_allocation',
      field: 'amountCents',
    });
    const small = await ledger.call('payments.create', { clientId: client.id, date: TODAY, amountCents: 100 });
    const afterSmall = rowCounts(ledger.core);
    expect(afterSmall.payment).toBe(before.payment + 1);
    expect(
      await ledger.fail('allocations.create', { invoiceId: older.id, paymentId: small.id, amountCents: 101 }),
    ).toMatchObject({
      code: 'over_allocation',
    });
    expect(rowCounts(ledger.core)).toEqual(afterSmall);
  });

  it('refuses to allocate across clients', async () => {
    const { ledger, older } = await setup();
    const other = await ledger.call('clients.create', { code: 'C002', name: 'Autre' });
    const payment = await ledger.call('payments.create', { clientId: other.id, date: TODAY, amountCents: 100 });
    expect(
      await ledger.fail('allocations.create', { invoiceId: older.id, paymentId: payment.id, amountCents: 100 }),
    ).toMatchObject({
      code: 'validation',
      field: 'invoiceId',
    });
  });

  it('applies credit notes and keeps unused ones out of the encours', async () => {
    const { ledger, client, older } = await setup();
    const credit = await ledger.call('invoices.create', {
      clientId: client.id,
      kind: 'credit_note',
      number: 'AV-1',
      issueDate: '2026-08-01',
      amountCents: 3_000,
    });
    await ledger.call('allocations.create', { invoiceId: older.id, creditNoteId: credit.id, amountCents: 1_000 });
    const exposure = await ledger.call('reports.exposure', {});
    // 9,000 overdue + 30,000 not due − 2,000 of credit note left
    expect(exposure).toEqual({
      toIssueCents: 0,
      notDueCents: 30_000,
      overdueCents: 9_000,
      unallocatedCreditsCents: 2_000,
      totalCents: 37_000,
    });
  });
});

describe('aged balance and client list', () => {
  it('puts open invoices in the configured buckets and agrees with the client list', async () => {
    const { ledger, client } = await ledgerWithClient();
    const dues = ['2026-12-01', '2026-11-21', '2026-10-23', '2026-10-22', '2026-08-24', '2026-08-23'];
    for (const [i, dueDate] of dues.entries()) {
      await ledger.call('invoices.create', {
        clientId: client.id,
        number: `FA-${i}`,
        issueDate: '2026-06-01',
        dueDate,
        amountCents: 100 * (i + 1),
      });
    }
    const aging = await ledger.call('reports.aging', {});
    expect(aging.buckets.map((b) => [b.key, b.amountCents])).toEqual([
      ['not_due', 100],
      ['late_1_30', 200 + 300], // 1 and 30 days late
      ['late_31_60', 400], // 31 days
      ['late_61_90', 500], // 90 days
      ['late_over_90', 600], // 91 days
    ]);
    await ledger.call('company.update', { agingBounds: [60] });
    const coarse = await ledger.call('reports.aging', {});
    expect(coarse.buckets.map((b) => b.amountCents)).toEqual([100, 900, 1100]);
    const list = await ledger.call('clients.list', { sortField: 'overdueCents', sortDirection: 'desc' });
    expect(list.rows[0]).toMatchObject({ exposureCents: 2100, overdueCents: 2000, oldestDaysLate: 91 });
  });

  it('searches, sorts and paginates clients, hiding archived ones', async () => {
    const ledger = await newLedger();
    for (let i = 1; i <= 12; i++) {
      const c = await ledger.call('clients.create', {
        code: `C${String(i).padStart(3, '0')}`,
        name: `Client ${i}`,
        city: i % 2 ? 'Lyon' : 'Paris',
      });
      await ledger.call('invoices.create', {
        clientId: c.id,
        number: `FA-${i}`,
        issueDate: '2026-01-01',
        dueDate: '2026-02-01',
        amountCents: i * 1000,
      });
    }
    const page = await ledger.call('clients.list', {
      sortField: 'exposureCents',
      sortDirection: 'desc',
      limit: 5,
      offset: 5,
    });
    expect(page.total).toBe(12);
    expect(page.rows.map((r) => r.code)).toEqual(['C007', 'C006', 'C005', 'C004', 'C003']);
    expect((await ledger.call('clients.list', { search: 'paris' })).total).toBe(6);
    expect((await ledger.call('clients.list', { search: '%' })).total).toBe(0);
    await ledger.call('clients.archive', { id: page.rows[0].id, archived: true });
    expect((await ledger.call('clients.list', {})).total).toBe(11);
    expect((await ledger.call('clients.list', { includeArchived: true })).total).toBe(12);
  });

  it('refuses a duplicate client code', async () => {
    const { ledger } = await ledgerWithClient();
    expect(await ledger.fail('clients.create', { code: 'C001', name: 'Doublon' })).toMatchObject({
      code: 'conflict',
      field: 'code',
    });
  });

  it('the dashboard totals equal the sum of the client list', async () => {
    const ledger = await newLedger();
    for (let i = 1; i <= 15; i++) {
      const c = await ledger.call('clients.create', { code: `C${i}`, name: `Client ${i}` });
      await ledger.call('invoices.create', {
        clientId: c.id,
        number: `FA-${i}`,
        issueDate: '2026-09-01',
        amountCents: i * 777,
      });
      if (i % 3 === 0)
        await ledger.call('payments.create', { clientId: c.id, date: TODAY, amountCents: i * 500, allocate: 'fifo' });
    }
    const dashboard = await ledger.call('reports.dashboard', {});
    const all = await ledger.call('clients.list', { limit: 500 });
    expect(dashboard.exposure.totalCents).toBe(all.rows.reduce((s, r) => s + r.exposureCents, 0));
    expect(dashboard.topDebtors).toHaveLength(10);
    expect(dashboard.topDebtors[0].exposureCents).toBeGreaterThanOrEqual(dashboard.topDebtors[9].exposureCents);
  });
});
