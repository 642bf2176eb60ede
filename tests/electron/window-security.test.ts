import * as electron from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../electron/main/window';
import {
  denyAllPermissions,
  guardAllWebContents,
  installNavigationGuards,
  secureWebPreferences,
} from '../../electron/main/security';
import { RENDERER_URL } from '../../electron/main/renderer-protocol';
import { FakeWebContents, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

describe('the main window', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security, our preload', () => {
    const window = createMainWindow({
      BrowserWindow: electron.BrowserWindow,
      preloadPath: '/app/build/electron/preload.cjs',
    });
    const prefs = (window as unknown as InstanceType<FakeElectron['BrowserWindow']>).options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/build/electron/preload.cjs',
    });
    expect(secureWebPreferences('/p.cjs')).toEqual({ ...prefs, preload: '/p.cjs' });
  });

  it('loads the UI from the app:// scheme, never a remote address', () => {
    const window = createMainWindow({ BrowserWindow: electron.BrowserWindow, preloadPath: '/p.cjs' });
    const loaded = (window as unknown as InstanceType<FakeElectron['BrowserWindow']>).loadedUrl;
    expect(loaded).toBe(RENDERER_URL);
    expect(loaded).toBe('app://encaisse/index.html');
  });

  it('refuses every navigation, redirect, webview and window.open of its page', () => {
    const window = createMainWindow({ BrowserWindow: electron.BrowserWindow, preloadPath: '/p.cjs' });
    const contents = (window as unknown as InstanceType<FakeElectron['BrowserWindow']>).webContents;
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = navigationEvent();
      contents.emit(name, event, 'https://evil.example/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://encaisse/index.html' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('other web contents and permissions', () => {
  it('guards any web contents created later (devtools, stray frames)', () => {
    guardAllWebContents(fake.app as unknown as Electron.App);
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    const event = navigationEvent();
    contents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const session = fake.session.defaultSession;
    denyAllPermissions(session as unknown as Electron.Session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler!({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler!({}, permission, 'app://encaisse', {}), permission).toBe(false);
    }
  });

  it('installNavigationGuards is what the window uses', () => {
    const contents = new FakeWebContents();
    installNavigationGuards(contents as unknown as Electron.WebContents);
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.windowOpenHandler).not.toBeNull();
  });
});
