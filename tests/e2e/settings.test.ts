import { deflateSync, crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFrame } from './pages/app-frame';
import { DashboardPage } from './pages/dashboard-page';
import { SettingsPage } from './pages/settings-page';
import { WelcomePage } from './pages/welcome-page';
import { startE2eApp, type E2eApp } from './support/e2e-app';

/**
 * The office manager prepares the reminders: corrects the letterhead, tries a contractual rate below the
 * legal floor, adds the latest ECB rate, moves a step of the standard plan, and fixes a template with a typo.
 * Every change is checked against the core the page talks to.
 */

/** A 160×48 PNG logo: a navy band with a lighter square, enough to see that the thumbnail is the file. */
function logoPng(): Buffer {
  const width = 160;
  const height = 48;
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const light = x >= 8 && x < 48 && y >= 4 && y < 44;
      rows.set(light ? [120, 170, 230] : [30, 60, 120], y * (width * 3 + 1) + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let app: E2eApp;
let settings: SettingsPage;

beforeAll(async () => {
  app = await startE2eApp();
  const welcome = new WelcomePage(app.page);
  await welcome.waitUntilShown();
  await welcome.openDemo();
  await new DashboardPage(app.page).waitUntilLoaded();
  settings = new SettingsPage(app.page);
  await new AppFrame(app.page).goTo('settings');
});
afterAll(() => app?.close());

describe('settings for letters and reminders', () => {
  it('changes the IBAN and the signatory of the letterhead', async () => {
    const form = settings.panel('letterhead');
    await settings.field(form, 'IBAN').waitFor();
    expect(await settings.field(form, 'Raison sociale').inputValue()).toBe((await app.call('company.get', {})).name);
    await settings.field(form, 'IBAN').fill('FR14 2004 1010 0505 0001 3M02 606');
    await settings.field(form, 'Nom du signataire').fill('Hélène Marchand');
    await settings.field(form, 'Fonction du signataire').fill('Responsable administrative');
    await form.getByTestId('letterhead-save').click();
    await expect.poll(() => settings.notification.textContent()).toBe('En-tête enregistré');
    const company = await app.call('company.get', {});
    expect(company).toMatchObject({
      iban: 'FR1420041010050500013M02606',
      signatoryName: 'Hélène Marchand',
      signatoryTitle: 'Responsable administrative',
    });
    await settings.dismissNotification();

    const png = logoPng();
    await form.getByTestId('logo-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await form.getByTestId('logo-thumbnail').waitFor();
    expect(await app.call('letterhead.logo', {})).toEqual({ mime: 'image/png', base64: png.toString('base64') });
    await settings.dismissNotification();
    await app.screenshot('40-settings-letterhead');
  });

  it('refuses a contractual rate below 3 × the legal rate, on the rate field', async () => {
    const before = await app.call('penalties.get', {});
    await settings.openTab('penalties');
    const form = settings.panel('penalties');
    await form.getByLabel('Taux contractuel', { exact: true }).check();
    const rate = settings.field(form, 'Taux contractuel (%)');
    await rate.fill('1,00');
    await form.getByTestId('penalties-save').click();
    await expect.poll(() => settings.helperText(rate)).toMatch(/^Saisie invalide — .+/);
    expect(await rate.getAttribute('aria-invalid')).toBe('true');
    await settings.dismissNotification();
    await app.screenshot('41-settings-penalties');
    const after = await app.call('penalties.get', {});
    expect(after).toEqual(before);
    // Leaving the tab with the refused change asks first; the change is dropped.
    await app.page.getByTestId('settings-tab-rates').click();
    await app.page.getByTestId('confirm-action').click();
    await settings.panel('rates').waitFor();
  });

  it('adds an ECB rate row and saves the table', async () => {
    const panel = settings.panel('rates');
    const table = panel.getByTestId('ecb-rates');
    await table.getByTestId('ecb-rates-row').first().waitFor();
    const rowsBefore = await table.getByTestId('ecb-rates-row').count();
    const before = await app.call('rates.ecb.list', {});
    expect(rowsBefore).toBe(before.length);
    await table.getByTestId('ecb-rates-add').click();
    const row = rowsBefore + 1;
    await table.getByLabel(`En vigueur au, ligne ${row}`).fill('2026-10-28');
    await table.getByLabel(`Taux (%), ligne ${row}`).fill('1,90');
    await table.getByTestId('ecb-rates-save').click();
    await expect.poll(() => settings.notification.textContent()).toBe('Table des taux BCE enregistrée');
    const after = await app.call('rates.ecb.list', {});
    expect(after).toHaveLength(before.length + 1);
    expect(after).toContainEqual({ effectiveDate: '2026-10-28', rateBp: 190 });
    await settings.dismissNotification();
    await app.screenshot('42-settings-rates');
  });

  it('moves the first reminder of the standard plan from J+7 to J+10', async () => {
    await settings.openTab('plans');
    const card = settings.planCard('standard');
    await card.waitFor();
    await card.getByTestId('edit-plan').click();
    const editor = app.page.getByTestId('plan-editor');
    const offsets = editor.getByLabel('Décalage (jours)');
    const values = await offsets.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const index = values.indexOf('7');
    expect(index).toBeGreaterThanOrEqual(0);
    await offsets.nth(index).fill('10');
    await offsets.nth(index).blur();
    await app.screenshot('43-settings-plans-editor', { fullPage: false });
    await editor.getByTestId('form-submit').click();
    await editor.waitFor({ state: 'detached' });
    await settings.dismissNotification();
    const standard = (await app.call('dunningPlans.list', { includeArchived: false })).find(
      (p) => p.code === 'standard',
    );
    expect(standard!.steps.map((step) => step.offsetDays)).toContain(10);
    expect(standard!.steps.map((step) => step.offsetDays)).not.toContain(7);
    await expect
      .poll(() => card.getByTestId('plan-step-line').allTextContents())
      .toContainEqual(expect.stringMatching(/^J\+10Courrier/));
    await app.screenshot('43-settings-plans');
  });

  it('shows the unknown merge field of a template, then the preview once fixed', async () => {
    await settings.openTab('templates');
    await app.page.getByRole('combobox', { name: 'Modèles' }).click();
    await settings.templateItem('fr.reminder_1').click();
    const editor = app.page.getByTestId('template-editor');
    const body = settings.field(editor, 'Texte de la lettre');
    await expect.poll(() => body.inputValue()).toContain('{{invoices.table}}');
    const original = await body.inputValue();
    await body.fill(`Madame, Monsieur, bonjour {{client.nme}},\n\n${original}`);
    await expect.poll(() => settings.helperText(body)).toContain('{{client.nme}}');
    expect(await editor.getByTestId('template-save').isDisabled()).toBe(true);

    await body.fill(`Madame, Monsieur, bonjour ,\n\n${original}`);
    await body.evaluate((input: HTMLTextAreaElement) => input.setSelectionRange(26, 26));
    await settings.mergeField('client.name').click();
    expect(await body.inputValue()).toBe(`Madame, Monsieur, bonjour {{client.name}},\n\n${original}`);
    const preview = app.page.getByTestId('letter-preview');
    await expect
      .poll(() => preview.getByTestId('preview-paragraph').first().textContent())
      .toBe('Madame, Monsieur, bonjour Client Exemple SARL,');
    await expect.poll(() => preview.getByTestId('preview-invoices').count()).toBe(1);
    await settings.dismissNotification();
    await app.screenshot('44-settings-template-editor');
    await editor.getByTestId('template-save').click();
    await expect.poll(() => settings.notification.textContent()).toBe('Modèle enregistré');
    const saved = (await app.call('templates.list', {})).find((template) => template.code === 'fr.reminder_1');
    expect(saved!.body).toContain('bonjour {{client.name}},');
    expect(app.unexpectedProblems()).toEqual([]);
  });
});
