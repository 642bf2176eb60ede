import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exposure } from '../../shared/contract/types';
import { formatMoney } from '../../shared/domain/money';
import { AppFrame } from './pages/app-frame';
import { DashboardPage, type ExposureFigure } from './pages/dashboard-page';
import { WelcomePage } from './pages/welcome-page';
import { E2E_TODAY, startE2eApp, type E2eApp } from './support/e2e-app';

/** A new user's first minutes: the welcome screen, the demo company, the home figures, English. */

let app: E2eApp;
let welcome: WelcomePage;
let dashboard: DashboardPage;
let frame: AppFrame;

beforeAll(async () => {
  app = await startE2eApp();
  welcome = new WelcomePage(app.page);
  dashboard = new DashboardPage(app.page);
  frame = new AppFrame(app.page);
});
afterAll(() => app?.close());

/** The texts the figures must show, from the core's own numbers (the unallocated credits are subtracted). */
function expectedFigures(e: Exposure, locale: string): Record<ExposureFigure, string> {
  return {
    'total-exposure': formatMoney(e.totalCents, locale),
    'exposure-to-issue': formatMoney(e.toIssueCents, locale),
    'exposure-not-due': formatMoney(e.notDueCents, locale),
    'exposure-overdue': formatMoney(e.overdueCents, locale),
    'exposure-unallocated': formatMoney(e.unallocatedCreditsCents === 0 ? 0 : -e.unallocatedCreditsCents, locale),
  };
}

describe('first launch', () => {
  it('shows the welcome screen offering the demo company', async () => {
    await welcome.waitUntilShown();
    expect(await app.page.getByRole('heading', { level: 1 }).textContent()).toBe('Bienvenue dans Encaisse');
    expect(await app.call('ledger.state', {})).toMatchObject({ current: null, firstLaunch: true });
    await app.screenshot('01-welcome');
  });

  it('opens the demo company on the dashboard', async () => {
    await welcome.openDemo();
    await dashboard.waitUntilLoaded();
    const state = await app.call('ledger.state', {});
    expect(state.current?.path).toBe(state.demoPath);
    expect(await frame.companyName.textContent()).toContain(state.current!.companyName);
    expect(await app.page.getByTestId('dashboard-today').getAttribute('data-today')).toBe(E2E_TODAY);
  });
});

describe('the dashboard', () => {
  it('shows exactly the encours the core computes', async () => {
    const exposure = await app.call('reports.exposure', {});
    expect(exposure.totalCents).toBeGreaterThan(0);
    expect(exposure.overdueCents).toBeGreaterThan(0);
    expect(await dashboard.figures()).toEqual(expectedFigures(exposure, 'fr-FR'));
  });

  it('draws the aged-balance bar chart', async () => {
    await expect
      .poll(async () => (await dashboard.paintedChartPixels()).colours, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(4);
    const pixels = await dashboard.paintedChartPixels();
    expect(pixels.painted / pixels.total).toBeGreaterThan(0.01);
    await app.screenshot('02-dashboard-fr');
  });

  it('switches to English: labels and amount formats follow', async () => {
    await frame.switchLanguage('en');
    await app.page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    expect(await frame.nav('clients').textContent()).toBe('Customers');
    const exposure = await app.call('reports.exposure', {});
    expect(await dashboard.figures()).toEqual(expectedFigures(exposure, 'en-GB'));
    await app.screenshot('03-dashboard-en');
    await frame.switchLanguage('fr');
    await app.page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
    expect(await frame.nav('clients').textContent()).toBe('Clients');
  });

  it('ran without page errors or CSP violations', () => {
    expect(app.unexpectedProblems()).toEqual([]);
  });
});
