import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatMoney } from '../../shared/domain/money';
import { createFakeBridge, FakeFailure, type FakeHandlers } from './fake-bridge';
import { clientTable, DEMO_LEDGER, workspace } from './fixtures';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

/** Text of one column's cells, top to bottom (cheaper than role queries on a grid). */
function columnTexts(field: string): string[] {
  return Array.from(
    document.querySelectorAll(`[role="gridcell"][data-field="${field}"]`),
    (cell) => cell.textContent ?? '',
  );
}

function clientsBridge(handlers: FakeHandlers = {}) {
  window.history.replaceState(null, '', '/#/clients');
  return createFakeBridge({
    'ledger.state': () => workspace({ current: DEMO_LEDGER, firstLaunch: false }),
    'clients.list': clientTable(10_000),
    ...handlers,
  });
}

describe('clients screen', () => {
  it('asks the core for the first page of 50, sorted by name', async () => {
    const bridge = clientsBridge();
    renderApp(bridge);

    await screen.findByRole('heading', { level: 1, name: 'Clients' });
    await waitFor(() => expect(bridge.inputsOf('clients.list')).toHaveLength(1));
    expect(bridge.inputsOf('clients.list')[0]).toEqual({
      offset: 0,
      limit: 50,
      search: '',
      sortField: 'name',
      sortDirection: 'asc',
      includeArchived: false,
      filters: {},
    });
    // The total comes from the core, not from the rows received (9,000 active of 10,000).
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).parentElement!.textContent).toMatch(/9\s000 clients/),
    );
  });

  it('shows the rows the core sent, money formatted and right-aligned', async () => {
    renderApp(clientsBridge());
    await waitFor(() =>
      expect(columnTexts('name').slice(0, 3)).toEqual(['Client 00001', 'Client 00002', 'Client 00003']),
    );
    expect(columnTexts('code').slice(0, 3)).toEqual(['C0001', 'C0002', 'C0003']);
    expect(columnTexts('exposureCents').slice(0, 3)).toEqual([
      formatMoney(0),
      formatMoney(7919),
      formatMoney(2 * 7919),
    ]);
    expect(columnTexts('creditLimitCents').slice(0, 3)).toEqual([formatMoney(2_000_000), '—', '—']);
    expect(columnTexts('oldestDaysLate').slice(0, 3)).toEqual(['0', '1', '2']);
    const exposure = document.querySelector('[role="gridcell"][data-field="exposureCents"]')!;
    expect(exposure.className).toContain('MuiDataGrid-cell--textRight');
  });

  it('searches once the user stops typing, from the first page', async () => {
    const bridge = clientsBridge();
    renderApp(bridge);
    const search = await screen.findByTestId('client-search');
    await waitFor(() => expect(bridge.inputsOf('clients.list')).toHaveLength(1));

    fireEvent.change(search, { target: { value: 'l' } });
    fireEvent.change(search, { target: { value: 'ly' } });
    fireEvent.change(search, { target: { value: 'lyon ' } });
    expect(bridge.inputsOf('clients.list')).toHaveLength(1); // nothing sent per keystroke

    await waitFor(() => expect(bridge.inputsOf('clients.list')).toHaveLength(2));
    expect(bridge.inputsOf('clients.list')[1]).toMatchObject({ search: 'lyon', offset: 0, limit: 50 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(bridge.inputsOf('clients.list')).toHaveLength(2);
  });

  it('includes archived clients when asked', async () => {
    const bridge = clientsBridge();
    renderApp(bridge);
    fireEvent.click(await screen.findByRole('switch', { name: 'Inclure les archivés' }));
    await waitFor(() =>
      expect(bridge.inputsOf('clients.list').at(-1)).toMatchObject({ includeArchived: true, offset: 0 }),
    );
  });

  it('filters on overdue, disputed and over-limit clients, ANDed by the core', async () => {
    const bridge = clientsBridge();
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('client-filter-overdue'));
    await waitFor(() =>
      expect(bridge.inputsOf('clients.list').at(-1)).toMatchObject({ filters: { overdue: true }, offset: 0 }),
    );
    fireEvent.click(screen.getByTestId('client-filter-overCreditLimit'));
    await waitFor(() =>
      expect(bridge.inputsOf('clients.list').at(-1)).toMatchObject({
        filters: { overdue: true, overCreditLimit: true },
      }),
    );
    expect(screen.getByTestId('client-filter-overdue').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByTestId('client-filter-overdue'));
    await waitFor(() =>
      expect(bridge.inputsOf('clients.list').at(-1)).toMatchObject({ filters: { overCreditLimit: true } }),
    );
    fireEvent.click(screen.getByTestId('client-filter-disputed'));
    await waitFor(() =>
      expect(bridge.inputsOf('clients.list').at(-1)!.filters).toEqual({ overCreditLimit: true, disputed: true }),
    );
  });

  it('opens a client’s file when its row is clicked', async () => {
    renderApp(clientsBridge());
    await waitFor(() => expect(columnTexts('name')[1]).toBe('Client 00002'));
    fireEvent.click(document.querySelectorAll('[role="gridcell"][data-field="name"]')[1]);
    await waitFor(() => expect(window.location.hash).toBe('#/clients/2'));
  });

  it('sorts on the server when a column header is clicked', async () => {
    const bridge = clientsBridge();
    renderApp(bridge);
    const header = await screen.findByRole('columnheader', { name: 'Encours' });
    fireEvent.click(within(header).getByText('Encours'));
    await waitFor(() =>
      expect(bridge.inputsOf('clients.list').at(-1)).toMatchObject({
        sortField: 'exposureCents',
        sortDirection: 'asc',
      }),
    );
    fireEvent.click(within(header).getByText('Encours'));
    await waitFor(() =>
      expect(bridge.inputsOf('clients.list').at(-1)).toMatchObject({
        sortField: 'exposureCents',
        sortDirection: 'desc',
      }),
    );
  });

  it('pages on the server', async () => {
    const bridge = clientsBridge();
    renderApp(bridge);
    const next = await screen.findByRole('button', { name: 'Aller à la page suivante' });
    expect(screen.getByText('Lignes par page :')).toBeTruthy(); // the grid's French locale
    await waitFor(() => expect((next as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(next);
    await waitFor(() => expect(bridge.inputsOf('clients.list').at(-1)).toMatchObject({ offset: 50, limit: 50 }));
  });

  it('switches to English: labels, grid texts and the stored choice', async () => {
    renderApp(clientsBridge());
    await screen.findByRole('columnheader', { name: 'Encours' });
    expect(screen.getByTestId('nav-clients').textContent).toBe('Clients');

    fireEvent.click(screen.getByTestId('language-switch'));
    fireEvent.click(await screen.findByTestId('language-en'));

    expect(await screen.findByRole('columnheader', { name: 'Exposure' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Customers' })).toBeTruthy();
    expect(screen.getByTestId('nav-dashboard').textContent).toBe('Dashboard');
    expect(screen.getByTestId('close-ledger').textContent).toBe('Close ledger');
    expect(screen.getByRole('button', { name: 'Go to next page' })).toBeTruthy();
    expect(localStorage.getItem('encaisse.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows a failed list to the user', async () => {
    renderApp(
      clientsBridge({
        'clients.list': () => {
          throw new FakeFailure('validation', 'limit: must be at most 500', 'limit');
        },
      }),
    );
    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('Saisie invalide');
    expect(alert.textContent).toContain('limit: must be at most 500');
    expect(alert.textContent).toContain('Champ concerné : limit');
  });

  it('drops an old answer that arrives after a newer one', async () => {
    const table = clientTable(100);
    const pending: Array<() => void> = [];
    const bridge = clientsBridge({
      'clients.list': (input) =>
        new Promise((resolve) => {
          const answer = () => resolve(table(input));
          if (input.search === 'slow') pending.push(answer);
          else answer();
        }),
    });
    renderApp(bridge);
    const search = await screen.findByTestId('client-search');
    fireEvent.change(search, { target: { value: 'slow' } });
    await waitFor(() => expect(pending).toHaveLength(1));
    fireEvent.change(search, { target: { value: 'Client 00042' } });
    await waitFor(() => expect(columnTexts('name')).toEqual(['Client 00042']));

    await act(async () => pending[0]());
    expect(columnTexts('name')).toEqual(['Client 00042']);
  });
});
