import { describe, expect, it } from 'vitest';
import { newLedger } from './helpers';
import { addCaller, invoiceDue, pay, rows } from './calls-fixture';

/** Collectors: a list of people, clients assigned to them, and their figures over a period. */

describe('collectors', () => {
  it('creates, renames, archives and assigns clients in one transaction', async () => {
    const ledger = await newLedger();
    const anne = await ledger.call('collectors.create', { name: 'Anne Morel', email: 'anne@atelier.fr' });
    const bruno = await ledger.call('collectors.create', { name: 'Bruno Petit' });
    const a = await addCaller(ledger, 'C001');
    const b = await addCaller(ledger, 'C002');
    expect(await ledger.call('collectors.assign', { collectorId: anne.id, clientIds: [a, b, a] })).toEqual({
      assigned: 2,
    });
    expect(await ledger.call('collectors.assign', { collectorId: anne.id, clientIds: [a] })).toEqual({ assigned: 0 });
    expect((await ledger.call('clients.file', { id: a })).collectorName).toBe('Anne Morel');

    // One unknown client: nobody moves.
    const failed = await ledger.fail('collectors.assign', { collectorId: bruno.id, clientIds: [a, 999] });
    expect(failed).toMatchObject({ code: 'not_found', field: 'clientIds', message: 'No client with id 999.' });
    expect(rows(ledger, 'client', `collector_id = ${anne.id}`)).toBe(2);

    expect(await ledger.call('collectors.update', { id: bruno.id, name: 'Bruno Petit-Jean' })).toMatchObject({
      name: 'Bruno Petit-Jean',
    });
    await ledger.call('collectors.update', { id: bruno.id, archived: true });
    expect((await ledger.call('collectors.list', {})).map((c) => c.name)).toEqual(['Anne Morel']);
    const archived = await ledger.fail('collectors.assign', { collectorId: bruno.id, clientIds: [b] });
    expect(archived.message).toMatch(/Bruno Petit-Jean is archived/);
    expect(await ledger.call('collectors.assign', { collectorId: null, clientIds: [b] })).toEqual({ assigned: 1 });

    // Archived is not gone: listed when asked, and restored.
    expect(await ledger.call('collectors.list', { includeArchived: true })).toMatchObject([
      { name: 'Anne Morel', archived: false },
      { name: 'Bruno Petit-Jean', archived: true },
    ]);
    expect(await ledger.call('collectors.update', { id: bruno.id, archived: false })).toMatchObject({
      archived: false,
    });
    expect((await ledger.call('collectors.list', {})).map((c) => c.name)).toEqual(['Anne Morel', 'Bruno Petit-Jean']);
  });

  it('counts calls, reached rate, promises kept and the money paid within 30 days of a call', async () => {
    const ledger = await newLedger();
    const anne = await ledger.call('collectors.create', { name: 'Anne' });
    const bruno = await ledger.call('collectors.create', { name: 'Bruno' });
    const a = await addCaller(ledger, 'C001', { collectorId: anne.id });
    const b = await addCaller(ledger, 'C002', { collectorId: bruno.id });
    await invoiceDue(ledger, a, '2026-09-01', 300_000);
    await invoiceDue(ledger, b, '2026-09-01', 300_000);
    const log = (clientId: number, today: string, outcome: string, extra: object = {}) =>
      ledger.call('calls.log', { clientId, phone: '04 78 00 00 01', outcome: outcome as 'reached', today, ...extra });
    await log(a, '2026-10-01', 'voicemail');
    await log(a, '2026-10-02', 'promise', { promise: { date: '2026-10-10', amountCents: 100_000 } });
    await log(a, '2026-10-15', 'promise', { promise: { date: '2026-10-20', amountCents: 50_000 } });
    await pay(ledger, a, '2026-10-09', 100_000); // keeps the first promise; within 30 days of the call of the 2nd
    await pay(ledger, a, '2026-12-01', 10_000); // too late for any call of October
    await log(b, '2026-10-05', 'reached');
    await log(b, '2026-10-06', 'unreachable', { collectorId: anne.id }); // Anne stood in for Bruno
    await pay(ledger, b, '2026-10-20', 70_000);
    await log(b, '2026-11-05', 'reached'); // outside the period

    const stats = await ledger.call('collectors.stats', { from: '2026-10-01', to: '2026-10-31' });
    const byName = Object.fromEntries(stats.rows.map((r) => [r.collectorName, r]));
    expect(byName.Anne).toMatchObject({
      calls: 4,
      reached: 2,
      reachedRate: 0.5,
      promises: 2,
      promisesKept: 1,
      promisesBroken: 1,
      promisesKeptRate: 0.5,
      collectedCents: 100_000,
    });
    expect(byName.Bruno).toMatchObject({
      calls: 1,
      reached: 1,
      reachedRate: 1,
      promises: 0,
      promisesKeptRate: null,
      collectedCents: 70_000,
    });
    expect(stats.rows.map((r) => r.collectorName)).toEqual(['Anne', 'Bruno']);
    expect((await ledger.fail('collectors.stats', { from: '2026-11-01', to: '2026-10-01' })).field).toBe('from');
  });
});
