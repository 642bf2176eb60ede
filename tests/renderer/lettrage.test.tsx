import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { InputOf } from '../../shared/contract/contract';
import type { Allocation } from '../../shared/contract/types';
import { formatMoney } from '../../shared/domain/money';
import { ALLOCATIONS, clientFileBridge, PAYMENTS } from './client-file-fixtures';
import { FakeFailure, type FakeHandlers } from './fake-bridge';
import { field, helperText, submit, type } from './form-helpers';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

const PAYMENTS_TAB = '#/clients/21?tab=payments';

/** The core's answer to `allocations.createMany`: every line written. */
function createdAll(input: InputOf<'allocations.createMany'>): Allocation[] {
  return input.allocations.map((a, index) => ({
    id: 900 + index,
    invoiceId: a.invoiceId,
    invoiceNumber: '',
    paymentId: a.paymentId ?? null,
    creditNoteId: a.creditNoteId ?? null,
    amountCents: a.amountCents,
    date: '2026-11-22',
  }));
}

function line(dialog: HTMLElement, number: string): HTMLElement {
  return dialog.querySelector(`[data-testid="lettrage-line"][data-invoice-number="${number}"]`)!;
}

describe('payments', () => {
  it('records a payment with its method and reference, and keeps it unallocated', async () => {
    const bridge = clientFileBridge(PAYMENTS_TAB, {
      'payments.create': (input) => ({
        ...PAYMENTS[0],
        id: 427,
        amountCents: input.amountCents,
        unallocatedCents: input.amountCents,
      }),
    });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('new-payment'));
    const form = await screen.findByTestId('payment-form');
    expect(document.activeElement).toBe(field('Montant', form));
    type('Montant', '1 234,56', form);
    type('Date', '2026-11-20', form);
    type('Référence', 'VIR SEPA FA-2026-001408', form);
    fireEvent.mouseDown(within(form).getByRole('combobox', { name: 'Mode' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Chèque' }));
    submit(form);
    await waitFor(() =>
      expect(bridge.inputsOf('payments.create')).toEqual([
        {
          clientId: 21,
          date: '2026-11-20',
          amountCents: 123_456,
          method: 'cheque',
          reference: 'VIR SEPA FA-2026-001408',
          allocate: 'none',
        },
      ]),
    );
    await waitFor(() => expect(screen.queryByTestId('payment-form')).toBeNull());
  });

  it('refuses an unreadable amount without calling the core', async () => {
    const bridge = clientFileBridge(PAYMENTS_TAB);
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('new-payment'));
    const form = await screen.findByTestId('payment-form');
    type('Montant', '12 euros 50', form);
    submit(form);
    await waitFor(() => expect(helperText(field('Montant', form))).toContain('Montant illisible'));
    expect(bridge.inputsOf('payments.create')).toHaveLength(0);
  });

  it('shows each payment’s allocations and what is left as an advance', async () => {
    renderApp(clientFileBridge(PAYMENTS_TAB));
    const rows = await screen.findAllByTestId('payment-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].querySelector('[data-field="unallocated"]')!.textContent).toContain(formatMoney(20_000));
    expect(rows[0].textContent).toContain('Avance');
    await waitFor(() => expect(within(rows[1]).getByTestId('allocation').textContent).toContain('FA-2026-000892'));
    expect(within(rows[1]).getByTestId('allocation').textContent).toContain(formatMoney(164_468));
  });

  it('undoes an allocation only after confirmation', async () => {
    const bridge = clientFileBridge(PAYMENTS_TAB, { 'allocations.delete': () => null });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('undo-allocation-FA-2026-000892'));
    const confirm = await screen.findByTestId('confirm-dialog');
    expect(confirm.textContent).toContain('FA-2026-000892');
    expect(bridge.inputsOf('allocations.delete')).toHaveLength(0);
    fireEvent.click(within(confirm).getByTestId('confirm-action'));
    await waitFor(() => expect(bridge.inputsOf('allocations.delete')).toEqual([{ id: ALLOCATIONS[0].id }]));
  });

  it('allocates automatically after confirmation', async () => {
    const bridge = clientFileBridge(PAYMENTS_TAB, { 'allocations.autoFifo': () => [] });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('auto-allocate'));
    const confirm = await screen.findByTestId('confirm-dialog');
    expect(bridge.inputsOf('allocations.autoFifo')).toHaveLength(0);
    fireEvent.click(within(confirm).getByTestId('confirm-action'));
    await waitFor(() => expect(bridge.inputsOf('allocations.autoFifo')).toEqual([{ clientId: 21 }]));
  });
});

describe('lettrage dialog', () => {
  async function openLettrage(handlers: FakeHandlers = {}) {
    const bridge = clientFileBridge(PAYMENTS_TAB, handlers);
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('allocate-payment'));
    const dialog = await screen.findByTestId('lettrage-dialog');
    return { bridge, dialog };
  }

  it('pre-fills the core’s suggestions with their reason, then offers the other open invoices at zero', async () => {
    const { bridge, dialog } = await openLettrage();
    expect(bridge.inputsOf('allocations.suggest')).toEqual([{ paymentId: 426 }]);
    expect(bridge.inputsOf('invoices.list').at(-1)).toMatchObject({ clientId: 21, filter: 'open', kind: 'invoice' });
    const numbers = Array.from(dialog.querySelectorAll('[data-testid="lettrage-line"]'), (row) =>
      row.getAttribute('data-invoice-number'),
    );
    // Suggested first; the invoice to issue, the settled one and the credit note cannot take money.
    expect(numbers).toEqual(['FA-2026-001408', 'FA-2026-001298', 'FA-2026-001773']);
    expect(line(dialog, 'FA-2026-001408').textContent).toContain('Plus ancienne');
    expect(field(/Montant à lettrer sur FA-2026-001408/, dialog).value).toBe('200,00');
    expect(field(/Montant à lettrer sur FA-2026-001298/, dialog).value).toBe('');
    expect(within(dialog).getByTestId('lettrage-available').textContent).toBe(formatMoney(20_000));
    expect(within(dialog).getByTestId('lettrage-total').textContent).toBe(formatMoney(20_000));
    expect(within(dialog).getByTestId('lettrage-remaining').textContent).toBe(formatMoney(0));
  });

  it('sends one allocation per line with the amounts as edited, the rest staying an advance', async () => {
    const { bridge, dialog } = await openLettrage({ 'allocations.createMany': createdAll });
    type(/Montant à lettrer sur FA-2026-001408/, '120', dialog);
    type(/Montant à lettrer sur FA-2026-001298/, '30,5', dialog);
    expect(within(dialog).getByTestId('lettrage-total').textContent).toBe(formatMoney(15_050));
    expect(within(dialog).getByTestId('lettrage-remaining').textContent).toBe(formatMoney(4_950));
    submit(dialog);
    await waitFor(() =>
      expect(bridge.inputsOf('allocations.createMany')).toEqual([
        {
          allocations: [
            { invoiceId: 563, paymentId: 426, creditNoteId: null, amountCents: 12_000 },
            { invoiceId: 562, paymentId: 426, creditNoteId: null, amountCents: 3_050 },
          ],
        },
      ]),
    );
    await waitFor(() => expect(screen.queryByTestId('lettrage-dialog')).toBeNull());
    expect((await screen.findByTestId('notification')).textContent).toBe('2 lettrages enregistrés');
  });

  it('refuses more than the payment has left, or more than an invoice’s open amount', async () => {
    const { bridge, dialog } = await openLettrage({ 'allocations.createMany': createdAll });
    type(/Montant à lettrer sur FA-2026-001298/, '10', dialog);
    expect(within(dialog).getByTestId('lettrage-over').textContent).toContain(formatMoney(20_000));
    expect(within(dialog).getByTestId('lettrage-remaining').textContent).toBe(formatMoney(-1_000));
    submit(dialog);
    type(/Montant à lettrer sur FA-2026-001408/, '5000', dialog);
    type(/Montant à lettrer sur FA-2026-001298/, '', dialog);
    expect(helperText(field(/Montant à lettrer sur FA-2026-001408/, dialog))).toBe(
      'Supérieur au reste dû de la facture',
    );
    submit(dialog);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bridge.inputsOf('allocations.createMany')).toHaveLength(0);
  });

  it('writes all the lines in one call; a refused line shows why, and nothing is written', async () => {
    let refuse = true;
    const { bridge, dialog } = await openLettrage({
      'allocations.createMany': (input) => {
        if (refuse)
          throw new FakeFailure(
            'over_allocation',
            'Invoice FA-2026-001298 has only 0,00 € left to settle.',
            'amountCents',
          );
        return createdAll(input);
      },
    });
    type(/Montant à lettrer sur FA-2026-001408/, '150', dialog);
    type(/Montant à lettrer sur FA-2026-001298/, '50', dialog);
    submit(dialog);
    const refused = field(/Montant à lettrer sur FA-2026-001298/, dialog);
    await waitFor(() => expect(helperText(refused)).toContain('has only 0,00 € left'));
    expect(helperText(refused)).toContain('Montant supérieur au reste à lettrer');
    expect(helperText(field(/Montant à lettrer sur FA-2026-001408/, dialog))).toBe('');
    expect(screen.getByTestId('lettrage-dialog')).toBeTruthy();

    // A refusal about the payment itself (no line named) shows above the lines.
    bridge.handlers['allocations.createMany'] = () => {
      throw new FakeFailure('over_allocation', 'The payment has only 100,00 € left to allocate.', 'amountCents');
    };
    submit(dialog);
    expect((await within(dialog).findByTestId('api-error')).textContent).toContain('The payment has only');

    refuse = false;
    bridge.handlers['allocations.createMany'] = createdAll;
    type(/Montant à lettrer sur FA-2026-001298/, '40', dialog);
    submit(dialog);
    await waitFor(() => expect(screen.queryByTestId('lettrage-dialog')).toBeNull());
    expect(bridge.inputsOf('allocations.createMany')).toHaveLength(3);
  });
});
