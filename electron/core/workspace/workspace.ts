import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreEvent } from '../../../shared/contract/bridge';
import { isMethodName, isWorkspaceMethod } from '../../../shared/contract/contract';
import { CoreError, type ApiResult } from '../../../shared/contract/errors';
import type { LedgerInfo } from '../../../shared/contract/types';
import type { IsoDate } from '../../../shared/domain/dates';
import { createCore, type Core } from '../core';
import type { NativeOptions } from '../db/ledger-file';
import { createDemoLedger } from '../demo/demo-ledger';
import { dispatchTo } from '../dispatch';
import type { WorkspaceHandlers } from '../handler-types';
import { RecentLedgers } from './recent-ledgers';

export interface WorkspaceOptions extends NativeOptions {
  /** The app's own data folder (recent ledgers, the demo company). */
  dataDir: string;
  today?: IsoDate;
}

export interface Workspace {
  dispatch(method: string, input: unknown): Promise<ApiResult<unknown>>;
  subscribe(listener: (event: CoreEvent) => void): () => void;
  /** Open a ledger by path (File › Open, recent list, command line). */
  open(path: string): Promise<LedgerInfo>;
  current(): LedgerInfo | null;
  close(): Promise<void>;
}

/**
 * Which ledger is open, shared by the Electron shell and the browser harness: answers the `ledger.*` methods
 * itself and forwards every other call to the open ledger's core.
 */
export function createWorkspace(options: WorkspaceOptions): Workspace {
  mkdirSync(options.dataDir, { recursive: true });
  const recent = new RecentLedgers(join(options.dataDir, 'recent-ledgers.json'));
  const demoPath = join(options.dataDir, 'demo', 'societe-demo.encaisse');
  const listeners = new Set<(event: CoreEvent) => void>();
  let core: Core | null = null;
  let info: LedgerInfo | null = null;
  let unsubscribeCore: (() => void) | null = null;

  const emit = (event: CoreEvent) => {
    for (const listener of listeners) listener(event);
  };

  async function closeCurrent(): Promise<void> {
    unsubscribeCore?.();
    unsubscribeCore = null;
    const closing = core;
    core = null;
    info = null;
    await closing?.close();
  }

  async function adopt(next: Core): Promise<LedgerInfo> {
    await closeCurrent();
    const company = await next.dispatch('company.get', {});
    const companyName = company.ok ? (company.value as { name: string }).name : '';
    core = next;
    info = { path: next.ledger.path, companyName, schemaVersion: next.ledger.schemaVersion };
    unsubscribeCore = next.subscribe((event) => {
      if (event.type === 'ledger.changed' && event.methods.includes('company.update')) void refreshName();
      emit(event);
    });
    recent.remember({ path: info.path, companyName });
    emit({ type: 'workspace.changed' });
    return info;
  }

  async function refreshName(): Promise<void> {
    if (!core || !info) return;
    const company = await core.dispatch('company.get', {});
    if (company.ok) info = { ...info, companyName: (company.value as { name: string }).name };
    emit({ type: 'workspace.changed' });
  }

  const open = async (path: string) => adopt(await createCore({ ...options, dbPath: path }));

  const handlers: WorkspaceHandlers<null> = {
    'ledger.state': async () => ({ current: info, recent: recent.read(), demoPath, firstLaunch: recent.firstLaunch }),
    'ledger.open': async ({ path }) => open(path),
    'ledger.create': async ({ path, companyName }) =>
      adopt(await createCore({ ...options, dbPath: path, create: { companyName } })),
    'ledger.openDemo': async () => {
      if (!existsSync(demoPath)) {
        mkdirSync(join(options.dataDir, 'demo'), { recursive: true });
        await createDemoLedger(demoPath, { today: options.today, nativeBinding: options.nativeBinding });
      }
      return open(demoPath);
    },
    'ledger.close': async () => {
      await closeCurrent();
      emit({ type: 'workspace.changed' });
      return null;
    },
  };

  return {
    async dispatch(method, input) {
      if (!isMethodName(method)) return dispatchTo({}, null, method, input); // unknown_method, open or not
      if (isWorkspaceMethod(method)) return dispatchTo(handlers as never, null, method, input);
      if (!core) {
        const error = new CoreError('no_ledger_open', 'No ledger is open: open or create one first.');
        return { ok: false, error: error.toApiError() };
      }
      return core.dispatch(method, input);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open,
    current: () => info,
    close: closeCurrent,
  };
}
