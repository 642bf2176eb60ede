import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallList } from '../../shared/contract/calls.types';
import { formatMoney } from '../../shared/domain/money';
import { createCore } from '../../electron/core/core';

const BIN = fileURLToPath(new URL('../../bin/encaisse.js', import.meta.url));
const TODAY = '2026-11-22';
let dir: string;
let ledger: string;
let anneId: number;

function encaisse(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

async function coreList(input: object): Promise<CallList> {
  const core = await createCore({ dbPath: ledger, today: TODAY });
  try {
    const result = await core.dispatch('calls.list', input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as CallList;
  } finally {
    await core.close();
  }
}

/** Two clients over their credit limit (one per collector) and one to call back. */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'encaisse-calls-cli-'));
  ledger = join(dir, 'atelier.encaisse');
  const core = await createCore({ dbPath: ledger, create: { companyName: 'Atelier Martin SARL' }, today: TODAY });
  const call = async (method: string, input: unknown) => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as { id: number };
  };
  anneId = (await call('collectors.create', { name: 'Anne Morel' })).id;
  const bruno = await call('collectors.create', { name: 'Bruno Petit' });
  const clients: Array<[string, string, number, string]> = [
    ['C001', 'Garage Lefèvre', anneId, '04 78 12 34 56'],
    ['C002', 'Café du Port', bruno.id, '+33 5 56 00 11 22'],
    ['C003', 'Boulangerie Dupré', anneId, '01 40 00 00 03'],
  ];
  const ids: number[] = [];
  for (const [code, name, collector, phone] of clients) {
    const client = await call('clients.create', { code, name, creditLimitCents: code === 'C003' ? null : 100_000 });
    ids.push(client.id);
    await call('collectors.assign', { collectorId: collector, clientIds: [client.id] });
    await call('contacts.create', { clientId: client.id, name: 'Service comptable', phone, isPrimaryBilling: true });
  }
  const invoice = (clientId: number, number: string, dueDate: string, amountCents: number) =>
    call('invoices.create', { clientId, number, issueDate: '2026-09-01', dueDate, amountCents });
  await invoice(ids[0], 'FA-1', '2026-10-01', 223_456);
  await invoice(ids[1], 'FA-2', '2026-11-01', 150_000);
  await invoice(ids[2], 'FA-3', '2026-12-10', 20_000);
  await call('calls.log', {
    clientId: ids[2],
    phone: '01 40 00 00 03',
    outcome: 'call_back',
    nextActionDate: '2026-11-21',
    today: '2026-11-18',
  });
  await core.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('encaisse calls', () => {
  it('prints the list as JSON alone on stdout, equal to the core list', async () => {
    const run = await encaisse('calls', ledger, '--today', TODAY, '--json');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as CallList;
    expect(printed).toEqual(await coreList({ today: TODAY }));
    expect(printed.rows.map((r) => [r.clientCode, r.reasons.map((x) => x.kind)])).toEqual([
      ['C001', ['credit_limit']],
      ['C002', ['credit_limit']],
      ['C003', ['callback']],
    ]);
  });

  it('prints a French table by priority, filtered by collector', async () => {
    const run = await encaisse('calls', ledger, '--today', TODAY, '--collector', String(anneId));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Atelier Martin SARL — appels du 22/11/2026');
    expect(run.stdout).toMatch(new RegExp(`C001 Garage Lefèvre +04 78 12 34 56 +${formatMoney(223_456)} +52 j`));
    expect(run.stdout).toMatch(
      new RegExp(`C003 Boulangerie Dupré +01 40 00 00 03 +${formatMoney(0)} +0 j +\\d\\d/\\d\\d/\\d{4}`),
    );
    expect(run.stdout).not.toContain('Café du Port');
    expect(run.stdout).toContain('C003 : rappel prévu le 21/11/2026');
    expect(run.stdout).toContain('2 clients');
  });

  it.concurrent.each([
    [['calls']],
    [['calls', 'x.encaisse', '--today', '2026-02-30']],
    [['calls', 'x.encaisse', '--collector', 'Anne']],
    [['calls', 'x.encaisse', 'extra']],
  ])('shows the usage and exits 2 on a bad command line: %j', async (args) => {
    const run = await encaisse(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage : encaisse');
    expect(run.stdout).toBe('');
  });

  it('exits 1 on a missing ledger', async () => {
    const run = await encaisse('calls', join(dir, 'absent.encaisse'), '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });
});
