import type { BrowserWindow as BrowserWindowClass } from 'electron';
import { RENDERER_URL } from './renderer-protocol';
import { installNavigationGuards, secureWebPreferences } from './security';

export interface MainWindowOptions {
  /** The BrowserWindow constructor (injected so tests can pass a fake). */
  BrowserWindow: typeof BrowserWindowClass;
  preloadPath: string;
}

/** The single application window, shown once its first paint is ready to avoid a white flash. */
export function createMainWindow({ BrowserWindow, preloadPath }: MainWindowOptions): BrowserWindowClass {
  const window = new BrowserWindow({
    title: 'Encaisse',
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#f5f6f8',
    webPreferences: secureWebPreferences(preloadPath),
  });
  installNavigationGuards(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(RENDERER_URL);
  return window;
}
