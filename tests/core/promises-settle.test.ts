import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/domain/dates';
import { judgePromise, type PaymentFact } from '../../electron/core/promises/promise-outcome';
import { newLedger, TODAY } from './helpers';
import { addCaller, invoiceDue, pay, reached, rows } from './calls-fixture';

/** Promises to pay: kept when payments cover them by their date + grace, broken once that day has passed. */

const GRACE = 3; // the company's default promise_grace_days

describe('judgePromise (pure)', () => {
  const day = fc.integer({ min: -10, max: 40 }).map((n) => addDays('2026-11-01', n));
  const payments = fc.array(fc.record({ date: day, amountCents: fc.integer({ min: 1, max: 60_000 }) }), {
    maxLength: 6,
  });
  const terms = fc.record({
    createdOn: fc.constant('2026-11-01'),
    promisedDate: fc.integer({ min: 0, max: 20 }).map((n) => addDays('2026-11-01', n)),
    amountCents: fc.integer({ min: 1, max: 100_000 }),
  });

  it('is kept exactly when the payments of its window reach the amount, broken only after the grace period', () => {
    fc.assert(
      fc.property(terms, payments, fc.integer({ min: 0, max: 10 }), day, (t, pays, grace, today) => {
        const outcome = judgePromise(t, pays, grace, today);
        const last = addDays(t.promisedDate, grace);
        const until = today < last ? today : last;
        const paid = pays
          .filter((p) => p.date >= t.createdOn && p.date <= until)
          .reduce((s, p) => s + p.amountCents, 0);
        expect(outcome.status === 'kept').toBe(paid >= t.amountCents);
        expect(outcome.status === 'broken').toBe(paid < t.amountCents && today > last);
        if (outcome.status === 'kept') expect(outcome.settledOn! <= until).toBe(true);
        if (outcome.status === 'broken') expect(outcome.settledOn).toBe(addDays(last, 1));
      }),
    );
  });

  it('never changes its mind: a kept or broken promise stays so on every later day', () => {
    fc.assert(
      fc.property(terms, payments, fc.integer({ min: 0, max: 10 }), day, fc.nat(30), (t, pays, grace, today, later) => {
        const first = judgePromise(t, pays, grace, today);
        const after = judgePromise(t, pays, grace, addDays(today, later));
        if (first.status !== 'open') expect([after.status, after.settledOn]).toEqual([first.status, first.settledOn]);
      }),
    );
  });

  it('a further payment never turns a kept promise into a broken one', () => {
    fc.assert(
      fc.property(
        terms,
        payments,
        fc.record({ date: day, amountCents: fc.integer({ min: 1, max: 60_000 }) }),
        day,
        (t, pays, extra, today) => {
          const before = judgePromise(t, pays, GRACE, today);
          const after = judgePromise(t, [...pays, extra], GRACE, today);
          if (before.status === 'kept') expect(after.status).toBe('kept');
          if (after.status === 'broken') expect(before.status).toBe('broken');
        },
      ),
    );
  });
});

describe('settling promises through the ledger', () => {
  it('is kept as soon as the payments cover it, with one timeline line', async () => {
    const ledger = await newLedger();
    const client = await addCaller(ledger, 'C001');
    await invoiceDue(ledger, client, '2026-11-01', 100_000);
    const promise = await ledger.call('promises.create', {
      clientId: client,
      date: '2026-11-25',
      amountCents: 80_000,
      today: '2026-11-20',
    });
    await pay(ledger, client, '2026-11-19', 50_000); // before the promise was made: does not count
    await pay(ledger, client, '2026-11-21', 50_000);
    let list = await ledger.call('promises.list', { today: TODAY });
    expect(list.promises.map((p) => [p.id, p.status, p.paidCents])).toEqual([[promise.id, 'open', 50_000]]);
    await pay(ledger, client, '2026-11-23', 30_000);
    list = await ledger.call('promises.list', { today: '2026-11-23' });
    expect(list.promises).toEqual([]);
    const kept = await ledger.call('promises.list', { status: 'kept', today: '2026-11-23' });
    expect(kept.promises.map((p) => [p.status, p.settledOn, p.paidCents])).toEqual([['kept', '2026-11-23', 80_000]]);
    await ledger.call('calls.list', { today: '2026-12-10' });
    expect(rows(ledger, 'activity', "kind = 'promise.kept'")).toBe(1);
    expect(rows(ledger, 'activity', "kind = 'promise.broken'")).toBe(0);
  });

  it('breaks once the grace period has passed, goes on the call list until called, and is written once', async () => {
    const ledger = await newLedger();
    const client = await addCaller(ledger, 'C001');
    await invoiceDue(ledger, client, '2026-11-01', 100_000);
    await ledger.call('promises.create', {
      clientId: client,
      date: '2026-11-10',
      amountCents: 60_000,
      today: '2026-11-05',
    });
    await pay(ledger, client, '2026-11-12', 20_000);
    await pay(ledger, client, '2026-11-14', 50_000); // one day after the grace period: too late
    // The last day of grace is the 13th: still open that day.
    expect((await ledger.call('promises.list', { today: '2026-11-13' })).promises[0].status).toBe('open');
    for (let i = 0; i < 3; i += 1) {
      const list = await ledger.call('calls.list', { today: TODAY });
      expect(list.rows.map((r) => r.reasons.map((x) => x.kind))).toEqual([['broken_promise']]);
      expect(list.rows[0].brokenPromises).toBe(1);
      expect(list.rows[0].priority.brokenPromisePoints).toBe(15);
    }
    const broken = await ledger.call('promises.list', { status: 'broken', today: TODAY });
    expect(broken.promises.map((p) => [p.settledOn, p.paidCents])).toEqual([['2026-11-14', 20_000]]);
    expect(rows(ledger, 'activity', "kind = 'promise.broken'")).toBe(1);
    // The reminders resume: the pause ended with the grace period.
    const queue = await ledger.call('reminders.queue', { today: TODAY });
    expect(queue.excluded.promised).toBe(0);
    await reached(ledger, client, TODAY);
    expect((await ledger.call('calls.list', { today: TODAY })).rows).toEqual([]);
  });

  it('matches the pure rule on random payments and reading days, and writes each outcome once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ offset: fc.integer({ min: 0, max: 20 }), amountCents: fc.integer({ min: 1_000, max: 40_000 }) }),
          { maxLength: 4 },
        ),
        fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 1, maxLength: 4 }),
        async (payments, readDays) => {
          const ledger = await newLedger();
          const client = await addCaller(ledger, 'C001');
          await invoiceDue(ledger, client, '2026-10-01', 500_000);
          const start = '2026-11-01';
          await ledger.call('promises.create', {
            clientId: client,
            date: addDays(start, 7),
            amountCents: 50_000,
            today: start,
          });
          const facts: PaymentFact[] = [];
          for (const p of payments) {
            facts.push({ date: addDays(start, p.offset), amountCents: p.amountCents });
            await pay(ledger, client, addDays(start, p.offset), p.amountCents);
          }
          let lastDay = start;
          for (const d of [...readDays].sort((a, b) => a - b)) {
            lastDay = addDays(start, d);
            await ledger.call('promises.list', { today: lastDay });
          }
          const expected = judgePromise(
            { createdOn: start, promisedDate: addDays(start, 7), amountCents: 50_000 },
            facts,
            GRACE,
            lastDay,
          );
          const stored = ledger.core.ledger.sqlite.prepare('SELECT status, settled_on FROM promise').get();
          expect(stored).toEqual({ status: expected.status, settled_on: expected.settledOn });
          expect(rows(ledger, 'activity', "kind IN ('promise.kept', 'promise.broken')")).toBe(
            expected.status === 'open' ? 0 : 1,
          );
        },
      ),
      { numRuns: 12 },
    );
  }, 60_000);
});

describe('promises.create and promises.cancel', () => {
  it('refuses a promise in the past, above the open amount, on another client or an archived one, writing nothing', async () => {
    const ledger = await newLedger();
    const client = await addCaller(ledger, 'C001');
    await invoiceDue(ledger, client, '2026-11-01', 100_000);
    const other = await addCaller(ledger, 'C002');
    const foreign = await invoiceDue(ledger, other, '2026-11-01', 100_000);
    await ledger.call('clients.archive', { id: other, archived: true });
    const before = [rows(ledger, 'promise'), rows(ledger, 'promise_invoice'), rows(ledger, 'activity')];
    const cases: Array<[object, string, RegExp]> = [
      [{ clientId: client, date: '2026-11-21', amountCents: 1_000 }, 'date', /in the past/],
      [{ clientId: client, date: TODAY, amountCents: 100_001 }, 'amountCents', /still open for Client C001/],
      [
        { clientId: client, date: TODAY, amountCents: 1_000, invoiceIds: [foreign.id] },
        'invoiceIds',
        /not an invoice of Client C001/,
      ],
      [{ clientId: other, date: TODAY, amountCents: 1_000 }, 'clientId', /C002.*archived/],
      [{ clientId: 999, date: TODAY, amountCents: 1_000 }, 'clientId', /999/],
    ];
    for (const [input, field, message] of cases) {
      const error = await ledger.fail('promises.create', input as never);
      expect({ field: error.field, message: error.message }).toEqual({
        field,
        message: expect.stringMatching(message),
      });
    }
    expect([rows(ledger, 'promise'), rows(ledger, 'promise_invoice'), rows(ledger, 'activity')]).toEqual(before);
  });

  it('cancels an open promise once, which ends the pause of the reminders', async () => {
    const ledger = await newLedger();
    const client = await addCaller(ledger, 'C001');
    await invoiceDue(ledger, client, '2026-11-10', 100_000);
    const promise = await ledger.call('promises.create', {
      clientId: client,
      date: '2026-11-30',
      amountCents: 100_000,
    });
    expect((await ledger.call('reminders.queue', { today: TODAY })).excluded.promised).toBe(1);
    const cancelled = await ledger.call('promises.cancel', { id: promise.id, note: 'saisie en double' });
    expect(cancelled.status).toBe('cancelled');
    expect((await ledger.call('reminders.queue', { today: TODAY })).excluded.promised).toBe(0);
    const again = await ledger.fail('promises.cancel', { id: promise.id });
    expect(again.message).toMatch(/already cancelled/);
    const listed = await ledger.call('promises.list', { today: TODAY });
    expect(listed).toEqual({ today: TODAY, promises: [], totalCents: 0 });
  });
});
