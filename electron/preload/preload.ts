import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_CALL_CHANNEL,
  IPC_DIALOG_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_OPEN_FILE_CHANNEL,
  type Bridge,
  type CoreEvent,
} from '../../shared/contract/bridge';

/**
 * Exposes `window.api` (the Bridge) and nothing else. Runs sandboxed, so it is bundled into one file whose only
 * import is 'electron'. The page never sees ipcRenderer or the IPC event objects, only plain data.
 */
const api: Bridge = {
  call: (method, input) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input),
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, coreEvent: CoreEvent) => listener(coreEvent);
    ipcRenderer.on(IPC_EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, forward);
    };
  },
  runtime: 'electron',
  pickLedgerPath: (mode) => ipcRenderer.invoke(IPC_DIALOG_CHANNEL, mode),
  openFile: (path) => ipcRenderer.invoke(IPC_OPEN_FILE_CHANNEL, path),
};

contextBridge.exposeInMainWorld('api', api);
