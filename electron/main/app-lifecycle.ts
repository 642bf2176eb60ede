import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { createWorkspace, type Workspace } from '../core/workspace/workspace';
import { installApplicationMenu } from './app-menu';
import { appPaths, missingPieces } from './app-paths';
import { ledgerPathFromArgv } from './command-line';
import { pickLedgerPath, showAbout } from './dialogs';
import { forwardEvents, registerIpc } from './ipc';
import { ledgerMenuActions } from './ledger-actions';
import { registerRendererScheme, serveRenderer } from './renderer-protocol';
import { denyAllPermissions, guardAllWebContents } from './security';
import { createMainWindow } from './window';

/**
 * The app's life: one instance, one window, one workspace. Everything before `whenReady` must run
 * synchronously at start (single-instance lock, privileged scheme, data folder).
 */
export function startEncaisse(argv: readonly string[] = process.argv, cwd: string = process.cwd()): void {
  // Same folder as the browser harness and the packaged app ("Encaisse"), even in development where the
  // package name is lowercase.
  app.setPath('userData', join(app.getPath('appData'), 'Encaisse'));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  registerRendererScheme(protocol);
  guardAllWebContents(app);

  let window: BrowserWindow | null = null;
  let workspace: Workspace | null = null;
  let pendingLedger = ledgerPathFromArgv(argv, cwd);

  const openFromOutside = (path: string) => {
    if (!workspace) {
      pendingLedger = path;
      return;
    }
    workspace
      .open(path)
      .catch((error: Error) => dialog.showErrorBox('Impossible d’ouvrir le grand livre', error.message));
  };
  const focusWindow = () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  };
  const openWindow = (preloadPath: string) => {
    window = createMainWindow({ BrowserWindow, preloadPath });
    window.on('closed', () => (window = null));
  };

  app.on('second-instance', (_event, secondArgv, secondCwd) => {
    focusWindow();
    const path = ledgerPathFromArgv(secondArgv, secondCwd);
    if (path) openFromOutside(path);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOutside(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    const paths = appPaths(app.getAppPath(), app.isPackaged);
    const missing = missingPieces(paths);
    if (missing) {
      dialog.showErrorBox('Encaisse ne peut pas démarrer', missing);
      app.quit();
      return;
    }
    denyAllPermissions(session.defaultSession);
    serveRenderer(protocol, paths.rendererDir);
    const ready = createWorkspace({ dataDir: app.getPath('userData'), nativeBinding: paths.nativeBinding });
    workspace = ready;

    const pick = (mode: 'open' | 'create') => pickLedgerPath(dialog, window, mode);
    registerIpc({ ipcMain, workspace: ready, pickLedgerPath: pick, openPath: (path) => shell.openPath(path) });
    forwardEvents(ready, () => window?.webContents ?? null);
    installApplicationMenu({
      Menu,
      workspace: ready,
      isMac: process.platform === 'darwin',
      isPackaged: app.isPackaged,
      actions: ledgerMenuActions({
        workspace: ready,
        pickLedgerPath: pick,
        showError: (title, message) => dialog.showErrorBox(title, message),
        about: () => void showAbout(dialog, window, app.getVersion()),
      }),
    });
    openWindow(paths.preloadPath);
    app.on('activate', () => {
      if (!window) openWindow(paths.preloadPath);
    });
    if (pendingLedger) openFromOutside(pendingLedger);

    // Close the ledger (WAL checkpoint) before the process ends.
    let closed = false;
    app.on('will-quit', (event) => {
      if (closed) return;
      event.preventDefault();
      void ready.close().finally(() => {
        closed = true;
        app.quit();
      });
    });
  });
}
