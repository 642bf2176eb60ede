import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueItem, ReminderQueue } from '../../shared/contract/reminders.types';
import { addDays } from '../../shared/domain/dates';
import { formatMoney } from '../../shared/domain/money';
import { AppFrame } from './pages/app-frame';
import { ClientFilePage } from './pages/client-file-page';
import { DashboardPage } from './pages/dashboard-page';
import { RemindersPage } from './pages/reminders-page';
import { WelcomePage } from './pages/welcome-page';
import { E2E_TODAY, SCREENSHOT_DIR, startE2eApp, type E2eApp } from './support/e2e-app';

/**
 * The assistant's morning on the Relances screen of the demo company, through the real core: review the
 * queue, move one client to a plan that sends it a mise en demeure (from its file), preview it, postpone one
 * action, skip another, generate a few letters and an e-mail draft, read the history, type the registered
 * letter's tracking number, and find all of it in the client's timeline.
 */

let app: E2eApp;
let frame: AppFrame;
let reminders: RemindersPage;
let queue: ReminderQueue;
/** The client moved to the "mise en demeure" plan, and the actions picked for each part of the morning. */
let noticeClient: QueueItem;
let postponed: QueueItem;
let skipped: QueueItem;
let generated: QueueItem[];
const NOTICE_PLAN = 'Mise en demeure directe (E2E)';

/** How the screen names a step, written out here so the test does not reuse the code it checks. */
const LEVELS: Record<string, string> = {
  courtesy: 'Courtoisie',
  reminder_1: 'Relance 1',
  reminder_2: 'Relance 2',
  formal_notice: 'Mise en demeure',
  statement: 'Relevé de compte',
  call_script: 'Appel',
};
const CHANNELS: Record<string, string> = {
  email: 'E-mail',
  letter: 'Courrier',
  call: 'Appel',
  litigation: 'Contentieux',
};
function expectedStep(item: QueueItem): string {
  const name = item.level ? LEVELS[item.level] : CHANNELS[item.channel];
  const offset =
    item.offsetDays === 0 ? 'J' : item.offsetDays > 0 ? `J+${item.offsetDays}` : `J\u2212${-item.offsetDays}`;
  return `${name} · ${offset}`;
}

let historyBefore = 0;

beforeAll(async () => {
  app = await startE2eApp();
  frame = new AppFrame(app.page);
  reminders = new RemindersPage(app.page);
  const welcome = new WelcomePage(app.page);
  await welcome.waitUntilShown();
  await welcome.openDemo();
  await new DashboardPage(app.page).waitUntilLoaded();
  queue = await app.call('reminders.queue', {});
  historyBefore = (await app.call('reminders.history', {})).total;

  // A plan whose only step is the mise en demeure at J+45, so the client moved to it gets one today.
  const templates = await app.call('templates.list', { language: 'fr' });
  const notice = templates.find((template) => template.level === 'formal_notice');
  expect(notice).toBeDefined();
  const plan = await app.call('dunningPlans.save', {
    code: 'e2e-notice',
    name: NOTICE_PLAN,
    description: '',
    steps: [{ offsetDays: 45, channel: 'registered_letter', templateId: notice!.id }],
  });
  // Its client: undisputed, with an address, and (the demo company has a history) due for it today. Tried
  // through the core and put back, so that the test itself moves it from its file as a user would.
  const late = await app.call('clients.list', {
    filters: { overdue: true },
    sortField: 'oldestDaysLate',
    sortDirection: 'desc',
    limit: 40,
  });
  for (const candidate of late.rows) {
    const file = await app.call('clients.file', { id: candidate.id });
    if (file.activeDisputeCount > 0 || !file.client.addressLine1 || !file.client.city) continue;
    await app.call('dunningPlans.assign', { clientId: candidate.id, planId: plan.id });
    const trial = await app.call('reminders.queue', {});
    await app.call('dunningPlans.assign', { clientId: candidate.id, planId: file.client.dunningPlanId });
    const item = trial.items.find((i) => i.clientId === candidate.id && i.channel === 'registered_letter');
    if (item && item.problems.length === 0) {
      noticeClient = item;
      break;
    }
  }
  expect(noticeClient).toBeDefined();
  const pool = queue.items.filter(
    (item) => item.problems.length === 0 && item.channel !== 'call' && item.clientId !== noticeClient.clientId,
  );
  const emails = pool.filter((item) => item.channel === 'email');
  const letters = pool.filter((item) => item.channel === 'letter');
  expect(emails.length).toBeGreaterThanOrEqual(3);
  generated = [...letters.slice(0, 1), ...emails.slice(0, 2)];
  const rest = pool.filter((item) => !generated.includes(item));
  postponed = rest.find((item) => item.channel === 'email')!;
  skipped = rest.find((item) => item !== postponed)!;
  expect(postponed).toBeDefined();
  expect(skipped).toBeDefined();
});
afterAll(() => app?.close());

describe('the Relances screen', () => {
  it('shows the day’s queue the core computes, one row per client and channel', async () => {
    await frame.goTo('reminders');
    await reminders.waitUntilLoaded();
    expect(await app.page.getByRole('heading', { level: 1 }).textContent()).toBe('Relances');
    expect(await app.page.getByText('Journée du 22/11/2026').count()).toBe(1);
    const items = await reminders.items();
    expect(items.map((item) => `${item.code}/${item.channel}`)).toEqual(
      queue.items.map((item) => `${item.clientCode}/${item.channel}`),
    );
    const first = queue.items[0];
    const firstRow = reminders.row(first.clientCode, first.channel);
    expect(await firstRow.locator('[data-field="total"]').textContent()).toBe(formatMoney(first.totalOpenCents));
    expect(items.map((item) => item.step)).toEqual(queue.items.map(expectedStep));
    expect(items.filter((item) => !item.selectable).length).toBe(
      queue.items.filter((item) => item.problems.length > 0 || item.channel === 'call').length,
    );
    await app.screenshot('30-reminders-queue');
  });

  it('sends a mise en demeure to a client moved to a stricter plan from its file, and previews it', async () => {
    // The plan is chosen where the user looks at the client: its file.
    await app.page.evaluate((id) => (window.location.hash = `#/clients/${id}`), noticeClient.clientId);
    const file = new ClientFilePage(app.page);
    await file.waitUntilLoaded(noticeClient.clientId);
    await app.page.getByRole('combobox', { name: 'Changer de scénario' }).click();
    await app.page.getByRole('option', { name: NOTICE_PLAN }).click();
    await expect.poll(() => app.page.getByTestId('client-dunning-plan-name').textContent()).toBe(NOTICE_PLAN);
    expect((await app.call('clients.file', { id: noticeClient.clientId })).dunningPlanName).toBe(NOTICE_PLAN);

    await frame.goTo('reminders');
    await reminders.waitUntilLoaded();
    const row = reminders.row(noticeClient.clientCode, 'registered_letter');
    await row.waitFor();
    expect(await row.locator('[data-field="step"]').textContent()).toBe('Mise en demeure · J+45');
    expect(await row.locator('[data-field="channel"]').textContent()).toBe('Recommandé AR');

    await reminders.rowAction(noticeClient.clientCode, 'registered_letter', 'preview');
    const dialog = reminders.dialog('preview-dialog');
    const preview = dialog.getByTestId('letter-preview');
    await preview.waitFor();
    const expected = await app.call('reminders.preview', {
      clientId: noticeClient.clientId,
      channel: 'registered_letter',
    });
    expect(await preview.getByTestId('preview-subject').textContent()).toBe(`Objet : ${expected.letter.subject}`);
    expect(expected.letter.subject.toLowerCase()).toContain('mise en demeure');
    expect(await preview.getByTestId('preview-invoice').count()).toBe(expected.invoices.length);
    expect(expected.totals.interestCents).toBeGreaterThan(0);
    expect(expected.totals.indemnityCents).toBe(4_000 * expected.invoices.length);
    const totals = preview.getByTestId('preview-totals');
    expect(await totals.locator('[data-field="claimed"] td').last().textContent()).toBe(
      formatMoney(expected.totals.claimedCents),
    );
    expect(await totals.locator('[data-field="indemnity"] td').last().textContent()).toBe(
      formatMoney(expected.totals.indemnityCents),
    );
    expect(await preview.textContent()).toContain('en demeure');

    // The PDF of the preview is a real PDF, handed over as a named download.
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      dialog.getByTestId('preview-open-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${noticeClient.clientCode}-apercu.pdf`);
    const pdfPath = join(app.dataDir, 'preview.pdf');
    await download.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString();
    expect(text).toContain(expected.invoices[0].number);
    expect(text.toLowerCase()).toContain('mise en demeure');

    await file.dismissNotification();
    await app.screenshot('31-reminder-preview', { fullPage: false });
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('postpones one action to a later day: it leaves the queue and is counted apart', async () => {
    await reminders.rowAction(postponed.clientCode, postponed.channel, 'postpone');
    const dialog = reminders.dialog('postpone-dialog');
    const date = dialog.getByLabel(/^Reporter jusqu’au/);
    expect(await date.inputValue()).toBe(addDays(E2E_TODAY, 7));
    await date.fill(E2E_TODAY);
    await dialog.getByTestId('form-submit').click();
    await dialog.getByText('La date doit être après le 22/11/2026').waitFor();
    await date.fill(addDays(E2E_TODAY, 10));
    await dialog.getByTestId('form-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await reminders.row(postponed.clientCode, postponed.channel).waitFor({ state: 'detached' });
    const after = await app.call('reminders.queue', {});
    expect(after.excluded.postponed).toBe(queue.excluded.postponed + 1);
    await expect
      .poll(() => app.page.getByTestId('excluded-postponed').textContent())
      .toMatch(new RegExp(`^${after.excluded.postponed} reportées?$`));
  });

  it('skips one step after a confirmation: recorded as skipped, gone from today’s queue', async () => {
    await reminders.rowAction(skipped.clientCode, skipped.channel, 'skip');
    const confirm = reminders.dialog('confirm-dialog');
    expect(await confirm.textContent()).toContain(`L’étape « ${expectedStep(skipped)} » de ${skipped.clientName}`);
    await confirm.getByTestId('confirm-action').click();
    await confirm.waitFor({ state: 'detached' });
    await reminders.row(skipped.clientCode, skipped.channel).waitFor({ state: 'detached' });
    const history = await app.call('reminders.history', { clientId: skipped.clientId });
    expect(`${history.rows[0].status}/${history.rows[0].channel}/${history.rows[0].offsetDays}`).toBe(
      `skipped/${skipped.channel}/${skipped.offsetDays}`,
    );
  });

  it('generates the chosen letters and e-mail draft, with the batch PDF to print', async () => {
    const chosen = [
      { clientCode: noticeClient.clientCode, channel: 'registered_letter' },
      ...generated.map((item) => ({ clientCode: item.clientCode, channel: item.channel as string })),
    ];
    for (const item of chosen) await reminders.select(item.clientCode, item.channel);
    expect(await reminders.generateButton.textContent()).toBe(`Générer (${chosen.length})`);
    const letterCount = 1 + generated.filter((item) => item.channel === 'letter').length;
    const emailCount = generated.filter((item) => item.channel === 'email').length;
    await reminders.generateButton.click();
    const dialog = reminders.dialog('generate-dialog');
    expect(await dialog.getByTestId('generate-summary').locator('li').allTextContents()).toEqual([
      `${letterCount} courrier${letterCount > 1 ? 's' : ''} dont 1 recommandé`,
      `${emailCount} e-mail${emailCount > 1 ? 's (brouillons .eml)' : ' (brouillon .eml)'}`,
    ]);
    await dialog.getByTestId('generate-start').click();
    const result = dialog.getByTestId('generate-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getByTestId('generate-recorded').textContent()).toContain(
      'Enregistré dans l’historique des clients.',
    );
    expect(await result.getByTestId('generated-document').count()).toBe(chosen.length);
    expect(await result.getByTestId('download-eml').count()).toBe(emailCount);

    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      result.getByTestId('download-combined').click(),
    ]);
    const combined = join(app.dataDir, download.suggestedFilename());
    await download.saveAs(combined);
    expect(combined.endsWith('.pdf')).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', combined, '-']).toString();
    const noticeItem = (await app.call('reminders.history', { clientId: noticeClient.clientId })).rows[0];
    expect(text).toContain(noticeItem.invoiceNumbers[0]);
    for (const item of generated.filter((g) => g.channel === 'letter')) expect(text).toContain(item.invoices[0].number);
    // Looked at by a person: the first page of the batch, beside the screenshots.
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      combined,
      join(SCREENSHOT_DIR, '32-batch-page'),
    ]);

    const [eml] = await Promise.all([
      app.page.waitForEvent('download'),
      result.getByTestId('download-eml').first().click(),
    ]);
    expect(eml.suggestedFilename()).toMatch(/\.eml$/);
    const emlPath = join(app.dataDir, eml.suggestedFilename());
    await eml.saveAs(emlPath);
    const draft = readFileSync(emlPath, 'utf8');
    expect(draft).toMatch(/^To: /m);
    expect(draft).toContain('application/pdf');

    await app.screenshot('32-reminders-generated', { fullPage: false });
    await dialog.getByTestId('generate-close').click();
    await dialog.waitFor({ state: 'detached' });
    for (const item of chosen) await reminders.row(item.clientCode, item.channel).waitFor({ state: 'detached' });
  });

  it('lists the history with its documents and keeps the registered letter’s tracking number', async () => {
    await reminders.openHistory();
    const rows = reminders.historyRows();
    // The four generated and the one skipped, on top of what the demo company had already done.
    await expect.poll(async () => (await app.call('reminders.history', {})).total).toBe(historyBefore + 5);
    await expect.poll(() => rows.count()).toBe(Math.min(25, historyBefore + 5));
    const registered = app.page.locator(
      `[data-testid="history-row"][data-client-code="${noticeClient.clientCode}"][data-channel="registered_letter"]`,
    );
    expect(await registered.getAttribute('data-status')).toBe('done');
    await registered.getByTestId('tracking-input').fill('1A 123 456 7890 1');
    await registered.getByTestId('tracking-save').click();
    await expect
      .poll(async () => {
        const history = await app.call('reminders.history', { clientId: noticeClient.clientId });
        return history.rows[0]?.trackingNumber;
      })
      .toBe('1A 123 456 7890 1');
    await expect.poll(() => registered.getByTestId('tracking-input').inputValue()).toBe('1A 123 456 7890 1');
    const skippedRow = app.page
      .locator(`[data-testid="history-row"][data-client-code="${skipped.clientCode}"][data-status="skipped"]`)
      .first();
    await skippedRow.waitFor();
    expect(await skippedRow.getByTestId('tracking-input').count()).toBe(0);
    await new ClientFilePage(app.page).dismissNotification();
    await app.screenshot('33-reminders-history');
  });

  it('shows the mise en demeure and its tracking number in the client’s timeline', async () => {
    const registered = app.page.locator(
      `[data-testid="history-row"][data-client-code="${noticeClient.clientCode}"][data-channel="registered_letter"]`,
    );
    await registered.getByRole('button', { name: `Ouvrir la fiche de ${noticeClient.clientName}` }).click();
    const file = new ClientFilePage(app.page);
    await file.waitUntilLoaded(noticeClient.clientId);
    await file.openTab('timeline');
    await app.page.getByTestId('timeline-filter-reminder').click();
    await expect
      .poll(() =>
        file.timelineEntries().evaluateAll((entries) => entries.slice(0, 2).map((e) => e.getAttribute('data-kind'))),
      )
      // Newest first; the demo company's earlier reminders follow.
      .toEqual(['reminder.tracking', 'reminder.done']);
    const kinds = await file
      .timelineEntries()
      .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-kind')));
    expect(kinds.every((kind) => kind?.startsWith('reminder.'))).toBe(true);
    const summaries = await file.timelineEntries().getByTestId('timeline-summary').allTextContents();
    expect(summaries[0]).toBe('N° de recommandé 1A 123 456 7890 1');
    expect(summaries[1]).toContain('Mise en demeure · J+45 · Recommandé AR — ');
    const noticeRecord = (await app.call('reminders.history', { clientId: noticeClient.clientId })).rows[0];
    expect(summaries[1]).toContain(noticeRecord.invoiceNumbers[0]);
    await app.screenshot('34-client-timeline-reminder');
    expect(app.unexpectedProblems()).toEqual([]);
  });
});
