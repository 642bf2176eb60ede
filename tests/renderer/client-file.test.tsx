import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatDateTime } from '../../renderer/format/format';
import { createI18n } from '../../renderer/i18n/i18n';
import { timelineSummary } from '../../renderer/timeline/timeline-text';
import { formatMoney } from '../../shared/domain/money';
import { CLIENT, CLIENT_FILE, clientFileBridge, TIMELINE } from './client-file-fixtures';
import { FakeFailure } from './fake-bridge';
import { euros } from './fixtures';
import { field, helperText, submit, type } from './form-helpers';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

function invoiceRow(number: string): HTMLElement {
  return document.querySelector(`[data-testid="invoice-row"][data-invoice-number="${number}"]`)!;
}

describe('client file', () => {
  it('shows who the client is, its terms with the legal warning, and its credit limit overrun', async () => {
    const bridge = clientFileBridge();
    renderApp(bridge);

    expect(await screen.findByRole('heading', { level: 1, name: 'Emballages Schmitt SARL' })).toBeTruthy();
    expect(bridge.inputsOf('clients.file')[0]).toEqual({ id: 21 });
    expect(screen.getByTestId('client-code').textContent).toBe('C00021');
    expect(screen.getByTestId('client-siren').textContent).toBe('779446798');
    const terms = screen.getByTestId('client-payment-terms');
    expect(terms.textContent).toContain('90 jours date de facture');
    expect(screen.getByTestId('terms-warning').textContent).toContain('60 jours');
    expect(screen.getByTestId('client-credit-limit').textContent).toContain(formatMoney(900_000));
    expect(screen.getByTestId('over-credit-limit').textContent).toBe(`Plafond dépassé de ${euros('21 479,41 €')}`);
    expect(screen.getByTestId('client-dunning-plan').textContent).toBe('Aucun scénario');
    expect(screen.getByText('Julie Lefèvre')).toBeTruthy();
    expect(screen.getByTestId('nav-clients').getAttribute('aria-current')).toBe('page');
  });

  it('shows the encours and its split as the core computed them', async () => {
    renderApp(clientFileBridge());
    expect((await screen.findByTestId('file-exposure')).textContent).toBe(formatMoney(CLIENT_FILE.exposure.totalCents));
    expect(screen.getByTestId('file-overdue').textContent).toBe(formatMoney(2_624_809));
    expect(screen.getByTestId('file-not-due').textContent).toBe(formatMoney(403_132));
    expect(screen.getByTestId('file-to-issue').textContent).toBe(formatMoney(50_000));
    expect(screen.getByTestId('file-advances').textContent).toBe(formatMoney(-20_000));
    expect(screen.getByTestId('file-unused-credit-notes').textContent).toBe(formatMoney(-10_000));
    expect(screen.getByTestId('file-oldest-days-late').textContent).toBe('602 jours');
    expect(screen.getByText('9 factures ouvertes')).toBeTruthy();
  });

  it('lists invoices with their status, days late and dispute marker; chips filter on the core', async () => {
    const bridge = clientFileBridge();
    renderApp(bridge);
    await screen.findByTestId('invoices-table');
    await waitFor(() => expect(invoiceRow('FA-2026-001408')).toBeTruthy());
    expect(bridge.inputsOf('invoices.list')[0]).toEqual({ clientId: 21, filter: 'open', offset: 0, limit: 25 });

    const status = (number: string) => invoiceRow(number).querySelector('[data-status]')!.textContent;
    expect(status('FA-2026-000700')).toBe('À émettre');
    expect(status('FA-2026-001773')).toBe('Non échue');
    expect(status('FA-2026-001408')).toBe('Échue');
    expect(status('FA-2026-001298')).toBe('En litige');
    expect(status('FA-2026-000892')).toBe('Payée');
    expect(status('AV-2026-000012')).toBe('Non imputé');
    expect(invoiceRow('FA-2026-001408').querySelector('[data-field="days-late"]')!.textContent).toBe('36');
    expect(invoiceRow('AV-2026-000012').querySelector('[data-field="days-late"]')!.textContent).toBe('');
    expect(invoiceRow('AV-2026-000012').querySelector('[data-field="open"]')!.textContent).toBe(formatMoney(-10_000));
    expect(invoiceRow('FA-2026-001298').querySelector('[data-testid="dispute-marker"]')).toBeTruthy();
    expect(invoiceRow('FA-2026-001408').querySelector('[data-testid="dispute-marker"]')).toBeNull();

    fireEvent.click(screen.getByTestId('invoice-filter-overdue'));
    await waitFor(() =>
      expect(bridge.inputsOf('invoices.list').at(-1)).toEqual({
        clientId: 21,
        filter: 'overdue',
        offset: 0,
        limit: 25,
      }),
    );
  });

  it('keeps the tab in the address, so a reload stays on it', async () => {
    renderApp(clientFileBridge('#/clients/21?tab=contacts'));
    expect(await screen.findByTestId('contacts-table')).toBeTruthy();
    fireEvent.click(screen.getByTestId('client-tab-timeline'));
    expect(await screen.findByTestId('timeline')).toBeTruthy();
    expect(window.location.hash).toBe('#/clients/21?tab=timeline');
    fireEvent.click(screen.getByTestId('back-to-clients'));
    await waitFor(() => expect(window.location.hash).toBe('#/clients'));
  });
});

describe('editing and archiving the client', () => {
  it('sends only the changed fields, and puts the core’s complaint on the field it names', async () => {
    let fail = true;
    const bridge = clientFileBridge('#/clients/21', {
      'clients.update': (input) => {
        if (fail) throw new FakeFailure('validation', 'paymentTerms.days must be at most 365', 'paymentTerms.days');
        return { ...CLIENT, ...input, paymentTerms: CLIENT.paymentTerms };
      },
    });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('edit-client'));
    const form = await screen.findByTestId('client-form');
    expect(field('Raison sociale', form).value).toBe('Emballages Schmitt SARL');
    expect(field('Plafond d’encours', form).value).toBe('9000,00');
    expect(document.activeElement).toBe(field('Code client', form));

    type('Ville', 'Ivry-sur-Seine', form);
    type('Nombre de jours', '45', form);
    submit(form);
    await waitFor(() => expect(bridge.inputsOf('clients.update')).toHaveLength(1));
    expect(bridge.inputsOf('clients.update')[0]).toEqual({
      id: 21,
      city: 'Ivry-sur-Seine',
      paymentTerms: { mode: 'net', days: 45 },
    });
    const days = field('Nombre de jours', form);
    await waitFor(() => expect(days.getAttribute('aria-invalid')).toBe('true'));
    expect(helperText(days)).toContain('paymentTerms.days must be at most 365');
    expect(field('Ville', form).getAttribute('aria-invalid')).toBe('false');

    fail = false;
    submit(form);
    await waitFor(() => expect(screen.queryByTestId('client-form')).toBeNull());
    expect(bridge.inputsOf('clients.update')).toHaveLength(2);
  });

  it('checks the obvious mistakes before asking the core', async () => {
    const bridge = clientFileBridge('#/clients/21', { 'clients.update': () => CLIENT });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('edit-client'));
    const form = await screen.findByTestId('client-form');
    type('Raison sociale', '  ', form);
    type('SIREN', '12345', form);
    type('Plafond d’encours', '12,345', form);
    submit(form);
    await waitFor(() => expect(helperText(field('Raison sociale', form))).toBe('Obligatoire'));
    expect(helperText(field('SIREN', form))).toBe('Le SIREN compte 9 chiffres');
    expect(helperText(field('Plafond d’encours', form))).toBe('Deux décimales au plus (les centimes)');
    expect(bridge.inputsOf('clients.update')).toHaveLength(0);
  });

  it('asks for confirmation before archiving', async () => {
    const bridge = clientFileBridge('#/clients/21', {
      'clients.archive': (input) => ({ ...CLIENT, archived: input.archived }),
    });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('archive-client'));
    const confirm = await screen.findByTestId('confirm-dialog');
    expect(confirm.textContent).toContain('Archiver ce client ?');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(bridge.inputsOf('clients.archive')).toHaveLength(0);

    fireEvent.click(screen.getByTestId('archive-client'));
    fireEvent.click(within(await screen.findByTestId('confirm-dialog')).getByTestId('confirm-action'));
    await waitFor(() => expect(bridge.inputsOf('clients.archive')).toEqual([{ id: 21, archived: true }]));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect((await screen.findByTestId('notification')).textContent).toBe('Client archivé');
  });
});

describe('timeline', () => {
  it('shows each entry with a French label, its date and time, and a readable summary', async () => {
    const bridge = clientFileBridge('#/clients/21?tab=timeline');
    renderApp(bridge);
    const entries = await screen.findAllByTestId('timeline-entry');
    expect(bridge.inputsOf('timeline.list')[0]).toEqual({ clientId: 21, limit: 50 });
    expect(entries.map((e) => within(e).getByTestId('timeline-label').textContent)).toEqual([
      'Litige ouvert',
      'Règlement reçu',
      'Import',
    ]);
    expect(entries[0].textContent).toContain(`${formatDateTime(TIMELINE[0].occurredAt)} · Claire`);
    expect(formatDateTime('2026-10-01T08:15:00.000Z')).toMatch(/^01\/10\/2026 \d{2}:15$/);
    // The core stores the reason as a code; the user reads it in French.
    expect(within(entries[0]).getByTestId('timeline-summary').textContent).toBe('FA-2026-001298 — Qualité');
  });

  it('puts the core’s code words into French', () => {
    const { t } = createI18n('fr');
    const entry = (kind: string, summary: string, data: Record<string, unknown> = {}) => ({
      ...TIMELINE[0]!,
      kind,
      summary,
      data,
    });
    expect(timelineSummary(entry('allocation.created', 'FA-1 ← payment: 60,00 €'), t)).toBe(
      '60,00 € d’un règlement lettrés sur FA-1',
    );
    expect(timelineSummary(entry('allocation.created', 'FA-1 ← credit note AV-2: 5,00 €'), t)).toBe(
      '5,00 € de l’avoir AV-2 imputés sur FA-1',
    );
    expect(timelineSummary(entry('client.updated', 'city, paymentTerms, creditLimitCents'), t)).toBe(
      'Ville, Délai de paiement, Plafond d’encours',
    );
    expect(timelineSummary(entry('dispute.resolved', 'FA-1: paid', { resolution: 'paid' }), t)).toBe('FA-1 — Payé');
    expect(timelineSummary(entry('note', 'Rappeler lundi'), t)).toBe('Rappeler lundi');
  });

  it('narrows to the kinds picked, and back to everything', async () => {
    const bridge = clientFileBridge('#/clients/21?tab=timeline');
    renderApp(bridge);
    await screen.findAllByTestId('timeline-entry');
    fireEvent.click(screen.getByTestId('timeline-filter-dispute'));
    fireEvent.click(screen.getByTestId('timeline-filter-payment'));
    await waitFor(() =>
      expect(bridge.inputsOf('timeline.list').at(-1)).toEqual({
        clientId: 21,
        limit: 50,
        kinds: ['dispute', 'payment'],
      }),
    );
    await waitFor(() => expect(screen.getAllByTestId('timeline-entry')).toHaveLength(2));
    fireEvent.click(screen.getByTestId('timeline-filter-all'));
    await waitFor(() => expect(bridge.inputsOf('timeline.list').at(-1)).toEqual({ clientId: 21, limit: 50 }));
  });
});

describe('notes', () => {
  it('writes a note (Ctrl+Enter works too), refusing an empty one', async () => {
    const bridge = clientFileBridge('#/clients/21?tab=notes', {
      'notes.create': (input) => ({ ...TIMELINE[2], id: 10, kind: 'note', summary: input.text }),
    });
    renderApp(bridge);
    expect((await screen.findByTestId('client-standing-note')).textContent).toContain('Client à surveiller.');
    expect(bridge.inputsOf('timeline.list')[0]).toEqual({ clientId: 21, kinds: ['note'], limit: 100 });

    fireEvent.click(screen.getByTestId('add-note'));
    await waitFor(() => expect(helperText(field('Nouvelle note'))).toBe('Obligatoire'));
    expect(bridge.inputsOf('notes.create')).toHaveLength(0);

    const text = screen.getByTestId('note-text');
    fireEvent.change(text, { target: { value: 'Appelé le comptable : paiement promis.' } });
    fireEvent.keyDown(text, { key: 'Enter', ctrlKey: true });
    await waitFor(() =>
      expect(bridge.inputsOf('notes.create')).toEqual([
        { clientId: 21, text: 'Appelé le comptable : paiement promis.' },
      ]),
    );
    await waitFor(() => expect((screen.getByTestId('note-text') as HTMLTextAreaElement).value).toBe(''));
  });
});
