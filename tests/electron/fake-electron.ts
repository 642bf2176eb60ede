import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A thin stand-in for the 'electron' module (the real one cannot load outside Electron): just enough of
 * app, BrowserWindow, session, ipcMain/ipcRenderer, contextBridge, protocol, Menu, dialog and shell to run the
 * shell's code and record what it asked for. Used only through `vi.mock('electron', …)`.
 */

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: Array<{ channel: string; args: unknown[] }> = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
  isDestroyed() {
    return false;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: Record<string, any>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = () => false;
}

class FakeSession {
  permissionRequestHandler: ((...args: any[]) => void) | null = null;
  permissionCheckHandler: ((...args: any[]) => boolean) | null = null;
  setPermissionRequestHandler(handler: (...args: any[]) => void) {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: any[]) => boolean) {
    this.permissionCheckHandler = handler;
  }
}

function createFakeApp() {
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const paths = new Map<string, string>();
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    appPath: '/nonexistent',
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    getVersion: () => '0.0.0-test',
    getAppPath: () => app.appPath,
    getPath: (name: string) => paths.get(name) ?? `/nonexistent/${name}`,
    setPath: (name: string, value: string) => void paths.set(name, value),
    whenReady: () => ready,
    /** Test-only: what whenReady() waits for. */
    markReady: () => markReady(),
  });
  return app;
}

export function createFakeElectron() {
  const handlers = new Map<string, (...args: any[]) => unknown>();
  const rendererListeners = new EventEmitter();
  return {
    app: createFakeApp(),
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession: new FakeSession() },
    ipcMain: {
      handlers,
      handle: vi.fn((channel: string, handler: (...args: any[]) => unknown) => void handlers.set(channel, handler)),
    },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null })),
      on: vi.fn((channel: string, listener: (...args: any[]) => void) => void rendererListeners.on(channel, listener)),
      removeListener: vi.fn(
        (channel: string, listener: (...args: any[]) => void) => void rendererListeners.off(channel, listener),
      ),
      /** Test-only: what the main process would send. */
      emitFromMain: (channel: string, ...args: unknown[]) => rendererListeners.emit(channel, {}, ...args),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
      showErrorBox: vi.fn(),
    },
    shell: { openExternal: vi.fn(), openPath: vi.fn(async () => '') },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
