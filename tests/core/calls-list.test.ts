import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import { newLedger, TODAY } from './helpers';
import { addCaller, invoiceDue, pay, reached, rows } from './calls-fixture';

/** The day's call list through dispatch: its four sources, one row per client, ranked, filtered. */

const reasonKinds = (list: { rows: Array<{ clientCode: string; reasons: Array<{ kind: string }> }> }) =>
  list.rows.map((r) => [r.clientCode, r.reasons.map((x) => x.kind)]);

describe('calls.list', () => {
  it('gathers call steps, callbacks due, broken promises and credit-limit breaches, one row per client', async () => {
    const ledger = await newLedger();
    // C001: the standard plan's J+15 call is due (its J+7 letter was done on time).
    const step = await addCaller(ledger, 'C001');
    await invoiceDue(ledger, step, '2026-11-05');
    await ledger.call('reminders.skip', { clientId: step, channel: 'letter', today: '2026-11-12' });
    // C002: asked to be called back on the 20th (a day the app was not opened).
    const callback = await addCaller(ledger, 'C002');
    await invoiceDue(ledger, callback, '2026-11-20', 30_000);
    await ledger.call('calls.log', {
      clientId: callback,
      phone: '04 78 00 00 01',
      outcome: 'call_back',
      nextActionDate: '2026-11-20',
      note: 'rappeler la comptable',
      today: '2026-11-18',
    });
    // C003: called back later than asked: the later call (no new date) supersedes the callback.
    const superseded = await addCaller(ledger, 'C003');
    await ledger.call('calls.log', {
      clientId: superseded,
      phone: '0478000001',
      outcome: 'call_back',
      nextActionDate: '2026-11-19',
      today: '2026-11-17',
    });
    await reached(ledger, superseded, '2026-11-19');
    // C004: over its credit limit with something overdue; C005 over its limit but nothing overdue.
    const overLimit = await addCaller(ledger, 'C004', { creditLimitCents: 100_000 });
    await invoiceDue(ledger, overLimit, '2026-11-21', 150_000);
    const notDue = await addCaller(ledger, 'C005', { creditLimitCents: 100_000 });
    await invoiceDue(ledger, notDue, '2026-12-15', 150_000);
    // C006: a promise for the 10th, not kept; grace of 3 days ended on the 13th.
    const broken = await addCaller(ledger, 'C006');
    await invoiceDue(ledger, broken, '2026-11-15', 80_000);
    await ledger.call('promises.create', {
      clientId: broken,
      date: '2026-11-18',
      amountCents: 50_000,
      today: '2026-11-16',
    });

    const list = await ledger.call('calls.list', { today: TODAY });
    expect(reasonKinds(list).sort()).toEqual([
      ['C001', ['call_step']],
      ['C002', ['callback']],
      ['C004', ['credit_limit']],
      ['C006', ['broken_promise']],
    ]);
    const row = list.rows.find((r) => r.clientCode === 'C002')!;
    expect(row.reasons[0]).toMatchObject({ kind: 'callback', dueDate: '2026-11-20', note: 'rappeler la comptable' });
    expect(row.phone).toMatchObject({ e164: '+33478000001', tel: 'tel:+33478000001', display: '04 78 00 00 01' });
    expect(row.overdueCents).toBe(30_000);
    expect(row.oldestDaysLate).toBe(2);
    expect(row.lastAction?.kind).toBe('call.logged');
    expect(list.rows.find((r) => r.clientCode === 'C006')!.reasons[0]).toMatchObject({
      promisedDate: '2026-11-18',
      brokenOn: '2026-11-22',
      amountCents: 50_000,
    });
    expect(list.totalOverdueCents).toBe(list.rows.reduce((sum, r) => sum + r.overdueCents, 0));
  });

  it('ranks by a score whose parts add up, and filters by collector', async () => {
    const ledger = await newLedger();
    const anne = await ledger.call('collectors.create', { name: 'Anne' });
    const bruno = await ledger.call('collectors.create', { name: 'Bruno' });
    const small = await addCaller(ledger, 'C001', { creditLimitCents: 1, collectorId: anne.id });
    await invoiceDue(ledger, small, '2026-11-20', 5_000);
    const big = await addCaller(ledger, 'C002', { creditLimitCents: 1, collectorId: bruno.id });
    await invoiceDue(ledger, big, '2026-08-01', 2_500_000);
    const middle = await addCaller(ledger, 'C003', { creditLimitCents: 1, collectorId: anne.id });
    await invoiceDue(ledger, middle, '2026-10-01', 200_000);

    const list = await ledger.call('calls.list', { today: TODAY });
    expect(list.rows.map((r) => r.clientCode)).toEqual(['C002', 'C003', 'C001']);
    for (const r of list.rows) {
      const p = r.priority;
      expect(p.score).toBe(p.overduePoints + p.latenessPoints + p.brokenPromisePoints + p.creditLimitPoints);
      expect(p.creditLimitPoints).toBe(15);
    }
    // 25 000 € overdue: 10 × log10(25 001) → 43 points; 113 days late → 37 points.
    expect(list.rows[0].priority).toMatchObject({ overduePoints: 43, latenessPoints: 37 });

    const annes = await ledger.call('calls.list', { today: TODAY, collectorId: anne.id });
    expect(annes.rows.map((r) => [r.clientCode, r.collectorName])).toEqual([
      ['C003', 'Anne'],
      ['C001', 'Anne'],
    ]);
  });

  it('catches up after a week closed: what fell due shows once, and a logged call takes it off', async () => {
    const ledger = await newLedger();
    const client = await addCaller(ledger, 'C001');
    await invoiceDue(ledger, client, '2026-11-01');
    await ledger.call('reminders.skip', { clientId: client, channel: 'letter', today: '2026-11-08' });
    // The J+15 call fell due on the 16th; the app was closed from the 15th to the 22nd.
    const first = await ledger.call('calls.list', { today: TODAY });
    const again = await ledger.call('calls.list', { today: TODAY });
    expect(first.rows.map((r) => r.reasons.map((x) => x.kind))).toEqual([['call_step']]);
    expect(again.rows).toEqual(first.rows);

    await ledger.call('calls.log', { clientId: client, phone: '04 78 00 00 01', outcome: 'voicemail', today: TODAY });
    expect(rows(ledger, 'reminder', "channel = 'call' AND status = 'done'")).toBe(1);
    for (const day of [TODAY, addDays(TODAY, 1), addDays(TODAY, 5)]) {
      const list = await ledger.call('calls.list', { today: day });
      expect(list.rows.flatMap((r) => r.reasons.filter((x) => x.kind === 'call_step'))).toEqual([]);
    }
    // The engine moved on: the next step is the J+30 letter (kept 15 days after the call), not the call again.
    const queue = await ledger.call('reminders.queue', { today: '2026-12-07' });
    expect(queue.items.map((i) => [i.channel, i.offsetDays])).toEqual([['letter', 30]]);
  });

  it('leaves out archived clients and paid invoices', async () => {
    const ledger = await newLedger();
    const archived = await addCaller(ledger, 'C001', { creditLimitCents: 1 });
    await invoiceDue(ledger, archived, '2026-11-01');
    await ledger.call('clients.archive', { id: archived, archived: true });
    const paid = await addCaller(ledger, 'C002', { creditLimitCents: 1 });
    await invoiceDue(ledger, paid, '2026-11-01', 10_000);
    await pay(ledger, paid, '2026-11-10', 10_000);
    const list = await ledger.call('calls.list', { today: TODAY });
    expect(list.rows).toEqual([]);
  });
});
