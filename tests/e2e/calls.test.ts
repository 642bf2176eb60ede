import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CallList, CallListRow } from '../../shared/contract/calls.types';
import type { ReminderQueue } from '../../shared/contract/reminders.types';
import { addDays } from '../../shared/domain/dates';
import { formatMoney } from '../../shared/domain/money';
import { AppFrame } from './pages/app-frame';
import { CallsPage } from './pages/calls-page';
import { DashboardPage } from './pages/dashboard-page';
import { WelcomePage } from './pages/welcome-page';
import { E2E_TODAY, startE2eApp, type E2eApp } from './support/e2e-app';

/**
 * The collector's morning on the Appels screen of the demo company, through the real core: read the ranked
 * list, open a sheet from the keyboard, take a promise (its reminders pause), leave a voicemail and note a
 * wrong number on the next two clients without the mouse, then read the promises, the collectors' figures
 * and print the list.
 */

let app: E2eApp;
let frame: AppFrame;
let calls: CallsPage;
let list: CallList;
let queueBefore: ReminderQueue;
/** The client that promises: on today's reminder queue too, so the pause shows there. */
let promiser: CallListRow;

beforeAll(async () => {
  app = await startE2eApp();
  frame = new AppFrame(app.page);
  calls = new CallsPage(app.page);
  const welcome = new WelcomePage(app.page);
  await welcome.waitUntilShown();
  await welcome.openDemo();
  await new DashboardPage(app.page).waitUntilLoaded();
  list = await app.call('calls.list', {});
  queueBefore = await app.call('reminders.queue', {});
  const queued = new Set(queueBefore.items.map((item) => item.clientId));
  // Two more rows with a phone after it: the voicemail and the wrong number.
  const index = list.rows.findIndex(
    (row, i) => row.phone && queued.has(row.clientId) && list.rows.slice(i + 1, i + 3).every((next) => next.phone),
  );
  expect(index).toBeGreaterThanOrEqual(0);
  promiser = list.rows[index];
});
afterAll(() => app?.close());

describe('the Appels screen', () => {
  it('shows the core’s list, highest priority first, with each row’s figures', async () => {
    await frame.goTo('calls');
    await calls.waitUntilLoaded();
    expect(await app.page.getByRole('heading', { level: 1 }).textContent()).toBe('Appels');
    expect(list.rows.length).toBeGreaterThan(3);
    expect(await calls.clientIds()).toEqual(list.rows.map((row) => row.clientId));
    const scores = list.rows.map((row) => row.priority.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const first = calls.row(list.rows[0].clientId);
    expect(await first.locator('[data-field="overdue"]').textContent()).toBe(formatMoney(list.rows[0].overdueCents));
    expect(await first.locator('[data-field="score"]').textContent()).toBe(String(list.rows[0].priority.score));
    expect(await first.locator('[data-field="parts"]').textContent()).toContain(
      `Échu ${formatMoney(list.rows[0].overdueCents)}`,
    );
    await app.screenshot('50-calls-list');
  });

  it('takes a promise from the keyboard; the client’s reminders pause', async () => {
    await calls.openSheet(promiser.clientId);
    const sheet = calls.sheet;
    expect(await sheet.getByTestId('call-sheet-name').textContent()).toBe(promiser.clientName);
    const expected = await app.call('calls.sheet', { clientId: promiser.clientId });
    expect(await sheet.getByTestId('sheet-invoice').count()).toBe(expected.invoices.length);
    await app.screenshot('51-call-sheet', { fullPage: false });

    await app.page.keyboard.press('4');
    const fields = sheet.getByTestId('promise-fields');
    await fields.waitFor();
    const date = fields.getByLabel(/^Paiement promis le/);
    await date.fill(addDays(E2E_TODAY, 10));
    await app.screenshot('52-call-promise', { fullPage: false });
    await date.press('Enter');

    await app.page.getByTestId('notification').filter({ hasText: promiser.clientName }).waitFor();
    const next = list.rows[list.rows.indexOf(promiser) + 1];
    await calls.waitForSheet(next.clientId);

    const logged = await app.call('calls.sheet', { clientId: promiser.clientId });
    expect(logged.calls[0].outcome).toBe('promise');
    const promise = logged.promises.find((p) => p.status === 'open' && p.promisedDate === addDays(E2E_TODAY, 10));
    expect(promise).toBeDefined();
    const queueAfter = await app.call('reminders.queue', {});
    expect(queueAfter.excluded.promised).toBe(queueBefore.excluded.promised + 1);
    expect(queueAfter.items.some((item) => item.clientId === promiser.clientId)).toBe(false);
  });

  it('logs a voicemail then a wrong number on the next clients, one key each', async () => {
    const start = list.rows.indexOf(promiser);
    const [voicemail, wrong, after] = list.rows.slice(start + 1, start + 4);
    expect(await calls.sheetClientId()).toBe(voicemail.clientId);
    await app.page.keyboard.press('2');
    await calls.waitForSheet(wrong.clientId);
    await app.page.keyboard.press('7');
    if (after) await calls.waitForSheet(after.clientId);
    await expect
      .poll(async () => (await app.call('calls.sheet', { clientId: wrong.clientId })).calls[0]?.outcome)
      .toBe('wrong_number');
    expect((await app.call('calls.sheet', { clientId: voicemail.clientId })).calls[0].outcome).toBe('voicemail');
    expect(app.unexpectedProblems()).toEqual([]);
  });

  it('lists the open promises with the one just taken', async () => {
    await calls.openTab('promises');
    const rows = app.page.getByTestId('promise-row');
    await rows.first().waitFor();
    const open = await app.call('promises.list', {});
    expect(await rows.count()).toBe(open.promises.length);
    const row = app.page.locator(`[data-testid="promise-row"][data-client-id="${promiser.clientId}"]`);
    expect(await row.locator('[data-field="date"]').textContent()).toBe(
      addDays(E2E_TODAY, 10).split('-').reverse().join('/'),
    );
    await app.screenshot('53-promises');
  });

  it('turns the promise kept once a payment covering it is recorded', async () => {
    const [open] = (await app.call('promises.list', { clientId: promiser.clientId })).promises;
    await app.call('payments.create', {
      clientId: promiser.clientId,
      date: E2E_TODAY,
      amountCents: open.amountCents,
      reference: 'VIR E2E promesse',
      allocate: 'fifo',
    });
    await app.page.getByRole('combobox', { name: 'Statut' }).click();
    await app.page.getByRole('option', { name: 'Tenue', exact: true }).click();
    const row = app.page.locator(`[data-testid="promise-row"][data-client-id="${promiser.clientId}"]`);
    await row.waitFor();
    expect(await row.getByTestId('promise-status').getAttribute('data-status')).toBe('kept');
    expect(await row.locator('[data-field="paid"]').textContent()).toBe(formatMoney(open.amountCents));
    const timeline = await app.call('timeline.list', { clientId: promiser.clientId, kinds: ['promise'] });
    expect(timeline.rows.map((entry) => entry.kind)).toEqual(['promise.kept', 'promise.created']);
  });

  it('adds a collector and shows the figures per collector', async () => {
    await calls.openTab('collectors');
    await app.page.getByTestId('collector-add').click();
    const dialog = app.page.getByTestId('collector-dialog');
    await dialog.getByLabel(/^Nom/).fill('Camille E2E');
    await dialog.getByTestId('form-submit').click();
    await app.page.getByTestId('collector-row').filter({ hasText: 'Camille E2E' }).waitFor();
    await app.page.getByTestId('stats-from').locator('input').fill(addDays(E2E_TODAY, -30));
    await app.page.getByTestId('stats-to').locator('input').fill(E2E_TODAY);
    const stats = await app.call('collectors.stats', { from: addDays(E2E_TODAY, -30), to: E2E_TODAY });
    await expect.poll(() => app.page.getByTestId('stats-row').count()).toBe(stats.rows.length);
    const calledToday = stats.rows.reduce((sum, row) => sum + row.calls, 0);
    expect(calledToday).toBeGreaterThanOrEqual(3);
    await app.screenshot('54-collectors');
  });

  it('prints the day’s list as a PDF with the clients and their phones', async () => {
    await calls.openTab('today');
    await calls.waitUntilLoaded();
    // In a browser the list comes as a download of the PDF the core wrote beside the ledger.
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('print-call-list').click(),
    ]);
    const printed = app.page.getByTestId('printed-call-list');
    await printed.waitFor();
    const path = (await printed.getAttribute('data-path'))!;
    expect(existsSync(path)).toBe(true);
    const downloaded = join(app.dataDir, 'call-list-download.pdf');
    await download.saveAs(downloaded);
    expect(readFileSync(downloaded).equals(readFileSync(path))).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', downloaded, '-']).toString();
    const now = await app.call('calls.list', {});
    expect(text).toContain(now.rows[0].clientName);
    expect(app.unexpectedProblems()).toEqual([]);
  });
});
