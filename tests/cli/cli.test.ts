import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgedBalance, Exposure } from '../../shared/contract/types';
import { formatMoney } from '../../shared/domain/money';
import { createCore } from '../../electron/core/core';

const BIN = fileURLToPath(new URL('../../bin/encaisse.js', import.meta.url));
const TODAY = '2026-11-22';
let dir: string;
let ledger: string;
let demoRun: CliRun;

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The real command, as a user runs it: `node bin/encaisse.js …` in a child process. */
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

async function coreReport<T>(method: string): Promise<T> {
  const core = await createCore({ dbPath: ledger, today: TODAY });
  try {
    const result = await core.dispatch(method, { today: TODAY });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  } finally {
    await core.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'encaisse-cli-test-'));
  ledger = join(dir, 'demo.encaisse');
  demoRun = await encaisse('demo', ledger, '--seed', '11', '--today', TODAY);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('encaisse command', () => {
  it('creates the demo company file', () => {
    expect(demoRun.code).toBe(0);
    expect(demoRun.stdout).toContain('Société de démonstration créée');
    expect(existsSync(ledger)).toBe(true);
  });

  it('prints the encours as JSON alone on stdout, equal to the core figures', async () => {
    const run = await encaisse('report', ledger, 'encours', '--today', TODAY, '--json');
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as Exposure;
    const exposure = await coreReport<Exposure>('reports.exposure');
    expect(printed).toEqual(exposure);
    expect(printed.totalCents).toBeGreaterThan(0);
  });

  it('prints French tables with French amounts', async () => {
    const [encours, aging] = await Promise.all([
      encaisse('report', ledger, 'encours', '--today', TODAY),
      encaisse('report', ledger, 'aging', '--today', TODAY),
    ]);
    const exposure = await coreReport<Exposure>('reports.exposure');
    const balance = await coreReport<AgedBalance>('reports.aging');
    expect(encours.code).toBe(0);
    expect(encours.stdout).toContain('Atelier Durand & Fils SARL — encours client au 22/11/2026');
    expect(encours.stdout).toMatch(new RegExp(`Encours total +${formatMoney(exposure.totalCents)}`));
    expect(formatMoney(exposure.totalCents)).toMatch(/^\d{1,3}(\u202f\d{3})*,\d{2}\u00a0€$/);
    expect(aging.code).toBe(0);
    expect(aging.stdout).toContain('balance âgée au 22/11/2026');
    expect(aging.stdout).toContain('Plus de 90 jours');
    expect(aging.stdout).toContain(formatMoney(balance.totalCents));
  });

  // Independent child processes: run side by side.
  it.concurrent.each([
    [[]],
    [['frobnicate']],
    [['report']],
    [['report', 'x.encaisse']],
    [['report', 'x.encaisse', 'sales']],
    [['report', 'x.encaisse', 'aging', '--today', '2026-02-30']],
    [['report', 'x.encaisse', 'aging', '--verbose']],
    [['demo', 'new.encaisse', '--seed', 'many']],
    [['demo', 'new.encaisse', '--scale', 'huge']],
  ])('shows the usage and exits 2 on a bad command line: %j', async (args) => {
    const run = await encaisse(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage : encaisse');
    expect(run.stdout).toBe('');
    expect(existsSync(join(dir, 'new.encaisse'))).toBe(false);
  });

  it('prints the help on stdout with exit 0', async () => {
    const run = await encaisse('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('encaisse report <fichier> encours|aging');
  });

  it('fails with exit 1 on a file that is not a ledger, leaving it byte for byte', async () => {
    const path = join(dir, 'clients.csv');
    const content = Buffer.from('Code;Nom;SIREN\nC1;Boulangerie Martin;552100554\n'.repeat(50));
    writeFileSync(path, content);
    const run = await encaisse('report', path, 'encours', '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/not a usable Encaisse ledger/);
    expect(readFileSync(path).equals(content)).toBe(true);
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`)).toBe(false);
  });

  it('fails with exit 1 on a missing file, and never overwrites with demo', async () => {
    const missing = await encaisse('report', join(dir, 'absent.encaisse'), 'aging');
    expect(missing.code).toBe(1);
    expect(existsSync(join(dir, 'absent.encaisse'))).toBe(false);
    const before = readFileSync(ledger);
    const again = await encaisse('demo', ledger);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('existe déjà');
    expect(readFileSync(ledger).equals(before)).toBe(true);
  });
});
