import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { callSheet, callsBridge, DUBOIS, SCHMITT } from './calls-fixtures';
import { FakeFailure } from './fake-bridge';
import { euros } from './fixtures';
import { choose, field, helperText, type } from './form-helpers';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

function row(code: string): HTMLElement {
  const match = screen.getAllByTestId('call-row').filter((r) => r.getAttribute('data-client-code') === code);
  expect(match).toHaveLength(1);
  return match[0];
}
const cellText = (element: HTMLElement, name: string) =>
  element.querySelector(`[data-field="${name}"]`)?.textContent ?? '';
const reasons = (element: HTMLElement) =>
  within(element)
    .queryAllByTestId('call-reason')
    .map((c) => c.textContent);

/** Opens a client's call sheet from the keyboard, as the user does: Enter on its row. */
async function openSheet(code: string, clientId: number): Promise<HTMLElement> {
  fireEvent.keyDown(row(code), { key: 'Enter' });
  const sheet = await screen.findByTestId('call-sheet');
  expect(sheet.getAttribute('data-client-id')).toBe(String(clientId));
  await waitFor(() => expect(document.activeElement).toBe(sheet));
  return sheet;
}

describe('the day’s call list', () => {
  it('ranks the rows and says why: score, its parts, reasons, best phone, overdue and days late', async () => {
    renderApp(callsBridge());
    expect(await screen.findByRole('heading', { level: 1, name: 'Appels' })).toBeTruthy();
    await screen.findAllByTestId('call-row');
    expect(screen.getAllByTestId('call-row').map((r) => r.getAttribute('data-client-code'))).toEqual([
      'C00021',
      'C00009',
      'C00007',
    ]);
    const schmitt = row('C00021');
    expect(cellText(schmitt, 'score')).toBe('107');
    expect(cellText(schmitt, 'parts')).toBe(
      euros('C00021 · Échu 4 200,00 € · 95 j de retard · 1 promesse non tenue · plafond dépassé'),
    );
    expect(reasons(schmitt)).toEqual(['Promesse non tenue', 'Plafond dépassé']);
    expect(cellText(schmitt, 'overdue')).toBe(euros('4 200,00 €'));
    expect(cellText(schmitt, 'daysLate')).toBe('95 j');
    expect(cellText(schmitt, 'lastAction')).toBe('15/11/2026Relance 2 · Courrier');
    const tel = within(schmitt).getByTestId('call-tel');
    expect(tel.getAttribute('href')).toBe('tel:+33123456789');
    expect(tel.textContent).toBe('01 23 45 67 89');

    expect(cellText(row('C00009'), 'parts')).toBe(euros('C00009 · Échu 1 000,00 € · 20 j de retard'));
    expect(reasons(row('C00009'))).toEqual(['Étape d’appel J+15']);
    expect(reasons(row('C00007'))).toEqual(['Rappel prévu']);
    expect(cellText(row('C00007'), 'phone')).toBe('Aucun numéro');
    expect(screen.getByTestId('call-summary').textContent).toBe(
      euros('Journée du 22/11/2026 · 3 clients à appeler · 6 200,00 € échus'),
    );
  });

  it('filters by collector: the core is asked for that collector’s list', async () => {
    const bridge = callsBridge();
    renderApp(bridge);
    await screen.findAllByTestId('call-row');
    expect(bridge.inputsOf('calls.list')).toEqual([{}]);
    await choose('Chargé de recouvrement', 'Julie Lefèvre');
    await waitFor(() => expect(bridge.inputsOf('calls.list').at(-1)).toEqual({ collectorId: 3 }));
  });
});

describe('the call sheet', () => {
  it('shows what the call needs: phones, open invoices with days late, the script', async () => {
    renderApp(callsBridge());
    await screen.findAllByTestId('call-row');
    const sheet = await openSheet('C00021', 21);
    expect(within(sheet).getByTestId('call-sheet-name').textContent).toBe('Emballages Schmitt SARL');
    expect(within(sheet).getAllByTestId('sheet-phone')[0].textContent).toContain('01 23 45 67 89');
    expect(
      within(sheet)
        .getAllByTestId('sheet-invoice')
        .map((i) => i.textContent),
    ).toEqual([
      euros('FA-21-1 · échéance 19/08/2026 · 3 000,00 € · 95 j'),
      euros('FA-21-2 · échéance 15/10/2026 · 1 200,00 € · 38 j'),
      euros('FA-21-3 · échéance 15/12/2026 · 800,00 € · 0 j'),
    ]);
    expect(within(sheet).getByTestId('call-script').textContent).toContain('Bonjour, je vous appelle');
  });

  it('logs a voicemail with one key and moves on to the next client’s sheet, without the mouse', async () => {
    const bridge = callsBridge();
    renderApp(bridge);
    await screen.findAllByTestId('call-row');
    const sheet = await openSheet('C00021', 21);
    fireEvent.keyDown(sheet, { key: '2' });
    await waitFor(() => expect(bridge.inputsOf('calls.log')).toHaveLength(1));
    expect(bridge.inputsOf('calls.log')[0]).toEqual({
      clientId: 21,
      contactId: 210,
      phone: '01 23 45 67 89',
      outcome: 'voicemail',
      note: '',
    });
    expect((await screen.findByTestId('notification')).textContent).toBe(
      'Appel noté pour Emballages Schmitt SARL : Messagerie',
    );
    await waitFor(() => expect(screen.getByTestId('call-sheet').getAttribute('data-client-id')).toBe('9'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('call-sheet')));
    expect(bridge.inputsOf('calls.list')).toHaveLength(2);
    // N skips to the next one without logging anything.
    fireEvent.keyDown(screen.getByTestId('call-sheet'), { key: 'n' });
    await waitFor(() => expect(screen.getByTestId('call-sheet').getAttribute('data-client-id')).toBe('7'));
    expect(bridge.inputsOf('calls.log')).toHaveLength(1);
  });

  it('takes a promise: date, amount and invoices (the overdue ones by default), sent with the call', async () => {
    const bridge = callsBridge();
    renderApp(bridge);
    await screen.findAllByTestId('call-row');
    const sheet = await openSheet('C00021', 21);
    fireEvent.keyDown(sheet, { key: '4' });
    const fields = await within(sheet).findByTestId('promise-fields');
    expect(field('Montant promis', fields).value).toBe('4200,00');
    const boxes = within(fields).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((box) => box.checked)).toEqual([true, true, false]);
    fireEvent.click(boxes[1]);
    expect(field('Montant promis', fields).value).toBe('3000,00');
    type('Paiement promis le', '2026-11-30', fields);
    type('Note', 'Virement vendredi', sheet);
    fireEvent.click(within(sheet).getByTestId('call-log-submit'));
    await waitFor(() => expect(bridge.inputsOf('calls.log')).toHaveLength(1));
    expect(bridge.inputsOf('calls.log')[0]).toEqual({
      clientId: 21,
      contactId: 210,
      phone: '01 23 45 67 89',
      outcome: 'promise',
      note: 'Virement vendredi',
      promise: { date: '2026-11-30', amountCents: 300_000, invoiceIds: [210], note: '' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('call-sheet').getAttribute('data-client-id')).toBe(String(DUBOIS.clientId)),
    );
  });

  it('shows the core’s refusal of the promised amount under that field, and stays on the client', async () => {
    const message = 'A promise of 5 000,00 € is more than the 4 200,00 € open on Emballages Schmitt SARL.';
    const bridge = callsBridge({
      'calls.log': () => {
        throw new FakeFailure('validation', message, 'promise.amountCents');
      },
    });
    renderApp(bridge);
    await screen.findAllByTestId('call-row');
    const sheet = await openSheet('C00021', SCHMITT.clientId);
    fireEvent.click(within(sheet).getByTestId('outcome-promise'));
    const fields = await within(sheet).findByTestId('promise-fields');
    type('Montant promis', '5000', fields);
    fireEvent.click(within(sheet).getByTestId('call-log-submit'));
    await waitFor(() => expect(helperText(field('Montant promis', fields))).toContain(message));
    expect(bridge.inputsOf('calls.log')[0].promise?.amountCents).toBe(500_000);
    expect(screen.getByTestId('call-sheet').getAttribute('data-client-id')).toBe('21');
    expect(bridge.inputsOf('calls.list')).toHaveLength(1);
  });

  it('puts the core’s refusal of the number dialled under that field', async () => {
    const message = '"12" cannot be dialled: too short for a French number.';
    const bridge = callsBridge({
      'calls.log': () => {
        throw new FakeFailure('validation', message, 'phone');
      },
    });
    renderApp(bridge);
    await screen.findAllByTestId('call-row');
    const sheet = await openSheet('C00021', 21);
    type('Numéro appelé', '12', sheet);
    fireEvent.click(within(sheet).getByTestId('outcome-unreachable'));
    await waitFor(() => expect(helperText(field('Numéro appelé', sheet))).toContain(message));
    expect(bridge.inputsOf('calls.log')[0]).toMatchObject({ phone: '12', outcome: 'unreachable' });
    expect(bridge.inputsOf('calls.log')[0].contactId).toBeUndefined();
    expect(screen.getByTestId('call-sheet').getAttribute('data-client-id')).toBe('21');
  });

  it('raises a dispute from the call: the invoice and the reason go with it', async () => {
    const bridge = callsBridge();
    renderApp(bridge);
    await screen.findAllByTestId('call-row');
    const sheet = await openSheet('C00021', 21);
    fireEvent.keyDown(sheet, { key: '5' });
    await within(sheet).findByTestId('dispute-fields');
    await choose('Facture contestée', 'FA-21-2');
    await choose('Motif', 'Qualité');
    type('Note', 'Carton abîmé', sheet);
    fireEvent.click(within(sheet).getByTestId('call-log-submit'));
    await waitFor(() => expect(bridge.inputsOf('calls.log')).toHaveLength(1));
    expect(bridge.inputsOf('calls.log')[0]).toMatchObject({
      outcome: 'dispute',
      note: 'Carton abîmé',
      dispute: { invoiceId: 211, reason: 'quality', disputedCents: null, comment: 'Carton abîmé' },
    });
  });

  it('needs a date to call back: the form says so and sends nothing', async () => {
    const bridge = callsBridge();
    renderApp(bridge);
    await screen.findAllByTestId('call-row');
    const sheet = await openSheet('C00021', 21);
    fireEvent.keyDown(sheet, { key: '8' });
    fireEvent.click(await within(sheet).findByTestId('call-log-submit'));
    await waitFor(() => expect(helperText(field('Rappeler le', sheet))).not.toBe(''));
    expect(bridge.inputsOf('calls.log')).toHaveLength(0);
    type('Rappeler le', '2026-11-25', sheet);
    fireEvent.click(within(sheet).getByTestId('call-log-submit'));
    await waitFor(() => expect(bridge.inputsOf('calls.log')).toHaveLength(1));
    expect(bridge.inputsOf('calls.log')[0]).toMatchObject({ outcome: 'call_back', nextActionDate: '2026-11-25' });
  });
});

describe('calls and promises in the timeline', () => {
  const entry = (id: number, kind: string, summary: string, data: Record<string, unknown>) => ({
    id,
    clientId: 21,
    kind,
    occurredAt: '2026-11-22T10:00:00.000Z',
    actor: '',
    summary,
    invoiceId: null,
    data,
  });
  const TIMELINE = [
    entry(
      3,
      'call.logged',
      'Appel au 01 23 45 67 89 (Paul Martin) : à rappeler, à rappeler le 29/11/2026 — Après 14 h',
      {
        outcome: 'call_back',
        phone: '+33123456789',
      },
    ),
    entry(2, 'promise.broken', 'Promesse de 2 000,00 € pour le 10/11/2026 non tenue : 0,00 € reçus', { promiseId: 4 }),
    entry(1, 'promise.created', 'Promesse de règlement : 2 000,00 € pour le 10/11/2026 (FA-21-1)', { promiseId: 4 }),
  ];
  const bridge = () => callsBridge({ 'calls.sheet': () => ({ ...callSheet(SCHMITT), timeline: TIMELINE }) });
  const shown = () =>
    screen
      .getAllByTestId('timeline-entry')
      .map((e) => [within(e).getByTestId('timeline-label').textContent, e.getAttribute('data-kind')]);

  it('names each kind and rebuilds the call’s text in French', async () => {
    renderApp(bridge());
    await screen.findAllByTestId('call-row');
    const sheet = await openSheet('C00021', 21);
    expect(shown()).toEqual([
      ['Appel', 'call.logged'],
      ['Promesse non tenue', 'promise.broken'],
      ['Promesse de règlement', 'promise.created'],
    ]);
    expect(within(sheet).getAllByTestId('timeline-entry')[0].textContent).toContain(
      'À rappeler au 01 23 45 67 89 (Paul Martin) — à rappeler le 29/11/2026 — Après 14 h',
    );
  });

  it('says it in English too', async () => {
    renderApp(bridge(), 'en');
    await screen.findAllByTestId('call-row');
    const sheet = await openSheet('C00021', 21);
    expect(shown().map(([label]) => label)).toEqual(['Call', 'Promise broken', 'Promise to pay']);
    expect(within(sheet).getAllByTestId('timeline-entry')[0].textContent).toContain(
      'Call back at 01 23 45 67 89 (Paul Martin) — call back on 29/11/2026 — Après 14 h',
    );
  });
});

describe('promises and collectors', () => {
  it('lists the open promises by date with amounts, and cancels one after confirmation', async () => {
    const bridge = callsBridge({ 'promises.cancel': () => ({ ...PROMISE_CANCELLED }) });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('calls-tab-promises'));
    const rows = await screen.findAllByTestId('promise-row');
    expect(bridge.inputsOf('promises.list')[0]).toEqual({ status: 'open' });
    expect(rows.map((r) => cellText(r, 'date'))).toEqual(['30/11/2026', '05/12/2026']);
    expect(rows.map((r) => cellText(r, 'amount'))).toEqual([euros('2 500,00 €'), euros('500,00 €')]);
    expect(rows.map((r) => cellText(r, 'invoices'))).toEqual(['FA-21-1', 'Tout le compte']);
    expect(screen.getByTestId('promises-total').textContent).toBe(euros('Total : 3 000,00 €'));
    fireEvent.click(within(rows[0]).getByTestId('promise-cancel'));
    expect(bridge.inputsOf('promises.cancel')).toHaveLength(0);
    fireEvent.click(await screen.findByTestId('confirm-action'));
    await waitFor(() => expect(bridge.inputsOf('promises.cancel')).toEqual([{ id: 1 }]));
    await waitFor(() => expect(bridge.inputsOf('promises.list')).toHaveLength(2));
  });

  it('shows archived collectors when asked, and restores one', async () => {
    const bruno = { id: 5, name: 'Bruno Petit', email: '', phone: '', archived: true };
    const julie = { id: 3, name: 'Julie Lefèvre', email: '', phone: '', archived: false };
    const bridge = callsBridge({
      'collectors.list': (input) => (input.includeArchived ? [julie, bruno] : [julie]),
      'collectors.update': (input) => ({ ...bruno, archived: input.archived ?? true }),
    });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('calls-tab-collectors'));
    await waitFor(() => expect(screen.getAllByTestId('collector-row')).toHaveLength(1));
    expect(screen.queryByTestId('collector-restore')).toBeNull();
    fireEvent.click(screen.getByTestId('collectors-show-archived'));
    await waitFor(() => expect(screen.getAllByTestId('collector-row')).toHaveLength(2));
    const archivedRow = screen.getAllByTestId('collector-row')[1];
    expect(archivedRow.textContent).toContain('Archivé');
    fireEvent.click(within(archivedRow).getByTestId('collector-restore'));
    await waitFor(() => expect(bridge.inputsOf('collectors.update')).toEqual([{ id: 5, archived: false }]));
  });

  it('shows each collector’s five figures over the period asked', async () => {
    const bridge = callsBridge();
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('calls-tab-collectors'));
    const rows = await screen.findAllByTestId('stats-row');
    expect(
      rows.map((r) => ['calls', 'reachedRate', 'promises', 'keptRate', 'collected'].map((f) => cellText(r, f))),
    ).toEqual([
      ['40', '63 %', '8', '71 %', euros('12 345,00 €')],
      ['3', '0 %', '0', '—', euros('0,00 €')],
    ]);
    expect(rows[1].textContent).toContain('Personne en particulier');
    fireEvent.change(within(screen.getByTestId('stats-from')).getByLabelText('Du'), {
      target: { value: '2026-01-01' },
    });
    await waitFor(() => expect(bridge.inputsOf('collectors.stats').at(-1)?.from).toBe('2026-01-01'));
  });
});

const PROMISE_CANCELLED = {
  id: 1,
  clientId: 21,
  clientCode: 'C00021',
  clientName: 'Emballages Schmitt SARL',
  createdOn: '2026-11-20',
  promisedDate: '2026-11-30',
  amountCents: 250_000,
  graceEndsOn: '2026-12-03',
  paidCents: 0,
  status: 'cancelled' as const,
  settledOn: null,
  collectorId: 3,
  note: '',
  invoices: [],
};
