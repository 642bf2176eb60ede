import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Dispute } from '../../shared/contract/client-file.types';
import { clientFileBridge, DISPUTE } from './client-file-fixtures';
import { FakeFailure } from './fake-bridge';
import { choose, field, helperText, submit, type } from './form-helpers';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

async function openInvoiceMenu(number: string) {
  fireEvent.click(await screen.findByTestId(`invoice-actions-${number}`));
}

describe('opening and resolving a dispute', () => {
  it('opens a dispute on part of an invoice from its row, with reason, owner and comment', async () => {
    const bridge = clientFileBridge('#/clients/21', { 'disputes.open': () => DISPUTE });
    renderApp(bridge);
    await openInvoiceMenu('FA-2026-001408');
    fireEvent.click(await screen.findByTestId('invoice-action-dispute'));
    const form = await screen.findByTestId('open-dispute-form');
    expect(form.textContent).toContain('Ouvrir un litige sur FA-2026-001408');

    await choose('Motif', 'Livraison');
    fireEvent.click(within(form).getByLabelText('Une partie'));
    type('Montant contesté', '4000', form);
    type('Responsable', 'Julie Lefèvre', form);
    type('Commentaire', 'Palette manquante', form);
    submit(form);
    // 4 000 € is more than the 3 590,95 € still open: refused before asking the core.
    await waitFor(() =>
      expect(helperText(field('Montant contesté', form))).toBe('Supérieur au reste dû de la facture'),
    );
    expect(bridge.inputsOf('disputes.open')).toHaveLength(0);

    type('Montant contesté', '250,50', form);
    submit(form);
    await waitFor(() =>
      expect(bridge.inputsOf('disputes.open')).toEqual([
        {
          invoiceId: 563,
          reason: 'delivery',
          disputedCents: 25_050,
          owner: 'Julie Lefèvre',
          comment: 'Palette manquante',
        },
      ]),
    );
    await waitFor(() => expect(screen.queryByTestId('open-dispute-form')).toBeNull());
  });

  it('offers no second dispute on an invoice already disputed', async () => {
    renderApp(clientFileBridge());
    await openInvoiceMenu('FA-2026-001298');
    const menu = await screen.findByRole('menu');
    expect(within(menu).queryByTestId('invoice-action-dispute')).toBeNull();
    expect(within(menu).getByTestId('invoice-action-edit')).toBeTruthy();
  });

  it('shows a core refusal on the whole form when it names no field of it', async () => {
    renderApp(
      clientFileBridge('#/clients/21', {
        'disputes.open': () => {
          throw new FakeFailure('conflict', 'Invoice FA-2026-001408 already has an open dispute.', 'invoiceId');
        },
      }),
    );
    await openInvoiceMenu('FA-2026-001408');
    fireEvent.click(await screen.findByTestId('invoice-action-dispute'));
    const form = await screen.findByTestId('open-dispute-form');
    submit(form);
    expect((await within(form).findByTestId('api-error')).textContent).toContain('already has an open dispute');
  });

  it('moves a dispute to in progress, then resolves it, from the client’s Litiges tab', async () => {
    const bridge = clientFileBridge('#/clients/21?tab=disputes', {
      'disputes.update': (input) => ({ ...DISPUTE, status: input.status ?? DISPUTE.status }),
      'disputes.resolve': (input) => ({ ...DISPUTE, status: 'resolved', resolution: input.resolution }),
    });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('dispute-actions'));
    fireEvent.click(await screen.findByTestId('dispute-start'));
    await waitFor(() => expect(bridge.inputsOf('disputes.update')).toEqual([{ id: 9, status: 'in_progress' }]));

    fireEvent.click(screen.getByTestId('dispute-actions'));
    fireEvent.click(await screen.findByTestId('dispute-resolve'));
    const form = await screen.findByTestId('resolve-dispute-form');
    fireEvent.click(within(form).getByLabelText('Rejeté'));
    type('Commentaire de clôture', 'Cartons conformes', form);
    submit(form);
    await waitFor(() =>
      expect(bridge.inputsOf('disputes.resolve')).toEqual([
        { id: 9, resolution: 'rejected', comment: 'Cartons conformes' },
      ]),
    );
  });
});

describe('the Litiges screen', () => {
  const resolved: Dispute = {
    ...DISPUTE,
    id: 4,
    status: 'resolved',
    resolution: 'credit_note',
    invoiceNumber: 'FA-2025-000100',
    clientId: 7,
    clientName: 'Garage Petit',
    clientCode: 'C00007',
    closedOn: '2026-01-10',
  };

  it('lists disputes with age, amounts, reason, owner and status; filters by status; opens the client file', async () => {
    const bridge = clientFileBridge('#/disputes', {
      'disputes.list': (input) =>
        input.status === 'resolved' ? [resolved] : input.status === 'all' ? [DISPUTE, resolved] : [DISPUTE],
    });
    renderApp(bridge);
    expect(await screen.findByRole('heading', { level: 1, name: 'Litiges' })).toBeTruthy();
    const row = (await screen.findAllByTestId('dispute-row'))[0];
    expect(bridge.inputsOf('disputes.list')[0]).toEqual({ status: 'active' });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 9)).toEqual([
      'Emballages Schmitt SARLC00021',
      'FA-2026-001298',
      '01/10/2026',
      '52 jours',
      'Totalité',
      '4\u202f408,82\u00a0€',
      'Qualité',
      'Karim Benali',
      'Ouvert',
    ]);
    expect(screen.getByText('1 litige ouvert')).toBeTruthy();

    fireEvent.click(screen.getByTestId('dispute-filter-resolved'));
    await waitFor(() => expect(screen.getAllByTestId('dispute-row')[0].getAttribute('data-status')).toBe('resolved'));
    expect(within(screen.getAllByTestId('dispute-row')[0]).getByTestId('dispute-resolution').textContent).toBe(
      'Avoir émis · 10/01/2026',
    );
    expect(within(screen.getAllByTestId('dispute-row')[0]).queryByTestId('dispute-actions')).toBeNull();

    fireEvent.click(screen.getAllByTestId('dispute-row')[0]);
    await waitFor(() => expect(window.location.hash).toBe('#/clients/7?tab=disputes'));
  });
});
