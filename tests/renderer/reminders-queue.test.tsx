import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeFailure } from './fake-bridge';
import { euros } from './fixtures';
import { field, helperText, submit, type } from './form-helpers';
import { renderApp } from './render-app';
import { captureDownloads, NOTICE_PREVIEW, queue, record, remindersBridge } from './reminders-fixtures';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

afterEach(() => vi.restoreAllMocks());

function row(code: string, channel?: string): HTMLElement {
  const rows = screen.getAllByTestId('queue-row').filter((r) => r.getAttribute('data-client-code') === code);
  const match = channel ? rows.filter((r) => r.getAttribute('data-channel') === channel) : rows;
  expect(match).toHaveLength(1);
  return match[0];
}

const cellText = (element: HTMLElement, name: string) =>
  element.querySelector(`[data-field="${name}"]`)?.textContent ?? '';

async function openRowAction(code: string, action: 'preview' | 'postpone' | 'skip') {
  fireEvent.click(within(row(code)).getByTestId('queue-actions'));
  fireEvent.click(await screen.findByTestId(`queue-${action}`));
}

describe('the day’s queue', () => {
  it('shows per client the step, channel, invoices and amount, the problems in red, and who is left out', async () => {
    renderApp(remindersBridge());
    expect(await screen.findByRole('heading', { level: 1, name: 'Relances' })).toBeTruthy();
    expect(await screen.findByText('Journée du 22/11/2026')).toBeTruthy();
    await screen.findAllByTestId('queue-row');

    const notice = row('C00021');
    expect(cellText(notice, 'step')).toBe('Mise en demeure · J+45');
    expect(cellText(notice, 'channel')).toBe('Recommandé AR');
    expect(cellText(notice, 'invoices')).toBe('4 facturesFA-2026-001298, FA-2026-001408, FA-2026-001409, …');
    expect(cellText(notice, 'total')).toBe(euros('9 500,00 €'));
    expect(cellText(row('C00007'), 'step')).toBe('Courtoisie · J\u22125');
    expect(cellText(row('C00007'), 'channel')).toBe('E-mail');
    expect(cellText(row('C00009'), 'step')).toBe('Appel · J+15');

    const problem = within(row('C00003')).getByTestId('queue-problem');
    expect(problem.textContent).toBe('Client C00003 (Garage Petit) has no postal address for a letter.');
    expect(problem.getAttribute('data-code')).toBe('no_address');
    expect(within(row('C00009')).getByTestId('queue-call-note').textContent).toBe('à traiter depuis Appels');

    expect(screen.getByTestId('excluded-disputed').textContent).toBe('2 clients en litige');
    expect(screen.getByTestId('excluded-promised').textContent).toBe('1 promesse en cours');
    expect(screen.getByTestId('excluded-postponed').textContent).toBe('3 reportées');
    expect(screen.queryByTestId('excluded-belowMinimum')).toBeNull();
    expect(screen.queryByTestId('payments-stale')).toBeNull();
  });

  it('never selects a row with a problem nor a call; select all takes only what can be generated', async () => {
    renderApp(remindersBridge());
    await screen.findAllByTestId('queue-row');
    const generate = screen.getByTestId('generate') as HTMLButtonElement;
    expect(generate.disabled).toBe(true);

    const problemBox = within(row('C00003')).getByRole('checkbox') as HTMLInputElement;
    expect(problemBox.disabled).toBe(true);
    fireEvent.click(row('C00003'));
    expect(row('C00003').getAttribute('aria-selected')).toBe('false');
    expect((within(row('C00009')).getByRole('checkbox') as HTMLInputElement).disabled).toBe(true);

    fireEvent.keyDown(row('C00021'), { key: ' ' });
    expect(row('C00021').getAttribute('aria-selected')).toBe('true');
    expect(generate.textContent).toBe('Générer (1)');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Tout sélectionner' }));
    expect(generate.textContent).toBe('Générer (2)');
    expect(row('C00003').getAttribute('aria-selected')).toBe('false');
    expect(row('C00009').getAttribute('aria-selected')).toBe('false');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ne rien sélectionner' }));
    expect(generate.textContent).toBe('Générer (0)');
  });

  it('filters by channel, so the e-mails can be done apart from the letters', async () => {
    renderApp(remindersBridge());
    await screen.findAllByTestId('queue-row');
    expect(screen.getByTestId('channel-filter-all').textContent).toBe('Tous (4)');
    fireEvent.click(screen.getByTestId('channel-filter-email'));
    expect(screen.getAllByTestId('queue-row').map((r) => r.getAttribute('data-client-code'))).toEqual(['C00007']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tout sélectionner' }));
    fireEvent.click(screen.getByTestId('channel-filter-all'));
    expect(screen.getByTestId('generate').textContent).toBe('Générer (1)');
    expect(row('C00007').getAttribute('aria-selected')).toBe('true');
  });

  it('warns that payments may not be up to date, with a way to the import screen', async () => {
    renderApp(
      remindersBridge({ 'reminders.queue': () => queue({ paymentsStale: true, lastPaymentDate: '2026-10-02' }) }),
    );
    const warning = await screen.findByTestId('payments-stale');
    expect(warning.textContent).toContain(
      'Le dernier règlement enregistré date du 02/10/2026 (il y a 51 jours) : les règlements sont-ils à jour ? Importez les derniers règlements avant de lancer les relances.',
    );
    fireEvent.click(within(warning).getByTestId('payments-stale-import'));
    await waitFor(() => expect(window.location.hash).toBe('#/imports'));
  });

  it('opens the client’s file from its name', async () => {
    renderApp(remindersBridge());
    await screen.findAllByTestId('queue-row');
    fireEvent.click(within(row('C00021')).getByTestId('queue-client'));
    await waitFor(() => expect(window.location.hash).toBe('#/clients/21'));
  });
});

describe('one action of the queue', () => {
  it('previews the merged letter with interest and indemnity per invoice, and offers its PDF', async () => {
    const downloads = captureDownloads();
    const bridge = remindersBridge();
    renderApp(bridge);
    await screen.findAllByTestId('queue-row');
    await openRowAction('C00021', 'preview');
    const preview = await screen.findByTestId('letter-preview');
    expect(bridge.inputsOf('reminders.preview')).toEqual([{ clientId: 21, channel: 'registered_letter' }]);
    expect(within(preview).getByTestId('preview-subject').textContent).toBe('Objet : Mise en demeure de payer');
    const line = within(preview).getByTestId('preview-invoice');
    expect(line.querySelector('[data-field="interest"]')?.textContent).toBe(euros('86,26 €'));
    expect(line.querySelector('[data-field="indemnity"]')?.textContent).toBe(euros('40,00 €'));
    const totals = within(preview).getByTestId('preview-totals');
    expect(totals.querySelector('[data-field="claimed"]')?.textContent).toBe(`Total réclamé${euros('4 535,08 €')}`);
    expect(within(preview).getByTestId('preview-payment').textContent).toBe(
      'Règlement par virement : IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP',
    );
    expect(
      within(preview)
        .getAllByTestId('preview-paragraph')
        .map((p) => p.textContent),
    ).toEqual([
      'Madame, Monsieur,',
      NOTICE_PREVIEW.letter.parts[1].kind === 'paragraph' ? NOTICE_PREVIEW.letter.parts[1].text : '',
    ]);

    fireEvent.click(screen.getByTestId('preview-open-pdf'));
    expect(downloads.map((d) => d.fileName)).toEqual(['C00021-apercu.pdf']);
    expect(downloads[0].blob?.type).toBe('application/pdf');
    expect(await downloads[0].blob?.text()).toBe('%PDF-1.7 fake');
  });

  it('postpones to a date after today, a week ahead by default; an earlier date is refused in the field', async () => {
    const bridge = remindersBridge({ 'reminders.postpone': () => null });
    renderApp(bridge);
    await screen.findAllByTestId('queue-row');
    await openRowAction('C00007', 'postpone');
    const form = await screen.findByTestId('postpone-dialog');
    expect(field('Reporter jusqu’au', form).value).toBe('2026-11-29');

    type('Reporter jusqu’au', '2026-11-22', form);
    submit(form);
    await waitFor(() =>
      expect(helperText(field('Reporter jusqu’au', form))).toBe('La date doit être après le 22/11/2026'),
    );
    expect(bridge.inputsOf('reminders.postpone')).toHaveLength(0);

    type('Reporter jusqu’au', '2026-12-03', form);
    submit(form);
    await waitFor(() =>
      expect(bridge.inputsOf('reminders.postpone')).toEqual([{ clientId: 7, channel: 'email', until: '2026-12-03' }]),
    );
    await waitFor(() => expect(screen.queryByTestId('postpone-dialog')).toBeNull());
    expect((await screen.findByTestId('notification')).textContent).toBe(
      'Relance de Boulangerie Martin reportée au 03/12/2026',
    );
  });

  it('shows the core’s refusal of a postponement under the date', async () => {
    const bridge = remindersBridge({
      'reminders.postpone': () => {
        throw new FakeFailure('validation', 'until must be after today (2026-11-22); got 2026-11-21.', 'until');
      },
    });
    renderApp(bridge);
    await screen.findAllByTestId('queue-row');
    await openRowAction('C00007', 'postpone');
    const form = await screen.findByTestId('postpone-dialog');
    submit(form);
    await waitFor(() =>
      expect(helperText(field('Reporter jusqu’au', form))).toBe(
        'until must be after today (2026-11-22); got 2026-11-21.',
      ),
    );
  });

  it('skips a step after a confirmation, then reloads the queue', async () => {
    const bridge = remindersBridge({ 'reminders.skip': () => record({ id: 50, status: 'skipped' }) });
    renderApp(bridge);
    await screen.findAllByTestId('queue-row');
    await openRowAction('C00021', 'skip');
    const confirm = await screen.findByTestId('confirm-dialog');
    expect(confirm.textContent).toContain('L’étape « Mise en demeure · J+45 » de Emballages Schmitt SARL');
    const queueCalls = bridge.inputsOf('reminders.queue').length;
    fireEvent.click(within(confirm).getByTestId('confirm-action'));
    await waitFor(() =>
      expect(bridge.inputsOf('reminders.skip')).toEqual([{ clientId: 21, channel: 'registered_letter' }]),
    );
    await waitFor(() => expect(bridge.inputsOf('reminders.queue').length).toBeGreaterThan(queueCalls));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
  });
});
