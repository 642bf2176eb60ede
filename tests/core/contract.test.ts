import { describe, expect, it } from 'vitest';
import { contract, isWorkspaceMethod, methodNames } from '../../shared/contract/contract';
import { ledgerHandlers } from '../../electron/core/handlers';
import { mergeHandlers } from '../../electron/core/registry';
import { newLedger } from './helpers';

describe('the contract', () => {
  it('has exactly one handler per ledger method, and no handler outside the contract', () => {
    const ledgerMethods = methodNames.filter((m) => !isWorkspaceMethod(m)).sort();
    expect(Object.keys(ledgerHandlers).sort()).toEqual(ledgerMethods);
  });

  it('refuses a method registered twice', () => {
    const handler = async () => null;
    expect(() => mergeHandlers({ 'clients.get': handler as never }, { 'clients.get': handler as never })).toThrow(
      /twice: clients.get/,
    );
  });

  it('documents every method', () => {
    for (const name of methodNames) expect(contract[name].doc.length, name).toBeGreaterThan(10);
  });

  it('dispatch validates input and returns typed errors instead of throwing', async () => {
    const ledger = await ledgerReady();
    expect(await ledger.core.dispatch('clients.create', { code: '', name: 'X' })).toEqual({
      ok: false,
      error: { code: 'validation', message: 'code is required', field: 'code' },
    });
    expect(await ledger.core.dispatch('clients.get', { id: 'abc' })).toMatchObject({
      ok: false,
      error: { code: 'validation', field: 'id' },
    });
    expect(await ledger.core.dispatch('clients.get', { id: 41 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'id' },
    });
    expect(await ledger.core.dispatch('nope.nothing', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
    expect(await ledger.core.dispatch('ledger.open', { path: '/x' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    });
  });

  it('announces writes to subscribers, not reads', async () => {
    const ledger = await ledgerReady();
    const events: unknown[] = [];
    ledger.core.subscribe((e) => events.push(e));
    await ledger.core.dispatch('clients.list', {});
    expect(events).toEqual([]);
    await ledger.core.dispatch('clients.create', { code: 'C9', name: 'Nouveau' });
    expect(events).toEqual([{ type: 'ledger.changed', methods: ['clients.create'] }]);
  });
});

async function ledgerReady() {
  return newLedger();
}
