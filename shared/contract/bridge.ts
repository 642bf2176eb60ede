import type { ApiResult } from './errors';
import type { InputOf, MethodName, ResultOf } from './contract';

/** Events the core pushes to the UI. */
export type CoreEvent =
  | { type: 'ledger.changed'; methods: MethodName[] }
  | { type: 'workspace.changed' }
  /** Long work (imports, batches) reports how far it is; `taskId` is the one the caller passed in. */
  | { type: 'task.progress'; taskId: string; done: number; total: number };

/**
 * What the renderer sees as `window.api`: the preload implements it over Electron IPC, the test harness over
 * HTTP. Nothing else crosses from the UI to the core.
 */
export interface Bridge {
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiResult<ResultOf<M>>>;
  /** Subscribe to core events; returns the unsubscribe function. */
  onEvent(listener: (event: CoreEvent) => void): () => void;
  /** Where the UI runs: 'electron' offers native dialogs, 'browser' a path field. */
  readonly runtime: 'electron' | 'browser';
  /** Electron only: a native open/save dialog for a ledger file; null when cancelled. */
  pickLedgerPath?(mode: 'open' | 'create'): Promise<string | null>;
  /**
   * Electron only: opens a generated letter or draft with the system's own application (to print it, or to
   * send the .eml from the mail client). Resolves null when opened, or why it could not be.
   */
  openFile?(path: string): Promise<string | null>;
}

/** The IPC channel names (shared by main and preload). */
export const IPC_CALL_CHANNEL = 'encaisse:call';
export const IPC_EVENT_CHANNEL = 'encaisse:event';
export const IPC_DIALOG_CHANNEL = 'encaisse:dialog';
export const IPC_OPEN_FILE_CHANNEL = 'encaisse:open-file';
