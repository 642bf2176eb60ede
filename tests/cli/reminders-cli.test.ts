import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReminderQueue, ReminderRun } from '../../shared/contract/reminders.types';
import { formatMoney } from '../../shared/domain/money';
import { createCore } from '../../electron/core/core';

const BIN = fileURLToPath(new URL('../../bin/encaisse.js', import.meta.url));
const TODAY = '2026-11-22';
let dir: string;
let ledger: string;

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

function encaisse(...args: string[]): Promise<CliRun> {
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

async function coreQueue(): Promise<ReminderQueue> {
  const core = await createCore({ dbPath: ledger, today: TODAY });
  try {
    const result = await core.dispatch('reminders.queue', { today: TODAY });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as ReminderQueue;
  } finally {
    await core.close();
  }
}

/** Three clients: a letter due, a courtesy email due, and a letter that cannot go (no address). */
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'encaisse-reminders-cli-'));
  ledger = join(dir, 'atelier.encaisse');
  const core = await createCore({ dbPath: ledger, create: { companyName: 'Atelier Martin SARL' }, today: TODAY });
  const call = async (method: string, input: unknown) => {
    const result = await core.dispatch(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value as { id: number };
  };
  const address = { addressLine1: '3 quai des Chartrons', postalCode: '33000', city: 'Bordeaux' };
  const garage = await call('clients.create', { code: 'C001', name: 'Garage Lefèvre', ...address });
  const cafe = await call('clients.create', { code: 'C002', name: 'Café du Port', ...address });
  const bakery = await call('clients.create', { code: 'C003', name: 'Boulangerie Dupré' });
  for (const [client, email] of [
    [garage, 'compta@garage.fr'],
    [cafe, 'patron@cafe.fr'],
    [bakery, 'b@dupre.fr'],
  ] as const) {
    await call('contacts.create', { clientId: client.id, name: 'Service comptable', email, isPrimaryBilling: true });
  }
  const invoice = (clientId: number, number: string, dueDate: string, amountCents: number) =>
    call('invoices.create', { clientId, number, issueDate: '2026-10-01', dueDate, amountCents });
  await invoice(garage.id, 'FA-1', '2026-11-14', 123_456);
  await invoice(cafe.id, 'FA-2', '2026-11-25', 50_000);
  await invoice(bakery.id, 'FA-3', '2026-11-10', 20_000);
  await core.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('encaisse reminders', () => {
  it('prints the queue as JSON alone on stdout, equal to the core queue', async () => {
    const run = await encaisse('reminders', ledger, '--today', TODAY, '--json');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as ReminderQueue;
    expect(printed).toEqual(await coreQueue());
    expect(printed.items.map((i) => [i.clientCode, i.channel, i.offsetDays])).toEqual([
      ['C003', 'letter', 7],
      ['C002', 'email', -5],
      ['C001', 'letter', 7],
    ]);
  });

  it('prints a French table with the problems and the stale-payments warning', async () => {
    const run = await encaisse('reminders', ledger, '--today', TODAY);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Atelier Martin SARL — relances du 22/11/2026');
    expect(run.stdout).toMatch(new RegExp(`C001 Garage Lefèvre +J\\+7 +courrier +1 +${formatMoney(123_456)}`));
    expect(run.stdout).toMatch(/C003 Boulangerie Dupré .*no_address/);
    expect(run.stdout).toContain("C003 : Pas d'adresse postale pour Boulangerie Dupré (C003)");
    expect(run.stdout).toContain('Écartés : 0 en litige, 0 sous promesse, 0 sous le minimum, 0 reportés');
    expect(run.stdout).toContain('aucun règlement enregistré');
  });

  it.concurrent.each([
    [['reminders']],
    [['reminders', 'x.encaisse', '--today', '2026-13-01']],
    [['reminders', 'x.encaisse', 'extra']],
    [['letters', 'x.encaisse']],
    [['letters', 'x.encaisse', '--out', 'd', '--today', 'tomorrow']],
  ])('shows the usage and exits 2 on a bad command line: %j', async (args) => {
    const run = await encaisse(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage : encaisse');
    expect(run.stdout).toBe('');
  });

  it('exits 1 on a missing ledger', async () => {
    const run = await encaisse('reminders', join(dir, 'absent.encaisse'), '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });
});

describe('encaisse letters', () => {
  it('generates and records the day’s letters and drafts, leaving out the ones with problems', async () => {
    const out = join(dir, 'lettres');
    const run = await encaisse('letters', ledger, '--out', out, '--today', TODAY, '--json');
    expect(run.stderr).toContain('Laissé de côté — C003 (courrier)');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as ReminderRun;
    expect(result.documents.map((d) => [d.channel, d.pdfPath !== null, d.emlPath !== null])).toEqual(
      expect.arrayContaining([
        ['letter', true, false],
        ['email', true, true],
      ]),
    );
    expect(result.documents).toHaveLength(2);
    expect(result.combinedPdfPath && existsSync(result.combinedPdfPath)).toBe(true);
    for (const d of result.documents) for (const f of [d.pdfPath, d.emlPath]) if (f) expect(existsSync(f)).toBe(true);
    expect(readdirSync(out).length).toBeGreaterThanOrEqual(3);
    // Recorded: the next run has only the blocked letter left.
    const after = await coreQueue();
    expect(after.items.map((i) => i.clientCode)).toEqual(['C003']);
    const again = await encaisse('letters', ledger, '--out', out, '--today', TODAY);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Aucune lettre ni e-mail à générer le 22/11/2026');
  });
});
