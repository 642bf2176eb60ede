import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Dashboard } from '../../shared/contract/types';
import { formatMoney } from '../../shared/domain/money';
import { createFakeBridge, FakeFailure, type FakeHandlers } from './fake-bridge';
import { clientFileHandlers } from './client-file-fixtures';
import { DASHBOARD, DEMO_LEDGER, euros, workspace } from './fixtures';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

function openLedgerBridge(handlers: FakeHandlers) {
  return createFakeBridge({
    'ledger.state': () => workspace({ current: DEMO_LEDGER, firstLaunch: false }),
    ...handlers,
  });
}

describe('dashboard', () => {
  it('shows the encours and its split exactly as formatMoney writes the core figures', async () => {
    renderApp(openLedgerBridge({ 'reports.dashboard': () => DASHBOARD }));

    const total = await screen.findByTestId('total-exposure');
    expect(total.textContent).toBe(formatMoney(DASHBOARD.exposure.totalCents));
    expect(total.textContent).toBe(euros('142 377,66 €'));
    expect(screen.getByTestId('exposure-to-issue').textContent).toBe(formatMoney(1_250_000));
    expect(screen.getByTestId('exposure-not-due').textContent).toBe(formatMoney(8_765_432));
    expect(screen.getByTestId('exposure-overdue').textContent).toBe(formatMoney(4_321_099));
    // Advances and unused credit notes reduce the encours: shown negative.
    expect(screen.getByTestId('exposure-unallocated').textContent).toBe(formatMoney(-98_765));
    expect(screen.getByTestId('exposure-unallocated').textContent).toBe(euros('-987,65 €'));

    expect(screen.getByTestId('dashboard-today').textContent).toContain('Chiffres au 22/11/2026');
    expect(screen.getByTestId('dashboard-today').textContent).toMatch(/1\s234 clients/);
  });

  it('never shows a negative zero when nothing is unallocated', async () => {
    const dashboard: Dashboard = { ...DASHBOARD, exposure: { ...DASHBOARD.exposure, unallocatedCreditsCents: 0 } };
    renderApp(openLedgerBridge({ 'reports.dashboard': () => dashboard }));
    expect((await screen.findByTestId('exposure-unallocated')).textContent).toBe(euros('0,00 €'));
  });

  it('draws the aged balance as bars in euros with French bucket labels', async () => {
    renderApp(openLedgerBridge({ 'reports.dashboard': () => DASHBOARD }));

    const chart = await screen.findByTestId('aging-chart');
    expect(JSON.parse(chart.getAttribute('data-labels')!)).toEqual([
      'Non échu',
      '1–30 j',
      '31–60 j',
      '61–90 j',
      '> 90 j',
    ]);
    expect(JSON.parse(chart.getAttribute('data-values')!)).toEqual([87_654.32, 20_000, 10_000, 8_210.99, 5_000]);
    expect(screen.getByTestId('aging-bucket-late_over_90').textContent).toContain(euros('5 000,00 €'));
  });

  it('lists the top debtors; a click opens that client’s file', async () => {
    const bridge = openLedgerBridge({ ...clientFileHandlers(), 'reports.dashboard': () => DASHBOARD });
    renderApp(bridge);

    const table = await screen.findByTestId('top-debtors');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3); // header + 2 debtors
    const cells = within(rows[1])
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells).toEqual(['C0007', 'Boulangerie Martin', formatMoney(1_234_567), formatMoney(456_789), '94']);

    fireEvent.click(rows[2]);
    expect(await screen.findByTestId('client-file')).toBeTruthy();
    expect(bridge.inputsOf('clients.file')).toEqual([{ id: 3 }]);
    expect(window.location.hash).toBe('#/clients/3');
  });

  it('opens a debtor from the keyboard too', async () => {
    const bridge = openLedgerBridge({ ...clientFileHandlers(), 'reports.dashboard': () => DASHBOARD });
    renderApp(bridge);
    const row = (await screen.findByRole('row', { name: /Boulangerie Martin/ })) as HTMLElement;
    expect(row.tabIndex).toBe(0);
    fireEvent.keyDown(row, { key: 'Enter' });
    await waitFor(() => expect(bridge.inputsOf('clients.file')).toEqual([{ id: 7 }]));
  });

  it('shows a failed report to the user and retries on request', async () => {
    let fail = true;
    const bridge = openLedgerBridge({
      'reports.dashboard': () => {
        if (fail) throw new FakeFailure('no_ledger_open', 'No ledger is open: open or create one first.');
        return DASHBOARD;
      },
    });
    renderApp(bridge);

    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('Aucun grand livre n’est ouvert');
    expect(alert.textContent).toContain('No ledger is open: open or create one first.');
    expect(screen.queryByTestId('total-exposure')).toBeNull();

    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect((await screen.findByTestId('total-exposure')).textContent).toBe(formatMoney(DASHBOARD.exposure.totalCents));
    expect(screen.queryByTestId('api-error')).toBeNull();
  });

  it('refreshes when the ledger changes', async () => {
    let dashboard = DASHBOARD;
    const bridge = openLedgerBridge({ 'reports.dashboard': () => dashboard });
    renderApp(bridge);
    await screen.findByTestId('total-exposure');

    dashboard = { ...DASHBOARD, exposure: { ...DASHBOARD.exposure, totalCents: 123_456_789 } };
    bridge.emit({ type: 'ledger.changed', methods: ['payments.create'] });
    await waitFor(() => expect(screen.getByTestId('total-exposure').textContent).toBe(euros('1 234 567,89 €')));
  });
});
