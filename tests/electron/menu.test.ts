import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ledgerPathFromArgv } from '../../electron/main/command-line';
import { companyNameFromPath, ledgerMenuActions } from '../../electron/main/ledger-actions';
import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu';

function actions(): MenuActions & Record<string, ReturnType<typeof vi.fn>> {
  return { newLedger: vi.fn(), openLedger: vi.fn(), openRecent: vi.fn(), closeLedger: vi.fn(), about: vi.fn() };
}

const submenu = (item: MenuItemConstructorOptions) => item.submenu as MenuItemConstructorOptions[];
const labels = (items: MenuItemConstructorOptions[]) => items.filter((i) => i.label).map((i) => i.label);

describe('the application menu', () => {
  const recent = [{ path: '/data/dupont.encaisse', companyName: 'Dupont SARL', openedAt: '2026-11-20T10:00:00Z' }];

  it('has Fichier, Édition, Affichage, Aide in French', () => {
    const template = buildMenuTemplate(actions(), { recent, hasOpenLedger: true, isMac: false, isPackaged: true });
    expect(labels(template)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
  });

  it('Fichier offers Nouveau…, Ouvrir…, the recent ledgers, Fermer and Quitter', () => {
    const a = actions();
    const [file] = buildMenuTemplate(a, { recent, hasOpenLedger: true, isMac: false, isPackaged: true });
    const items = submenu(file!);
    expect(labels(items)).toEqual(['Nouveau…', 'Ouvrir…', 'Grands livres récents', 'Fermer', 'Quitter']);
    const recentItems = submenu(items.find((i) => i.label === 'Grands livres récents')!);
    expect(recentItems[0]!.label).toContain('Dupont SARL');
    (recentItems[0]!.click as () => void)();
    expect(a.openRecent).toHaveBeenCalledWith('/data/dupont.encaisse');
    (items[0]!.click as () => void)();
    expect(a.newLedger).toHaveBeenCalled();
  });

  it('greys out Fermer without an open ledger and says when there is no recent ledger', () => {
    const [file] = buildMenuTemplate(actions(), { recent: [], hasOpenLedger: false, isMac: false, isPackaged: true });
    const items = submenu(file!);
    expect(items.find((i) => i.label === 'Fermer')!.enabled).toBe(false);
    expect(submenu(items.find((i) => i.label === 'Grands livres récents')!)).toEqual([
      { label: 'Aucun grand livre récent', enabled: false },
    ]);
  });

  it('offers developer tools only in development builds', () => {
    const roles = (isPackaged: boolean) =>
      submenu(buildMenuTemplate(actions(), { recent, hasOpenLedger: true, isMac: false, isPackaged })[2]!).map(
        (i) => i.role,
      );
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
  });
});

describe('menu actions', () => {
  it('create a ledger named after its file and show failures in a dialog', async () => {
    const workspace = {
      dispatch: vi.fn(async (method: string): Promise<any> =>
        method === 'ledger.open'
          ? { ok: false, error: { code: 'invalid_ledger', message: 'damaged' } }
          : { ok: true, value: null },
      ),
    };
    const showError = vi.fn();
    const menu = ledgerMenuActions({
      workspace,
      pickLedgerPath: async (mode) => (mode === 'create' ? '/data/Dupont SARL.encaisse' : '/data/broken.encaisse'),
      showError,
      about: vi.fn(),
    });
    menu.newLedger();
    menu.openLedger();
    await vi.waitFor(() => expect(showError).toHaveBeenCalled());
    expect(workspace.dispatch).toHaveBeenCalledWith('ledger.create', {
      path: '/data/Dupont SARL.encaisse',
      companyName: 'Dupont SARL',
    });
    expect(showError).toHaveBeenCalledWith('Impossible d’ouvrir le grand livre', 'damaged');
    expect(companyNameFromPath('/x/Martin et fils.encaisse')).toBe('Martin et fils');
  });
});

describe('ledger on the command line', () => {
  it('takes the first .encaisse argument, resolved against the launch folder', () => {
    expect(ledgerPathFromArgv(['electron', '.', 'compta/ma-societe.encaisse'], '/home/me')).toBe(
      '/home/me/compta/ma-societe.encaisse',
    );
    expect(ledgerPathFromArgv(['Encaisse', '--flag', '/abs/B.ENCAISSE'], '/home/me')).toBe('/abs/B.ENCAISSE');
    expect(ledgerPathFromArgv(['Encaisse', '--no-sandbox'], '/home/me')).toBeNull();
  });
});
