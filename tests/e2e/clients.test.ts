import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMoney } from '../../shared/domain/money';
import { AppFrame } from './pages/app-frame';
import { ClientsPage } from './pages/clients-page';
import { DashboardPage } from './pages/dashboard-page';
import { WelcomePage } from './pages/welcome-page';
import { startE2eApp, type E2eApp } from './support/e2e-app';

/** The client list of the demo company: search narrows it, the "Échu" header sorts it by overdue amount. */

let app: E2eApp;
let clients: ClientsPage;

beforeAll(async () => {
  app = await startE2eApp();
  const welcome = new WelcomePage(app.page);
  await welcome.waitUntilShown();
  await welcome.openDemo();
  await new DashboardPage(app.page).waitUntilLoaded();
  await new AppFrame(app.page).goTo('clients');
  clients = new ClientsPage(app.page);
  await clients.waitUntilLoaded();
});
afterAll(() => app?.close());

/** Waits until the grid has settled on the core's new answer. */
async function settledCodes(): Promise<string[]> {
  await expect.poll(() => clients.isLoading()).toBe(false);
  return clients.codes();
}

describe('the client list', () => {
  it('shows the first page sorted by name', async () => {
    const expected = await app.call('clients.list', { sortField: 'name', limit: 50 });
    expect(expected.total).toBeGreaterThan(50);
    await expect.poll(() => clients.firstRowCode()).toBe(expected.rows[0]!.code);
  });

  it('narrows the rows to what the search matches', async () => {
    const all = await app.call('clients.list', { limit: 1 });
    const term = 'SARL';
    const matching = await app.call('clients.list', { search: term, sortField: 'name', limit: 50 });
    expect(matching.total).toBeGreaterThan(0);
    expect(matching.total).toBeLessThan(all.total);

    await clients.search(term);
    await expect.poll(() => clients.firstRowCode(), { timeout: 5_000 }).toBe(matching.rows[0]!.code);
    const shown = await settledCodes();
    expect(shown.length).toBeGreaterThan(0);
    for (const code of shown) expect(matching.rows.map((row) => row.code)).toContain(code);
    await app.page.getByText(`${matching.total} clients`, { exact: true }).waitFor();
    await app.screenshot('05-clients-search');

    // A client code picks out exactly one client.
    const one = matching.rows[matching.rows.length - 1]!;
    await clients.search(one.code);
    await expect.poll(() => clients.codes()).toEqual([one.code]);

    await clients.search('');
    await expect.poll(() => clients.firstRowCode()).toBe((await app.call('clients.list', { limit: 1 })).rows[0]!.code);
  });

  it('sorts by overdue amount from the "Échu" header, largest first', async () => {
    const header = clients.columnHeader('overdueCents');
    expect((await header.textContent())?.trim()).toBe('Échu');
    const largest = (await app.call('clients.list', { sortField: 'overdueCents', sortDirection: 'desc', limit: 1 }))
      .rows[0]!;
    expect(largest.overdueCents).toBeGreaterThan(0);

    // The grid sorts ascending on the first click and descending on the second.
    await clients.clickHeader('overdueCents');
    await expect.poll(() => clients.sortDirection('overdueCents')).toMatch(/ascending|descending/);
    if ((await clients.sortDirection('overdueCents')) === 'ascending') await clients.clickHeader('overdueCents');
    await expect.poll(() => clients.sortDirection('overdueCents')).toBe('descending');
    await expect.poll(() => clients.firstRowCode()).toBe(largest.code);

    const firstRow = clients.rows().first();
    expect(await firstRow.locator('[data-field="overdueCents"]').textContent()).toBe(formatMoney(largest.overdueCents));
    await app.screenshot('06-clients-by-overdue');
  });

  it('filters on overdue clients over their credit limit, as the core does', async () => {
    const expected = await app.call('clients.list', {
      filters: { overdue: true, overCreditLimit: true },
      sortField: 'overdueCents',
      sortDirection: 'desc',
      limit: 50,
    });
    expect(expected.total).toBeGreaterThan(0);
    await app.page.getByTestId('client-filter-overdue').click();
    await app.page.getByTestId('client-filter-overCreditLimit').click();
    await app.page.getByText(`${expected.total} client${expected.total > 1 ? 's' : ''}`, { exact: true }).waitFor();
    expect(await settledCodes()).toEqual(expected.rows.map((row) => row.code));
    await app.screenshot('07-clients-filtered');
    await app.page.getByTestId('client-filter-overdue').click();
    await app.page.getByTestId('client-filter-overCreditLimit').click();
  });

  it('ran without page errors or CSP violations', () => {
    expect(app.unexpectedProblems()).toEqual([]);
  });
});
