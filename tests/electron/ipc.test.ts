import * as electron from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  IPC_CALL_CHANNEL,
  IPC_DIALOG_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_OPEN_FILE_CHANNEL,
  type CoreEvent,
} from '../../shared/contract/bridge';
import { forwardEvents, isTrustedSender, registerIpc } from '../../electron/main/ipc';
import { FakeWebContents, type FakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).createFakeElectron());
const fake = electron as unknown as FakeElectron;

const fromOurPage = { senderFrame: { url: 'app://encaisse/index.html' } };
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } };

function setUp() {
  const workspace = {
    dispatch: vi.fn(async (method: string, input: unknown) => ({ ok: true as const, value: { method, input } })),
    subscribe: vi.fn(() => () => {}),
  };
  const pickLedgerPath = vi.fn(async () => '/tmp/x.encaisse');
  const openPath = vi.fn(async (_path: string) => '');
  registerIpc({ ipcMain: electron.ipcMain, workspace, pickLedgerPath, openPath });
  return {
    workspace,
    pickLedgerPath,
    openPath,
    call: fake.ipcMain.handlers.get(IPC_CALL_CHANNEL)!,
    dialog: fake.ipcMain.handlers.get(IPC_DIALOG_CHANNEL)!,
    openFile: fake.ipcMain.handlers.get(IPC_OPEN_FILE_CHANNEL)!,
  };
}

describe('IPC', () => {
  it('forwards a call from our page to the workspace dispatch, answer unchanged', async () => {
    const { workspace, call } = setUp();
    const answer = await call(fromOurPage, 'reports.exposure', { today: '2026-11-22' });
    expect(workspace.dispatch).toHaveBeenCalledExactlyOnceWith('reports.exposure', { today: '2026-11-22' });
    expect(answer).toEqual({ ok: true, value: { method: 'reports.exposure', input: { today: '2026-11-22' } } });
  });

  it('refuses calls from any other frame and non-string method names', async () => {
    const { workspace, call } = setUp();
    expect(await call(fromElsewhere, 'ledger.state', {})).toMatchObject({ ok: false });
    expect(await call({ senderFrame: null }, 'ledger.state', {})).toMatchObject({ ok: false });
    expect(await call(fromOurPage, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(workspace.dispatch).not.toHaveBeenCalled();
  });

  it('opens the native dialog only for our page and the two known modes', async () => {
    const { pickLedgerPath, dialog } = setUp();
    expect(await dialog(fromOurPage, 'create')).toBe('/tmp/x.encaisse');
    expect(pickLedgerPath).toHaveBeenCalledWith('create');
    expect(await dialog(fromOurPage, 'delete-everything')).toBeNull();
    expect(await dialog(fromElsewhere, 'open')).toBeNull();
    expect(pickLedgerPath).toHaveBeenCalledTimes(1);
  });

  it('opens with the OS only what the core locates as one of its letters, for our page only', async () => {
    const { workspace, openPath, openFile } = setUp();
    // The core's answer to letters.locate: the real path of one of its letters, or a refusal.
    workspace.dispatch.mockImplementation(
      async (_method: string, input: unknown) =>
        ((input as { path: string }).path.endsWith('.pdf')
          ? { ok: true, value: { path: '/real/letter.pdf' } }
          : { ok: false, error: { code: 'not_found', message: 'not a letter' } }) as never,
    );
    expect(await openFile(fromOurPage, 'Relances/letter.pdf')).toBeNull();
    expect(workspace.dispatch).toHaveBeenLastCalledWith('letters.locate', { path: 'Relances/letter.pdf' });
    expect(openPath).toHaveBeenCalledExactlyOnceWith('/real/letter.pdf');
    expect(await openFile(fromOurPage, '/etc/passwd')).toBe('not a letter');
    expect(await openFile(fromElsewhere, 'Relances/letter.pdf')).toBe('Refused.');
    expect(await openFile(fromOurPage, 42)).toBe('Refused.');
    expect(openPath).toHaveBeenCalledTimes(1);
  });

  it('tells trusted senders apart by scheme and host', () => {
    expect(isTrustedSender(fromOurPage as never)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://other/index.html' } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'file:///app/index.html' } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'not a url' } } as never)).toBe(false);
  });

  it('sends workspace events to the window on the event channel', () => {
    let emit: (event: CoreEvent) => void = () => {};
    const workspace = { subscribe: (listener: (event: CoreEvent) => void) => ((emit = listener), () => {}) };
    const contents = new FakeWebContents();
    forwardEvents(workspace, () => contents as unknown as Electron.WebContents);
    emit({ type: 'ledger.changed', methods: ['clients.create'] });
    expect(contents.sent).toEqual([
      { channel: IPC_EVENT_CHANNEL, args: [{ type: 'ledger.changed', methods: ['clients.create'] }] },
    ]);
  });
});
