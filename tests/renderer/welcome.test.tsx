import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { LedgerInfo, WorkspaceState } from '../../shared/contract/types';
import { createFakeBridge, deferred, FakeFailure } from './fake-bridge';
import { formatMoney } from '../../shared/domain/money';
import { COMPANY, DASHBOARD, DEMO_LEDGER, workspace } from './fixtures';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

/** A workspace whose `ledger.*` calls really open and close a ledger, as the core's workspace does. */
function workspaceBridge(initial: WorkspaceState, options: Parameters<typeof createFakeBridge>[1] = {}) {
  let state = initial;
  const opened = (ledger: LedgerInfo) => {
    state = { ...state, current: ledger, firstLaunch: false };
    return ledger;
  };
  const bridge = createFakeBridge(
    {
      'ledger.state': () => state,
      'ledger.openDemo': () => opened(DEMO_LEDGER),
      'ledger.open': ({ path }) => opened({ path, companyName: 'Société ouverte', schemaVersion: 3 }),
      'ledger.create': ({ path, companyName }) => opened({ path, companyName, schemaVersion: 3 }),
      'ledger.close': () => {
        state = { ...state, current: null };
        return null;
      },
      'reports.dashboard': () => DASHBOARD,
      'company.get': () => COMPANY,
    },
    options,
  );
  return bridge;
}

describe('welcome screen', () => {
  it('offers the demo on first launch, shows progress while it is generated, then the dashboard', async () => {
    const bridge = workspaceBridge(workspace({ firstLaunch: true }));
    const demo = deferred<LedgerInfo>();
    const realOpenDemo = bridge.handlers['ledger.openDemo']!;
    bridge.handlers['ledger.openDemo'] = async (input) => {
      await demo.promise;
      return realOpenDemo(input);
    };
    renderApp(bridge);

    const button = await screen.findByRole('button', { name: 'Ouvrir la société de démonstration' });
    expect(button.className).toContain('MuiButton-contained');
    fireEvent.click(button);

    // While the demo is generated: a progress message, and nothing else can be started.
    const progress = await screen.findByTestId('ledger-progress');
    expect(progress.textContent).toContain('Préparation de la société de démonstration');
    expect((screen.getByTestId('open-demo') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('create-path') as HTMLInputElement).disabled).toBe(true);
    expect(bridge.inputsOf('ledger.openDemo')).toEqual([{}]);

    demo.resolve(DEMO_LEDGER);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeTruthy();
    expect(screen.getByTestId('company-name').textContent).toBe('Atelier Durand SARL');
    expect(screen.queryByTestId('open-demo')).toBeNull();
  });

  it('shows an invalid ledger error with the core message, and stays on the welcome screen', async () => {
    const bridge = workspaceBridge(workspace({ firstLaunch: false }));
    bridge.handlers['ledger.open'] = () => {
      throw new FakeFailure('invalid_ledger', '/tmp/notes.txt is not a SQLite database');
    };
    renderApp(bridge);

    fireEvent.change(await screen.findByTestId('open-path'), { target: { value: '  /tmp/notes.txt ' } });
    fireEvent.click(screen.getByTestId('open-ledger'));

    const alert = await screen.findByTestId('api-error');
    expect(alert.textContent).toContain('Ce fichier n’est pas un grand livre Encaisse');
    expect(alert.textContent).toContain('/tmp/notes.txt is not a SQLite database');
    expect(bridge.inputsOf('ledger.open')).toEqual([{ path: '/tmp/notes.txt' }]);
    expect(screen.getByRole('heading', { level: 1, name: 'Bienvenue dans Encaisse' })).toBeTruthy();
    expect((screen.getByTestId('open-ledger') as HTMLButtonElement).disabled).toBe(false);
  });

  it('creates a ledger from a typed path in browser mode', async () => {
    const bridge = workspaceBridge(workspace());
    renderApp(bridge);

    const create = await screen.findByTestId('create-ledger');
    expect((create as HTMLButtonElement).disabled).toBe(true); // nothing typed yet
    fireEvent.change(screen.getByTestId('create-company-name'), { target: { value: 'Menuiserie Roux' } });
    fireEvent.change(screen.getByTestId('create-path'), { target: { value: '/home/c/roux.encaisse' } });
    fireEvent.click(create);

    await waitFor(() => expect(screen.getByTestId('company-name').textContent).toBe('Menuiserie Roux'));
    expect(bridge.inputsOf('ledger.create')).toEqual([
      { path: '/home/c/roux.encaisse', companyName: 'Menuiserie Roux' },
    ]);
  });

  it('uses the native dialogs in Electron, and does nothing when the dialog is cancelled', async () => {
    const pick = vi.fn<(mode: 'open' | 'create') => Promise<string | null>>();
    const bridge = workspaceBridge(workspace(), { runtime: 'electron', pickLedgerPath: pick });
    renderApp(bridge);

    expect(await screen.findByTestId('open-ledger')).toBeTruthy();
    expect(screen.queryByTestId('open-path')).toBeNull();
    expect(screen.queryByTestId('create-path')).toBeNull();

    pick.mockResolvedValueOnce(null);
    fireEvent.click(screen.getByRole('button', { name: 'Choisir un fichier…' }));
    await waitFor(() => expect(pick).toHaveBeenCalledWith('open'));
    await waitFor(() => expect((screen.getByTestId('open-ledger') as HTMLButtonElement).disabled).toBe(false));
    expect(bridge.inputsOf('ledger.open')).toEqual([]);

    pick.mockResolvedValueOnce('/docs/roux.encaisse');
    fireEvent.change(screen.getByTestId('create-company-name'), { target: { value: 'Menuiserie Roux' } });
    fireEvent.click(screen.getByRole('button', { name: 'Créer et choisir l’emplacement…' }));
    await waitFor(() => expect(screen.getByTestId('company-name').textContent).toBe('Menuiserie Roux'));
    expect(pick).toHaveBeenLastCalledWith('create');
    expect(bridge.inputsOf('ledger.create')).toEqual([{ path: '/docs/roux.encaisse', companyName: 'Menuiserie Roux' }]);
  });

  it('lists recent ledgers and opens one on click; the demo is still offered, less prominently', async () => {
    const bridge = workspaceBridge(
      workspace({
        firstLaunch: false,
        recent: [
          { path: '/compta/durand.encaisse', companyName: 'Atelier Durand', openedAt: '2026-11-20T10:00:00.000Z' },
          { path: '/compta/roux.encaisse', companyName: 'Menuiserie Roux', openedAt: '2026-10-02T10:00:00.000Z' },
        ],
      }),
    );
    renderApp(bridge);

    const list = await screen.findByTestId('recent-ledgers');
    expect(within(list).getByText('Menuiserie Roux')).toBeTruthy();
    expect(list.textContent).toContain('Ouvert le 02/10/2026');
    expect(screen.getByTestId('open-demo').className).toContain('MuiButton-outlined');

    fireEvent.click(within(list).getByRole('button', { name: 'Ouvrir Menuiserie Roux' }));
    await waitFor(() => expect(screen.queryByTestId('company-name')).not.toBeNull());
    expect(bridge.inputsOf('ledger.open')).toEqual([{ path: '/compta/roux.encaisse' }]);
  });

  it('closes the ledger and comes back to the welcome screen', async () => {
    const bridge = workspaceBridge(workspace({ current: DEMO_LEDGER, firstLaunch: false }));
    renderApp(bridge);

    fireEvent.click(await screen.findByTestId('close-ledger'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Encaisse' })).toBeTruthy();
    expect(bridge.inputsOf('ledger.close')).toEqual([{}]);
  });

  it('re-reads the workspace when the core says it changed (e.g. File › Open in the Electron menu)', async () => {
    const bridge = workspaceBridge(workspace());
    renderApp(bridge);
    await screen.findByTestId('open-demo');

    await bridge.handlers['ledger.open']!({ path: '/menu/opened.encaisse' });
    bridge.emit({ type: 'workspace.changed' });
    await waitFor(() => expect(screen.getByTestId('company-name').textContent).toBe('Société ouverte'));
  });
});

describe('switching ledgers', () => {
  it('shows the new ledger’s figures when another one is opened from the menu', async () => {
    const bridge = workspaceBridge(workspace({ current: DEMO_LEDGER, firstLaunch: false }));
    const other = { ...DASHBOARD, exposure: { ...DASHBOARD.exposure, totalCents: 4_200 } };
    renderApp(bridge);
    expect((await screen.findByTestId('total-exposure')).textContent).toBe(formatMoney(DASHBOARD.exposure.totalCents));

    bridge.handlers['reports.dashboard'] = () => other;
    await bridge.handlers['ledger.open']!({ path: '/menu/autre.encaisse' });
    bridge.emit({ type: 'workspace.changed' });
    await waitFor(() => expect(screen.getByTestId('company-name').textContent).toBe('Société ouverte'));
    await waitFor(() => expect(screen.getByTestId('total-exposure').textContent).toBe(formatMoney(4_200)));
  });

  it('does not re-ask the closed ledger for its figures (no error flash on close)', async () => {
    const bridge = workspaceBridge(workspace({ current: DEMO_LEDGER, firstLaunch: false }));
    renderApp(bridge);
    await screen.findByTestId('total-exposure');
    const before = bridge.inputsOf('reports.dashboard').length;

    fireEvent.click(screen.getByTestId('close-ledger'));
    bridge.emit({ type: 'workspace.changed' }); // what the core sends on close
    await screen.findByRole('heading', { level: 1, name: 'Bienvenue dans Encaisse' });
    expect(bridge.inputsOf('reports.dashboard')).toHaveLength(before);
    expect(screen.queryByTestId('api-error')).toBeNull();
  });
});
