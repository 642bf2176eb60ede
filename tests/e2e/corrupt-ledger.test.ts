import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { WelcomePage } from './pages/welcome-page';
import { startE2eApp, type E2eApp } from './support/e2e-app';

/** Opening a file that is not a usable ledger: a clear message, and the file left exactly as it was. */

let app: E2eApp;
let welcome: WelcomePage;

beforeAll(async () => {
  app = await startE2eApp();
  welcome = new WelcomePage(app.page);
  await welcome.waitUntilShown();
});
afterAll(() => app?.close());

/** A real ledger cut in half, as a failed copy or a full disk would leave it. */
async function truncatedLedger(): Promise<string> {
  const path = join(app.dataDir, 'coupe.encaisse');
  const core = await createCore({ dbPath: path, create: { companyName: 'Coupé SARL' } });
  await core.close();
  truncateSync(path, Math.floor(readFileSync(path).length / 2));
  return path;
}

describe('opening a damaged file', () => {
  it('explains that the file is not a usable ledger and leaves it untouched', async () => {
    const path = await truncatedLedger();
    const before = readFileSync(path);
    await welcome.openPath(path);
    await welcome.error.waitFor({ state: 'visible' });
    expect(await welcome.error.getAttribute('data-error-code')).toBe('invalid_ledger');
    const text = (await welcome.error.textContent()) ?? '';
    expect(text).toContain('Ce fichier n’est pas un grand livre Encaisse');
    expect(text).toContain(path);
    expect(text).toContain('truncated');
    await app.screenshot('04-corrupt-ledger');
    expect(readFileSync(path).equals(before)).toBe(true);
    expect((await app.call('ledger.state', {})).current).toBeNull();
  });

  it('says the same of a file that is not a database at all', async () => {
    const path = join(app.dataDir, 'notes.encaisse');
    writeFileSync(path, 'Liste de courses : pain, lait, café.\n'.repeat(20));
    await welcome.openPath(path);
    await expect.poll(async () => (await welcome.error.textContent()) ?? '').toContain('notes.encaisse');
    expect(await welcome.error.getAttribute('data-error-code')).toBe('invalid_ledger');
    expect(await welcome.openDemoButton.isVisible()).toBe(true);
  });

  it('ran without page errors or CSP violations', () => {
    expect(app.unexpectedProblems()).toEqual([]);
  });
});
