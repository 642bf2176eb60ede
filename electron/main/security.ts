import type { App, Session, WebContents, WebPreferences } from 'electron';

/**
 * Every security setting of the shell in one place, so the tests can read them. The UI is local code only:
 * it never navigates, opens windows, asks for permissions or embeds anything.
 */

/** webPreferences of every window: the page gets window.api from the preload and nothing of Node. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/**
 * The UI is a single page that changes views in place, so any navigation is a bug or an attack: refuse them
 * all. Links to the outside world are not needed (offline app), so new windows are refused too, not forwarded
 * to the system browser.
 */
export function installNavigationGuards(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Camera, notifications, geolocation, clipboard reads…: the ledger needs none of them. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Applies the guards to every webContents ever created (devtools, a stray frame), not only our window's. */
export function guardAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents));
}
