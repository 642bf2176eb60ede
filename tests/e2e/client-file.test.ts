import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClientSummary } from '../../shared/contract/types';
import { formatMoney } from '../../shared/domain/money';
import { AppFrame } from './pages/app-frame';
import { ClientFilePage } from './pages/client-file-page';
import { ClientsPage } from './pages/clients-page';
import { DashboardPage } from './pages/dashboard-page';
import { DisputesPage } from './pages/disputes-page';
import { WelcomePage } from './pages/welcome-page';
import { E2E_TODAY, startE2eApp, type E2eApp } from './support/e2e-app';

/**
 * A collector's morning on one client of the demo company: open its file from the list, record a payment and
 * allocate part of it, open a dispute and resolve it from the Litiges screen, write a note, read the history.
 * Every figure is checked against the core the page is talking to.
 */

let app: E2eApp;
let frame: AppFrame;
let file: ClientFilePage;
let client: ClientSummary;

beforeAll(async () => {
  app = await startE2eApp();
  frame = new AppFrame(app.page);
  file = new ClientFilePage(app.page);
  const welcome = new WelcomePage(app.page);
  await welcome.waitUntilShown();
  await welcome.openDemo();
  await new DashboardPage(app.page).waitUntilLoaded();
  // A client with overdue invoices, no advance and no dispute yet, so every change below is ours.
  const late = await app.call('clients.list', {
    filters: { overdue: true },
    sortField: 'overdueCents',
    sortDirection: 'desc',
    limit: 30,
  });
  for (const candidate of late.rows) {
    const candidateFile = await app.call('clients.file', { id: candidate.id });
    if (
      candidateFile.activeDisputeCount === 0 &&
      candidateFile.advancesCents === 0 &&
      candidateFile.openInvoiceCount >= 3
    ) {
      client = candidate;
      break;
    }
  }
  expect(client).toBeDefined();
});
afterAll(() => app?.close());

/** The client's overdue invoices, oldest due first (what the lettrage suggests first). */
async function overdueInvoices() {
  const page = await app.call('invoices.list', { clientId: client.id, filter: 'overdue', limit: 500 });
  return [...page.rows].sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id - b.id);
}

describe('the client file', () => {
  it('opens from the client list, with the figures the core computes', async () => {
    await frame.goTo('clients');
    const clients = new ClientsPage(app.page);
    await clients.waitUntilLoaded();
    await clients.search(client.code);
    await expect.poll(() => clients.codes()).toEqual([client.code]);
    await clients.openClient(client.code);
    await file.waitUntilLoaded(client.id);

    expect(await file.title.textContent()).toBe(client.name);
    expect(await app.page.evaluate(() => window.location.hash)).toBe(`#/clients/${client.id}`);
    const expected = await app.call('clients.file', { id: client.id });
    expect(await file.figure('file-exposure')).toBe(formatMoney(expected.exposure.totalCents));
    expect(await file.figure('file-overdue')).toBe(formatMoney(expected.exposure.overdueCents));
    expect(await file.figure('file-not-due')).toBe(formatMoney(expected.exposure.notDueCents));
    const oldest = (await overdueInvoices())[0]!;
    await expect.poll(() => file.invoiceRow(oldest.number).count()).toBe(1);
    expect(await file.invoiceRow(oldest.number).locator('[data-status]').textContent()).toBe('Échue');
    await app.screenshot('10-client-file');
  });

  it('records a payment and allocates part of it; the rest stays an advance', async () => {
    const before = await app.call('clients.file', { id: client.id });
    const oldest = (await overdueInvoices())[0]!;
    await file.openTab('payments');
    await app.page.getByTestId('new-payment').click();
    const form = file.dialog('payment-form');
    // The amount field has the focus: typed straight away, as a user would.
    await app.page.keyboard.type('100,00');
    await file.field(form, 'Date').fill(E2E_TODAY);
    await file.field(form, 'Référence').fill('VIR E2E');
    await form.getByTestId('save-and-allocate').click();

    const lettrage = file.dialog('lettrage-dialog');
    await lettrage.waitFor();
    const amount = file.lettrageAmount(oldest.number);
    await expect.poll(() => amount.inputValue()).toBe('100,00');
    expect(await file.lettrageLines().first().getAttribute('data-invoice-number')).toBe(oldest.number);
    await amount.fill('60');
    await expect.poll(() => lettrage.getByTestId('lettrage-remaining').textContent()).toBe(formatMoney(4_000));
    await file.dismissNotification();
    await app.screenshot('11-lettrage', { fullPage: false });
    await amount.press('Enter');
    await lettrage.waitFor({ state: 'detached' });

    const invoice = await app.call('invoices.get', { id: oldest.id });
    expect(invoice.openCents).toBe(oldest.openCents - 6_000);
    const after = await app.call('clients.file', { id: client.id });
    expect(after.exposure.totalCents).toBe(before.exposure.totalCents - 10_000);
    expect(after.advancesCents).toBe(4_000);
    await expect.poll(() => file.figure('file-exposure')).toBe(formatMoney(after.exposure.totalCents));
    expect(await app.page.getByTestId('file-advances').textContent()).toBe(formatMoney(-4_000));

    const row = app.page.locator('[data-testid="payment-row"]').filter({ hasText: 'VIR E2E' });
    await expect.poll(() => row.getByTestId('allocation').textContent()).toContain(oldest.number);
    expect(await row.locator('[data-field="unallocated"]').textContent()).toContain(formatMoney(4_000));

    await file.openTab('invoices');
    await expect
      .poll(() => file.invoiceRow(oldest.number).locator('[data-field="open"]').textContent())
      .toBe(formatMoney(invoice.openCents));
  });

  it('opens a dispute on an invoice, which then shows in Litiges and is resolved there', async () => {
    const target = (await overdueInvoices())[1]!;
    await file.invoiceAction(target.number, 'dispute');
    const form = file.dialog('open-dispute-form');
    await form.waitFor();
    await form.getByRole('combobox', { name: 'Motif' }).click();
    await app.page.getByRole('option', { name: 'Qualité' }).click();
    await file.field(form, 'Commentaire').fill('Marchandise abîmée');
    await file.field(form, 'Responsable').fill('Julie Lefèvre');
    await file.field(form, 'Responsable').press('Enter'); // Enter submits
    await form.waitFor({ state: 'detached' });
    await file.invoiceRow(target.number).getByTestId('dispute-marker').waitFor();
    expect(await file.invoiceRow(target.number).locator('[data-status]').textContent()).toBe('En litige');

    await frame.goTo('disputes');
    const disputes = new DisputesPage(app.page);
    await disputes.waitUntilLoaded();
    const row = disputes.row(target.number);
    await row.waitFor();
    expect(await row.textContent()).toContain(client.name);
    expect(await row.textContent()).toContain('Qualité');
    expect(await row.textContent()).toContain('Julie Lefèvre');
    expect(await row.textContent()).toContain('Totalité');
    await file.dismissNotification();
    await app.screenshot('12-disputes');

    await disputes.resolve(target.number, 'Rejeté');
    await row.waitFor({ state: 'detached' });
    const all = await app.call('disputes.list', { clientId: client.id, status: 'all' });
    expect(all.map((d) => [d.invoiceNumber, d.status, d.resolution])).toContainEqual([
      target.number,
      'resolved',
      'rejected',
    ]);
    await disputes.filter('resolved');
    await expect
      .poll(() => disputes.row(target.number).getByTestId('dispute-resolution').textContent())
      .toBe(`Rejeté · ${E2E_TODAY.split('-').reverse().join('/')}`);

    // A dispute row leads to the client's file, on its Litiges tab.
    await disputes.row(target.number).click();
    await file.waitUntilLoaded(client.id);
    await app.page.getByTestId('disputes-table').waitFor();
  });

  it('writes a note and shows it at the top of the history', async () => {
    await file.openTab('notes');
    await app.page.getByTestId('note-text').fill('Appel au comptable : règlement du solde promis pour vendredi.');
    await app.page.getByTestId('add-note').click();
    await app.page.getByTestId('timeline-entry').filter({ hasText: 'règlement du solde promis' }).waitFor();

    await file.openTab('timeline');
    await file.timelineEntries().first().waitFor();
    const kinds = await file
      .timelineEntries()
      .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-kind')));
    // Newest first: the note, the dispute resolved then opened, the allocation, the payment.
    const order = ['note', 'dispute.resolved', 'dispute.opened', 'allocation.created', 'payment.received'];
    expect(kinds.filter((kind) => order.includes(kind!))).toEqual(order);
    const labels = await file.timelineEntries().locator('[data-testid="timeline-label"]').allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining(['Note', 'Litige résolu', 'Litige ouvert', 'Lettrage', 'Règlement reçu']),
    );
    const disputeEntry = file
      .timelineEntries()
      .filter({ has: app.page.locator('[data-testid="timeline-label"]:text-is("Litige ouvert")') });
    expect(await disputeEntry.getByTestId('timeline-summary').textContent()).toContain('Qualité');
    const allocationEntry = file.timelineEntries().filter({
      has: app.page.locator('[data-testid="timeline-label"]:text-is("Lettrage")'),
    });
    expect(await allocationEntry.getByTestId('timeline-summary').textContent()).toMatch(
      /^60,00\s€ d’un règlement lettrés sur /,
    );
    await file.dismissNotification();
    await app.screenshot('13-timeline');
  });

  it('reads in English too', async () => {
    await frame.switchLanguage('en');
    await file.openTab('invoices');
    await app.page.getByRole('tab', { name: 'Invoices' }).waitFor();
    expect(await app.page.getByTestId('file-exposure').textContent()).toBe(
      formatMoney((await app.call('clients.file', { id: client.id })).exposure.totalCents, 'en-GB'),
    );
    await app.screenshot('19-client-file-en');
    await frame.switchLanguage('fr');
    await app.page.getByRole('tab', { name: 'Factures' }).waitFor();
  });

  it('ran without page errors or CSP violations', () => {
    expect(app.unexpectedProblems()).toEqual([]);
  });
});
