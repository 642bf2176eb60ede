import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import {
  IPC_CALL_CHANNEL,
  IPC_DIALOG_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_OPEN_FILE_CHANNEL,
} from '../../shared/contract/bridge';
import type { ApiResult } from '../../shared/contract/errors';
import type { Workspace } from '../core/workspace/workspace';
import { RENDERER_HOST, RENDERER_SCHEME } from './renderer-protocol';

/** The whole IPC surface: one call channel to the workspace, one dialog channel, one event channel out. */

export interface IpcDependencies {
  ipcMain: IpcMain;
  workspace: Pick<Workspace, 'dispatch' | 'subscribe'>;
  pickLedgerPath(mode: 'open' | 'create'): Promise<string | null>;
  /** shell.openPath: '' when opened, else the system's error message. */
  openPath(path: string): Promise<string>;
}

/** Only our own page may call: not a devtools frame, not some other origin that slipped in. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const url = event.senderFrame?.url;
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${RENDERER_SCHEME}:` && parsed.host === RENDERER_HOST;
  } catch {
    return false;
  }
}

const refused: ApiResult<never> = {
  ok: false,
  error: { code: 'internal', message: 'Call refused: it did not come from the Encaisse window.' },
};

export function registerIpc({ ipcMain, workspace, pickLedgerPath, openPath }: IpcDependencies): void {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return refused;
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'unknown_method', message: 'The method name must be a string.' } };
    }
    return workspace.dispatch(method, input);
  });
  ipcMain.handle(IPC_DIALOG_CHANNEL, async (event, mode: unknown) => {
    if (!isTrustedSender(event)) return null;
    if (mode !== 'open' && mode !== 'create') return null;
    return pickLedgerPath(mode);
  });
  // The core decides which files may be opened (its own letters only); the shell only hands them to the OS.
  ipcMain.handle(IPC_OPEN_FILE_CHANNEL, async (event, path: unknown) => {
    if (!isTrustedSender(event) || typeof path !== 'string') return 'Refused.';
    const located = await workspace.dispatch('letters.locate', { path });
    if (!located.ok) return located.error.message;
    const error = await openPath((located.value as { path: string }).path);
    return error === '' ? null : error;
  });
}

/** Forwards the workspace's events to the window; returns the unsubscribe function. */
export function forwardEvents(workspace: Pick<Workspace, 'subscribe'>, target: () => WebContents | null): () => void {
  return workspace.subscribe((event) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
  });
}
