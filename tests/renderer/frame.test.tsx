import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../../renderer/i18n/i18n';
import { createFakeBridge } from './fake-bridge';
import { COMPANY, DASHBOARD, DEMO_LEDGER, workspace } from './fixtures';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

function openBridge() {
  return createFakeBridge({
    'ledger.state': () => workspace({ current: DEMO_LEDGER, firstLaunch: false }),
    'reports.dashboard': () => DASHBOARD,
    'company.get': () => COMPANY,
  });
}

describe('app frame', () => {
  it('shows the company in the app bar and every section in the menu', async () => {
    renderApp(openBridge());
    expect((await screen.findByTestId('company-name')).textContent).toBe('Atelier Durand SARL');
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(Array.from(nav.querySelectorAll('[data-testid^="nav-"]'), (item) => item.textContent)).toEqual([
      'Tableau de bord',
      'Clients',
      'Relances',
      'Appels',
      'Litiges',
      'Importer',
      'Paramètres',
    ]);
    expect(screen.getByTestId('nav-dashboard').getAttribute('aria-current')).toBe('page');
  });

  it('opens the settings on the letterhead tab; the ledger tab shows the file and the collection settings', async () => {
    const bridge = openBridge();
    bridge.handlers['letterhead.logo'] = () => null;
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('nav-settings'));
    expect(screen.getByTestId('settings-tab-letterhead').getAttribute('aria-selected')).toBe('true');
    expect(((await screen.findByLabelText('Raison sociale *')) as HTMLInputElement).value).toBe('Atelier Durand SARL');
    expect((screen.getByLabelText('SIREN') as HTMLInputElement).value).toBe('123456789');
    fireEvent.click(screen.getByTestId('settings-tab-ledger'));
    expect((await screen.findByTestId('settings-payment-terms')).textContent).toBe('45 jours fin de mois');
    expect(screen.getByTestId('settings-aging-bounds').textContent).toBe(
      'Non échu · 1–30 j · 31–60 j · 61–90 j · > 90 j',
    );
    expect(screen.getByTestId('settings-ledger-path').textContent).toBe(DEMO_LEDGER.path);
  });

  it('opens on the screen named in the URL hash (a reload keeps the place)', async () => {
    window.history.replaceState(null, '', '/#/settings');
    renderApp(openBridge());
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeTruthy();
  });

  it('starts in the language chosen last time', async () => {
    localStorage.setItem('encaisse.language', 'en');
    expect(createI18n().language).toBe('en');
    renderApp(openBridge(), 'en');
    await waitFor(() => expect(screen.getByTestId('nav-settings').textContent).toBe('Settings'));
    expect((await screen.findByTestId('total-exposure')).textContent).toBe('€142,377.66');
  });
});
