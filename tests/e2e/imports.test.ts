import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/domain/money';
import { AppFrame } from './pages/app-frame';
import { ImportPage } from './pages/import-page';
import { WelcomePage } from './pages/welcome-page';
import { startE2eApp, type E2eApp } from './support/e2e-app';

/**
 * A new company loads its receivables: a CSV of clients from a spreadsheet (French format, one bad row), then
 * the FEC of its accounting software, whose 411 balances the imported encours must match.
 */

const FEC_FILE = join(__dirname, '..', '..', '..', 'shared', 'fixtures', 'fec', '111111111FEC20221231.TXT');

let app: E2eApp;
let frame: AppFrame;
let imports: ImportPage;

beforeAll(async () => {
  app = await startE2eApp();
  frame = new AppFrame(app.page);
  imports = new ImportPage(app.page);
  await new WelcomePage(app.page).waitUntilShown();
  // A fresh, empty ledger: every client below comes from the files.
  await app.call('ledger.create', { path: join(app.dataDir, 'import-e2e.encaisse'), companyName: 'Import E2E SARL' });
  await frame.companyName.waitFor();
});
afterAll(() => app?.close());

describe('imports', () => {
  it('imports a CSV of clients: mapping, validation report, then only the valid rows', async () => {
    await frame.goTo('imports');
    await imports.chooseKind('clients');
    const csv =
      'Code client;Raison sociale;SIREN;Ville;Plafond\r\n' +
      'C001;Boulangerie Martin SARL;012345678;Lyon;10 000,00\r\n' +
      'C002;Garage Petit;12345;Nantes;\r\n' +
      'C003;=HYPERLINK("http://x");;Paris;\r\n';
    await imports.pickFile('clients.csv', Buffer.from(`\ufeff${csv}`, 'utf8'));
    await imports.step('mapping').waitFor();
    expect(await imports.mappedColumn('code').textContent()).toBe('Code client');
    expect(await imports.mappedColumn('siren').textContent()).toBe('SIREN');
    await app.screenshot('14-import-mapping');

    await imports.check();
    await imports.step('preview').waitFor();
    const preview = await app.call('imports.preview', {
      source: { fileName: 'clients.csv', contentBase64: Buffer.from(`\ufeff${csv}`).toString('base64') },
      kind: 'clients',
    });
    expect(preview.rejectedRows).toBeGreaterThan(0);
    await expect.poll(() => imports.errorRows().count()).toBe(preview.errors.length);
    const firstError = await imports.errorRows().first().locator('td').allTextContents();
    expect(firstError).toEqual([
      String(preview.errors[0]!.row),
      preview.errors[0]!.column ?? '(ligne entière)',
      preview.errors[0]!.value,
      preview.errors[0]!.message,
    ]);
    await app.screenshot('15-import-preview');

    await app.page.getByTestId('import-skip-invalid').check();
    await imports.run();
    await imports.step('summary').waitFor();
    await app.screenshot('16-import-summary');
    const clients = await app.call('clients.list', { limit: 50 });
    expect(clients.total).toBe(preview.validRows);
    expect(clients.rows.map((c) => c.code)).toContain('C001');
    const martin = clients.rows.find((c) => c.code === 'C001')!;
    expect(martin.creditLimitCents).toBe(1_000_000);
    expect((await app.call('clients.file', { id: martin.id })).client.siren).toBe('012345678');
  });

  it('imports a FEC and shows each client’s encours beside its 411 balance', async () => {
    await app.page.getByTestId('import-again').click();
    await imports.chooseKind('fec');
    await imports.pickFile('111111111FEC20221231.TXT', readFileSync(FEC_FILE), 'text/plain');
    await imports.step('preview').waitFor();
    await app.page.getByTestId('fec-due-dates').waitFor();
    expect(await app.page.getByTestId('fec-reconciliation-row').count()).toBeGreaterThan(0);
    await app.screenshot('17-fec-preview');

    await imports.run();
    await imports.step('summary').waitFor();
    const rows = app.page.getByTestId('fec-reconciliation-row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    // The summary's "encours" column is the ledger's own figure for that client.
    const code = (await rows.first().getAttribute('data-client-code'))!;
    const found = await app.call('clients.list', { search: code, limit: 5 });
    const client = found.rows.find((c) => c.code === code)!;
    const shown = await rows.first().locator('td').nth(2).textContent();
    expect(shown).toBe(formatMoney(client.exposureCents));
    await app.screenshot('18-fec-summary');
  });

  it('ran without page errors or CSP violations', () => {
    expect(app.unexpectedProblems()).toEqual([]);
  });
});
