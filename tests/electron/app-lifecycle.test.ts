import * as electron from 'electron';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_DIALOG_CHANNEL } from '../../shared/contract/bridge';
import type { WorkspaceState } from '../../shared/contract/types';
import { startEncaisse } from '../../electron/main/app-lifecycle';
import { FakeBrowserWindow, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

const base = mkdtempSync(join(tmpdir(), 'encaisse-shell-'));
const appRoot = join(base, 'app');
const ourPage = { senderFrame: { url: 'app://encaisse/index.html' } };

beforeAll(async () => {
  mkdirSync(join(appRoot, 'build', 'renderer'), { recursive: true });
  mkdirSync(join(appRoot, 'build', 'electron'), { recursive: true });
  writeFileSync(join(appRoot, 'build', 'renderer', 'index.html'), '<!doctype html>');
  writeFileSync(join(appRoot, 'build', 'electron', 'preload.cjs'), '');
  fake.app.appPath = appRoot;
  // A packaged app uses node_modules/better-sqlite3 as is: here, the Node build the tests run on.
  fake.app.isPackaged = true;
  fake.app.setPath('appData', join(base, 'appData'));
  startEncaisse(['electron', '.'], base);
  fake.app.markReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
});

afterAll(async () => {
  // Let the shell close its workspace the way it does at quit.
  const event = { preventDefault: vi.fn() };
  fake.app.emit('will-quit', event);
  await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled());
  rmSync(base, { recursive: true, force: true });
});

describe('app start', () => {
  it('takes the single-instance lock, forces the sandbox and registers app:// before ready', () => {
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalledTimes(1);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('keeps its data in the per-user "Encaisse" folder', () => {
    expect(fake.app.getPath('userData')).toBe(join(base, 'appData', 'Encaisse'));
  });

  it('denies permissions on the default session and opens one secure window', () => {
    expect(fake.session.defaultSession.permissionCheckHandler?.({}, 'media', '', {})).toBe(false);
    const [window] = FakeBrowserWindow.instances;
    expect(window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(appRoot, 'build', 'electron', 'preload.cjs'),
    });
    expect(window!.loadedUrl).toBe('app://encaisse/index.html');
  });

  it('answers calls through IPC with the real workspace', async () => {
    expect(fake.ipcMain.handlers.has(IPC_DIALOG_CHANNEL)).toBe(true);
    const call = fake.ipcMain.handlers.get(IPC_CALL_CHANNEL)!;
    const state = (await call(ourPage, 'ledger.state', {})) as { ok: true; value: WorkspaceState };
    expect(state.ok).toBe(true);
    expect(state.value).toMatchObject({ current: null, firstLaunch: true });
    expect(state.value.demoPath.startsWith(join(base, 'appData', 'Encaisse'))).toBe(true);
    expect(await call(ourPage, 'clients.list', {})).toMatchObject({ ok: false, error: { code: 'no_ledger_open' } });
  });

  it('sets a French menu with Fichier › Nouveau…, Ouvrir…, récents', async () => {
    await vi.waitFor(() => expect(fake.Menu.setApplicationMenu).toHaveBeenCalled());
    const template = fake.Menu.buildFromTemplate.mock.lastCall![0] as MenuItemConstructorOptions[];
    const file = template.find((item) => item.label === 'Fichier')!;
    const labels = (file.submenu as MenuItemConstructorOptions[]).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Nouveau…', 'Ouvrir…', 'Grands livres récents']));
  });

  it('focuses the window and tries the ledger given by a second launch, explaining a failure', async () => {
    const [window] = FakeBrowserWindow.instances;
    fake.app.emit('second-instance', {}, ['electron', '.', 'absent.encaisse'], base);
    expect(window!.focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.dialog.showErrorBox).toHaveBeenCalled());
    expect(fake.dialog.showErrorBox.mock.lastCall![1]).toContain(join(base, 'absent.encaisse'));
  });
});

describe('a second copy of the app', () => {
  it('quits at once when another instance holds the lock, touching nothing else', () => {
    fake.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    fake.app.quit.mockClear();
    const schemeRegistrations = fake.protocol.registerSchemesAsPrivileged.mock.calls.length;
    const secondInstanceListeners = fake.app.listenerCount('second-instance');
    startEncaisse(['electron', '.'], base);
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(schemeRegistrations);
    expect(fake.app.listenerCount('second-instance')).toBe(secondInstanceListeners);
  });
});
