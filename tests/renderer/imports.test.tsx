import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InputOf } from '../../shared/contract/contract';
import type { FecReport, ImportInspection, ImportReport } from '../../shared/contract/imports.types';
import { formatMoney } from '../../shared/domain/money';
import { createFakeBridge, deferred, FakeFailure, type FakeHandlers } from './fake-bridge';
import { DEMO_LEDGER, workspace } from './fixtures';
import { choose } from './form-helpers';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

const counts = (created = 0, updated = 0, unchanged = 0) => ({ created, updated, unchanged });

const INSPECTION: ImportInspection = {
  fileName: 'factures.csv',
  format: 'csv',
  encoding: 'windows-1252',
  separator: ';',
  sheetName: null,
  sheets: [],
  hasHeader: true,
  columns: [
    { index: 0, name: 'Client', samples: ['C001', 'C002'] },
    { index: 1, name: 'Numéro', samples: ['F-001', 'F-002'] },
    { index: 2, name: 'Montant', samples: ['1 234,56', '99,00'] },
    { index: 3, name: 'Date', samples: ['01/10/2026'] },
  ],
  rowCount: 3,
  sampleRows: [],
  sourceKey: 'abc',
  fields: [
    { key: 'clientCode', label: 'Code client', required: true, hint: '' },
    { key: 'number', label: 'N° de facture', required: true, hint: '' },
    { key: 'amount', label: 'Montant TTC', required: true, hint: 'ex. 1 234,56' },
    { key: 'issueDate', label: 'Date d’émission', required: false, hint: '' },
  ],
  suggestedMapping: { clientCode: 'Client', number: 'Numéro' },
  rememberedMapping: null,
  notices: [{ code: 'encoding', message: 'Encodage Windows-1252 détecté' }],
};

const REPORT: ImportReport = {
  kind: 'invoices',
  fileName: 'factures.csv',
  written: false,
  totalRows: 3,
  validRows: 2,
  rejectedRows: 1,
  created: 2,
  updated: 0,
  unchanged: 0,
  clients: counts(),
  invoices: counts(2),
  creditNotes: counts(),
  payments: counts(),
  allocationsCreated: 0,
  disputesOpened: 0,
  errors: [
    {
      row: 4,
      column: 'Date',
      field: 'issueDate',
      value: '31/02/2026',
      code: 'impossible_date',
      message: 'Date impossible : 31/02/2026',
    },
  ],
  errorCount: 1,
  notices: [],
};

function importBridge(handlers: FakeHandlers = {}) {
  window.history.replaceState(null, '', '/#/imports');
  return createFakeBridge({
    'ledger.state': () => workspace({ current: DEMO_LEDGER, firstLaunch: false }),
    'imports.inspect': () => INSPECTION,
    'imports.preview': () => REPORT,
    ...handlers,
  });
}

async function pickFile(name = 'factures.csv', content = 'Client;Numéro\nC001;F-001\n') {
  const input = (await screen.findByTestId('import-file-input')) as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'text/csv' })] } });
}

describe('importing a CSV', () => {
  it('sends the file as base64, pre-fills the mapping and refuses to go on without the required fields', async () => {
    const bridge = importBridge();
    renderApp(bridge);
    expect(await screen.findByRole('heading', { level: 1, name: 'Importer' })).toBeTruthy();
    await pickFile();
    await screen.findByTestId('import-mapping');
    const inspect = bridge.inputsOf('imports.inspect')[0]!;
    expect(inspect).toMatchObject({ kind: 'invoices', dateFormat: 'dmy', source: { fileName: 'factures.csv' } });
    const base64 = (inspect.source as { contentBase64: string }).contentBase64;
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe('Client;Numéro\nC001;F-001\n');
    expect(screen.getByText('Encodage Windows-1252 détecté')).toBeTruthy();

    const row = (key: string) =>
      screen.getByTestId('import-mapping').querySelector(`[data-field="${key}"]`) as HTMLElement;
    expect(within(row('clientCode')).getByRole('combobox').textContent).toBe('Client');
    expect(row('clientCode').textContent).toContain('C001 · C002');
    fireEvent.click(screen.getByTestId('import-check'));
    expect((await screen.findByTestId('import-missing-fields')).textContent).toContain('Montant TTC');
    expect(bridge.inputsOf('imports.preview')).toHaveLength(0);

    await choose('Colonne pour « Montant TTC »', 'Montant');
    await choose('Format des dates', /m\/j\/aaaa/);
    fireEvent.click(screen.getByTestId('import-check'));
    await screen.findByTestId('import-errors');
    expect(bridge.inputsOf('imports.preview')[0]).toMatchObject({
      kind: 'invoices',
      mapping: { clientCode: 'Client', number: 'Numéro', amount: 'Montant' },
      dateFormat: 'mdy',
      taskId: expect.stringMatching(/^import-/),
    });
  });

  it('shows the validation report, and runs only the valid rows when told to skip the others', async () => {
    const bridge = importBridge({
      'imports.run': () => ({ ...REPORT, written: true, rejectedRows: 1 }),
    });
    renderApp(bridge);
    await pickFile();
    await screen.findByTestId('import-mapping');
    await choose('Colonne pour « Montant TTC »', 'Montant');
    fireEvent.click(screen.getByTestId('import-check'));
    const errors = await screen.findByTestId('import-errors');
    const cells = within(errors).getAllByRole('row')[1]!.querySelectorAll('td');
    expect(Array.from(cells, (c) => c.textContent)).toEqual([
      '4',
      'Date',
      '31/02/2026',
      'Date impossible : 31/02/2026',
    ]);
    expect(screen.getByTestId('import-rejected-rows').textContent).toBe('1');
    expect(screen.getByTestId('import-preview-status').textContent).toContain('1 ligne est en erreur');

    const run = screen.getByTestId('import-run') as HTMLButtonElement;
    expect(run.disabled).toBe(true);
    fireEvent.click(screen.getByTestId('import-skip-invalid'));
    expect(run.disabled).toBe(false);
    fireEvent.click(run);
    expect((await screen.findByTestId('import-done')).textContent).toContain('factures.csv');
    expect(bridge.inputsOf('imports.run')[0]).toMatchObject({ skipInvalidRows: true, dateFormat: 'dmy' });
  });

  it('shows progress from the core’s events and cancels the run; nothing is written', async () => {
    const running = deferred<ImportReport>();
    const bridge = importBridge({
      'imports.preview': () => ({ ...REPORT, rejectedRows: 0, errors: [], errorCount: 0, validRows: 3 }),
      'imports.run': () => running.promise,
      'tasks.cancel': () => true,
    });
    renderApp(bridge);
    await pickFile();
    await screen.findByTestId('import-mapping');
    await choose('Colonne pour « Montant TTC »', 'Montant');
    fireEvent.click(screen.getByTestId('import-check'));
    fireEvent.click(await screen.findByTestId('import-run'));
    await screen.findByTestId('import-progress');
    await waitFor(() => expect(bridge.inputsOf('imports.run')).toHaveLength(1));
    const taskId = (bridge.inputsOf('imports.run')[0] as InputOf<'imports.run'>).taskId!;

    act(() => bridge.emit({ type: 'task.progress', taskId, done: 500, total: 1000 }));
    act(() => bridge.emit({ type: 'task.progress', taskId: 'someone-else', done: 1, total: 2 }));
    expect(screen.getByTestId('import-progress-count').textContent).toBe('500 lignes sur 1\u202f000');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');

    fireEvent.click(screen.getByTestId('import-cancel'));
    await waitFor(() => expect(bridge.inputsOf('tasks.cancel')).toEqual([{ taskId }]));
    await act(async () => running.reject(new FakeFailure('cancelled', 'Cancelled: nothing was written.')));
    expect((await screen.findByTestId('api-error')).textContent).toContain(
      'Opération annulée : rien n’a été enregistré',
    );
    expect(screen.getByTestId('import-step-preview')).toBeTruthy();
  });

  it('refuses a file above the size limit before reading it', async () => {
    const bridge = importBridge();
    renderApp(bridge);
    const input = (await screen.findByTestId('import-file-input')) as HTMLInputElement;
    const big = new File(['x'], 'huge.csv');
    Object.defineProperty(big, 'size', { value: 70 * 1024 * 1024 });
    fireEvent.change(input, { target: { files: [big] } });
    expect((await screen.findByTestId('import-file-too-large')).textContent).toContain('70 Mo');
    expect(bridge.inputsOf('imports.inspect')).toHaveLength(0);
  });
});

describe('importing a FEC', () => {
  const FEC: FecReport = {
    ...REPORT,
    kind: 'fec',
    fileName: 'FEC.txt',
    rejectedRows: 0,
    errors: [],
    errorCount: 0,
    clients: counts(2),
    fileLines: 934,
    customerLines: 220,
    openingLines: 12,
    lettering: { groups: 50, balanced: 48, unbalanced: 2 },
    dueDateRule: { terms: { days: 30, mode: 'net' }, message: '' },
    reconciliation: [
      {
        clientCode: '411ALPHA',
        clientName: 'Alpha',
        fileBalanceCents: 123_456,
        encoursCents: 123_456,
        differenceCents: 0,
      },
      {
        clientCode: '411BETA',
        clientName: 'Beta',
        fileBalanceCents: 10_000,
        encoursCents: 9_000,
        differenceCents: -1_000,
      },
    ],
    reconciled: false,
  };

  it('skips the mapping, shows the reconciliation with the 411 balances and how due dates were derived', async () => {
    const bridge = importBridge({ 'imports.fec.preview': () => FEC });
    renderApp(bridge);
    fireEvent.click(within(await screen.findByTestId('import-kind-fec')).getByRole('radio'));
    expect(screen.getByTestId('import-stepper').textContent).not.toContain('Colonnes');
    await pickFile('FEC.txt', 'JournalCode|JournalLib\n');
    const rows = await screen.findAllByTestId('fec-reconciliation-row');
    expect(bridge.inputsOf('imports.fec.preview')[0]).toMatchObject({ source: { fileName: 'FEC.txt' } });
    expect(bridge.inputsOf('imports.inspect')).toHaveLength(0);
    expect(Array.from(rows[1]!.querySelectorAll('td'), (c) => c.textContent)).toEqual([
      'Beta 411BETA',
      formatMoney(10_000),
      formatMoney(9_000),
      formatMoney(-1_000),
    ]);
    expect(screen.getByTestId('fec-due-dates').textContent).toContain('30 jours date de facture');
    expect(screen.getByTestId('fec-not-reconciled')).toBeTruthy();
  });
});
