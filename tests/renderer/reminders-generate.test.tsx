import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferred, FakeFailure } from './fake-bridge';
import { euros } from './fixtures';
import { renderApp } from './render-app';
import {
  captureDownloads,
  MARTIN_EMAIL,
  queue,
  record,
  remindersBridge,
  RUN,
  SCHMITT_NOTICE,
} from './reminders-fixtures';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

afterEach(() => vi.restoreAllMocks());

function row(code: string, channel?: string): HTMLElement {
  const rows = screen.getAllByTestId('queue-row').filter((r) => r.getAttribute('data-client-code') === code);
  const match = channel ? rows.filter((r) => r.getAttribute('data-channel') === channel) : rows;
  expect(match).toHaveLength(1);
  return match[0];
}

describe('generating the selected actions', () => {
  it('confirms what will be produced, shows progress, then the files to print and the e-mail drafts', async () => {
    const downloads = captureDownloads();
    const run = deferred<typeof RUN>();
    const bridge = remindersBridge({
      'reminders.queue': () => queue({ paymentsStale: true, lastPaymentDate: '2026-10-02' }),
      'reminders.generate': () => run.promise,
      'tasks.cancel': () => true,
      'letters.read': (input) => ({
        fileName: input.path.split('/').pop()!,
        mime: input.path.endsWith('.eml') ? 'message/rfc822' : 'application/pdf',
        base64: btoa(input.path),
      }),
    });
    renderApp(bridge);
    await screen.findAllByTestId('queue-row');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tout sélectionner' }));
    fireEvent.click(screen.getByTestId('generate'));

    const dialog = await screen.findByTestId('generate-dialog');
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 courrier dont 1 recommandé', '1 e-mail (brouillon .eml)']);
    // The stale-payments warning is repeated where the decision is made.
    expect(within(dialog).getByTestId('payments-stale').textContent).toContain('il y a 51 jours');

    fireEvent.click(within(dialog).getByTestId('generate-start'));
    const input = (await waitFor(() => {
      const inputs = bridge.inputsOf('reminders.generate');
      expect(inputs).toHaveLength(1);
      return inputs[0];
    }))!;
    expect(input.items).toEqual([
      { clientId: SCHMITT_NOTICE.clientId, channel: 'registered_letter' },
      { clientId: MARTIN_EMAIL.clientId, channel: 'email' },
    ]);
    expect(input.taskId).toBeTruthy();
    bridge.emit({ type: 'task.progress', taskId: input.taskId!, done: 1, total: 2 });
    expect((await within(dialog).findByTestId('generate-progress-count')).textContent).toBe('1 sur 2');

    const queueCalls = bridge.inputsOf('reminders.queue').length;
    run.resolve(RUN);
    const result = await within(dialog).findByTestId('generate-result');
    expect(within(result).getByTestId('generate-recorded').textContent).toContain(
      'Enregistré dans l’historique des clients.',
    );
    const documents = within(result).getAllByTestId('generated-document');
    expect(documents.map((d) => d.textContent)).toEqual([
      'C00021 · Emballages Schmitt SARLRecommandé ARPDF',
      'C00007 · Boulangerie MartinE-mailPDFE-mail .eml',
    ]);

    fireEvent.click(within(result).getByTestId('download-combined'));
    await waitFor(() =>
      expect(bridge.inputsOf('letters.read')).toEqual([{ path: '/data/relances/2026-11-22/courriers.pdf' }]),
    );
    await waitFor(() => expect(downloads.map((d) => d.fileName)).toEqual(['courriers.pdf']));
    fireEvent.click(within(documents[1]).getByTestId('download-eml'));
    await waitFor(() => expect(downloads.map((d) => d.fileName)).toEqual(['courriers.pdf', 'C00007.eml']));
    expect(bridge.inputsOf('letters.read')[1]).toEqual({ path: '/data/relances/2026-11-22/C00007.eml' });
    expect(downloads[1].blob?.type).toBe('message/rfc822');
    expect(await downloads[1].blob?.text()).toBe('/data/relances/2026-11-22/C00007.eml');

    fireEvent.click(within(dialog).getByTestId('generate-close'));
    await waitFor(() => expect(screen.queryByTestId('generate-dialog')).toBeNull());
    await waitFor(() => expect(bridge.inputsOf('reminders.queue').length).toBeGreaterThan(queueCalls));
  });

  it('cancels a running batch; the refusal shows and nothing is claimed done', async () => {
    const run = deferred<typeof RUN>();
    const bridge = remindersBridge({
      'reminders.generate': () => run.promise,
      'tasks.cancel': () => {
        run.reject(new FakeFailure('cancelled', 'Generation cancelled: nothing was written.'));
        return true;
      },
    });
    renderApp(bridge);
    await screen.findAllByTestId('queue-row');
    fireEvent.click(within(row('C00007')).getByRole('checkbox'));
    fireEvent.click(screen.getByTestId('generate'));
    fireEvent.click(await screen.findByTestId('generate-start'));
    fireEvent.click(await screen.findByTestId('generate-cancel'));
    await waitFor(() => expect(bridge.inputsOf('tasks.cancel')).toHaveLength(1));
    expect(bridge.inputsOf('tasks.cancel')[0].taskId).toBe(bridge.inputsOf('reminders.generate')[0].taskId);
    expect((await screen.findByTestId('api-error')).textContent).toContain('nothing was written');
    expect(screen.queryByTestId('generate-result')).toBeNull();
    expect(screen.getByTestId('generate-start')).toBeTruthy();
  });
});

describe('the history', () => {
  it('lists what was done, offers the documents, and saves a registered letter’s tracking number', async () => {
    const registered = record({ id: 40 });
    const bridge = remindersBridge({
      'reminders.history': () => ({
        rows: [
          registered,
          record({
            id: 39,
            channel: 'email',
            status: 'skipped',
            documentPath: null,
            level: 'reminder_1',
            offsetDays: 7,
          }),
        ],
        total: 2,
      }),
      'reminders.setTracking': (input) => ({ ...registered, trackingNumber: input.trackingNumber }),
    });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('reminders-tab-history'));
    const rows = await screen.findAllByTestId('history-row');
    expect(bridge.inputsOf('reminders.history')[0]).toEqual({ offset: 0, limit: 25 });
    const cells = within(rows[0])
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 7)).toEqual([
      '22/11/2026',
      'Emballages Schmitt SARLC00021',
      'Mise en demeure · J+45Recommandé AR',
      'FA-2026-001298, FA-2026-001408',
      euros('8 199,77 €'),
      'Faite',
      'PDF',
    ]);
    expect(within(rows[1]).queryByTestId('tracking-input')).toBeNull();
    expect(within(rows[1]).getAllByRole('cell')[5].textContent).toBe('Ignorée');

    const input = within(rows[0]).getByTestId('tracking-input') as HTMLInputElement;
    const save = within(rows[0]).getByTestId('tracking-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(input, { target: { value: ' 1A 234 567 8901 2 ' } });
    fireEvent.click(save);
    await waitFor(() =>
      expect(bridge.inputsOf('reminders.setTracking')).toEqual([{ id: 40, trackingNumber: '1A 234 567 8901 2' }]),
    );
    await waitFor(() => expect(input.value).toBe('1A 234 567 8901 2'));
    expect((await screen.findByTestId('notification')).textContent).toBe(
      'N° de recommandé enregistré pour Emballages Schmitt SARL',
    );
  });

  it('opens a document with the system’s application in the desktop app, instead of downloading it', async () => {
    const registered = record({ id: 40 });
    const bridge = remindersBridge({ 'reminders.history': () => ({ rows: [registered], total: 1 }) });
    const openFile = vi.fn(async (_path: string) => null as string | null);
    bridge.openFile = openFile;
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('reminders-tab-history'));
    const [first] = await screen.findAllByTestId('history-row');
    fireEvent.click(within(first).getByRole('button', { name: /PDF/ }));
    await waitFor(() => expect(openFile).toHaveBeenCalledExactlyOnceWith(registered.documentPath));
    expect(bridge.inputsOf('letters.read')).toEqual([]);
    // The system refusing (no PDF reader, say) is said, not swallowed.
    openFile.mockResolvedValueOnce('No application is associated with this file.');
    fireEvent.click(within(first).getByRole('button', { name: /PDF/ }));
    expect(await screen.findByText(/No application is associated/)).toBeTruthy();
  });
});
