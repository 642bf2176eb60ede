import * as electron from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  IPC_CALL_CHANNEL,
  IPC_DIALOG_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_OPEN_FILE_CHANNEL,
  type Bridge,
} from '../../shared/contract/bridge';
import type { FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

let api: Bridge;

beforeAll(async () => {
  await import('../../electron/preload/preload');
  api = fake.contextBridge.exposeInMainWorld.mock.calls[0]![1] as Bridge;
});

describe('the preload', () => {
  it('exposes exactly window.api, with exactly call, onEvent, runtime, pickLedgerPath and openFile', () => {
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(fake.contextBridge.exposeInMainWorld.mock.calls[0]![0]).toBe('api');
    expect(Object.keys(api).sort()).toEqual(['call', 'onEvent', 'openFile', 'pickLedgerPath', 'runtime']);
    expect(api.runtime).toBe('electron');
  });

  it('call() goes through ipcRenderer.invoke on the call channel and returns its answer', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: { rows: [], total: 0 } });
    const result = await api.call('clients.list', { search: 'dupont' });
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_CALL_CHANNEL, 'clients.list', { search: 'dupont' });
    expect(result).toEqual({ ok: true, value: { rows: [], total: 0 } });
  });

  it('pickLedgerPath() asks the main process on the dialog channel', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce('/home/me/societe.encaisse');
    await expect(api.pickLedgerPath!('open')).resolves.toBe('/home/me/societe.encaisse');
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_DIALOG_CHANNEL, 'open');
  });

  it('openFile() asks the main process on its own channel, with the path alone', async () => {
    fake.ipcRenderer.invoke.mockResolvedValueOnce(null);
    await expect(api.openFile!('/letters/a.pdf')).resolves.toBeNull();
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_OPEN_FILE_CHANNEL, '/letters/a.pdf');
  });

  it('onEvent() hands the page only the core event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.onEvent(listener);
    expect(fake.ipcRenderer.on).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, expect.any(Function));
    fake.ipcRenderer.emitFromMain(IPC_EVENT_CHANNEL, { type: 'workspace.changed' });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ type: 'workspace.changed' });
    unsubscribe();
    expect(fake.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, expect.any(Function));
    fake.ipcRenderer.emitFromMain(IPC_EVENT_CHANNEL, { type: 'workspace.changed' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
