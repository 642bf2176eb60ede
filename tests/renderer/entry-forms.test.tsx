import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Contact } from '../../shared/contract/client-file.types';
import type { Client, Invoice } from '../../shared/contract/types';
import { CLIENT, CONTACTS, clientFileBridge, INVOICES, invoice } from './client-file-fixtures';
import { FakeFailure } from './fake-bridge';
import { clientTable } from './fixtures';
import { choose, field, helperText, submit, type } from './form-helpers';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

const saved = (input: { number?: string }): Invoice => invoice({ id: 999, number: input.number ?? 'X' });

describe('invoice and credit note forms', () => {
  it('creates an invoice to issue: no issue date, no due date', async () => {
    const bridge = clientFileBridge('#/clients/21', { 'invoices.create': saved });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('new-invoice'));
    const form = await screen.findByTestId('invoice-form');
    expect(field('Date de facture', form).value).toMatch(/^\d{4}-\d{2}-\d{2}$/); // today by default
    await choose('Type', /Facture à émettre/);
    expect(within(form).queryByLabelText(/Date de facture/)).toBeNull();
    type('Numéro de facture', 'FA-2026-002000', form);
    type('Montant TTC', '1 200', form);
    type('Montant HT', '1000', form);
    submit(form);
    await waitFor(() =>
      expect(bridge.inputsOf('invoices.create')).toEqual([
        {
          clientId: 21,
          kind: 'invoice',
          number: 'FA-2026-002000',
          issueDate: null,
          dueDate: null,
          amountCents: 120_000,
          amountExclVatCents: 100_000,
          externalRef: '',
        },
      ]),
    );
  });

  it('creates a credit note with its date, and checks the amounts against each other first', async () => {
    const bridge = clientFileBridge('#/clients/21', { 'invoices.create': saved });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('new-credit-note'));
    const form = await screen.findByTestId('invoice-form');
    type('Numéro d’avoir', 'AV-2026-000050', form);
    type('Date de facture', '2026-11-20', form);
    type('Montant TTC', '120', form);
    type('Montant HT', '150', form);
    submit(form);
    await waitFor(() =>
      expect(helperText(field('Montant HT', form))).toBe('Le montant HT ne peut pas dépasser le montant TTC'),
    );
    type('Montant HT', '100', form);
    submit(form);
    await waitFor(() =>
      expect(bridge.inputsOf('invoices.create')).toEqual([
        {
          clientId: 21,
          kind: 'credit_note',
          number: 'AV-2026-000050',
          issueDate: '2026-11-20',
          dueDate: null,
          amountCents: 12_000,
          amountExclVatCents: 10_000,
          externalRef: '',
        },
      ]),
    );
  });

  it('edits an invoice; the core’s conflict on the number shows under the number', async () => {
    const bridge = clientFileBridge('#/clients/21', {
      'invoices.update': () => {
        throw new FakeFailure('conflict', 'An invoice numbered FA-2026-001773 already exists.', 'number');
      },
    });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('invoice-actions-FA-2026-001408'));
    fireEvent.click(await screen.findByTestId('invoice-action-edit'));
    const form = await screen.findByTestId('invoice-form');
    expect(field('Montant TTC', form).value).toBe('3590,95');
    type('Numéro de facture', 'FA-2026-001773', form);
    type('Échéance', '2026-10-30', form);
    submit(form);
    await waitFor(() =>
      expect(bridge.inputsOf('invoices.update')).toEqual([
        {
          id: 563,
          number: 'FA-2026-001773',
          issueDate: '2026-09-17',
          dueDate: '2026-10-30',
          amountCents: 359_095,
          amountExclVatCents: 299_246,
          externalRef: '',
        },
      ]),
    );
    await waitFor(() => expect(helperText(field('Numéro de facture', form))).toContain('already exists'));
    expect(helperText(field('Numéro de facture', form))).toContain('Conflit avec une donnée existante');
  });

  it('issues an invoice to issue by giving it a date', async () => {
    const bridge = clientFileBridge('#/clients/21', { 'invoices.update': () => INVOICES[0] });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('invoice-actions-FA-2026-000700'));
    fireEvent.click(await screen.findByTestId('invoice-action-edit'));
    const form = await screen.findByTestId('invoice-form');
    expect(field('Date de facture', form).value).toBe('');
    type('Date de facture', '2026-11-22', form);
    submit(form);
    await waitFor(() =>
      expect(bridge.inputsOf('invoices.update')[0]).toMatchObject({ id: 601, issueDate: '2026-11-22' }),
    );
  });
});

describe('contacts', () => {
  it('adds a primary billing contact; an email the core refuses is shown under the email', async () => {
    let calls = 0;
    const bridge = clientFileBridge('#/clients/21?tab=contacts', {
      'contacts.create': (input): Contact => {
        calls++;
        if (calls === 1) throw new FakeFailure('validation', 'email is not an email address', 'email');
        return { ...CONTACTS[0], id: 40, name: input.name };
      },
    });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('new-contact'));
    const form = await screen.findByTestId('contact-form');
    type('Nom', 'Alice Martin', form);
    type('Fonction', 'DAF', form);
    type('E-mail', 'alice@schmitt.fr', form);
    type('Portable', '06 12 34 56 78', form);
    await choose('Canal préféré', 'Téléphone');
    fireEvent.click(within(form).getByRole('checkbox'));
    submit(form);
    await waitFor(() => expect(helperText(field('E-mail', form))).toContain('email is not an email address'));
    expect(bridge.inputsOf('contacts.create')[0]).toEqual({
      clientId: 21,
      name: 'Alice Martin',
      role: 'DAF',
      email: 'alice@schmitt.fr',
      phone: '',
      mobile: '06 12 34 56 78',
      preferredChannel: 'phone',
      isPrimaryBilling: true,
    });
    submit(form);
    await waitFor(() => expect(screen.queryByTestId('contact-form')).toBeNull());
  });

  it('closes a form with Esc without sending anything', async () => {
    const bridge = clientFileBridge('#/clients/21?tab=contacts');
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('new-contact'));
    const form = await screen.findByTestId('contact-form');
    type('Nom', 'Alice Martin', form);
    fireEvent.keyDown(field('Nom', form), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('contact-form')).toBeNull());
    expect(bridge.inputsOf('contacts.create')).toHaveLength(0);
  });

  it('archives a contact only after confirmation', async () => {
    const bridge = clientFileBridge('#/clients/21?tab=contacts', {
      'contacts.archive': (input) => ({ ...CONTACTS[0], archived: input.archived }),
    });
    renderApp(bridge);
    fireEvent.click(await screen.findByRole('button', { name: 'Archiver Benoît Huet' }));
    const confirm = await screen.findByTestId('confirm-dialog');
    expect(bridge.inputsOf('contacts.archive')).toHaveLength(0);
    fireEvent.click(within(confirm).getByTestId('confirm-action'));
    await waitFor(() => expect(bridge.inputsOf('contacts.archive')).toEqual([{ id: 37, archived: true }]));
  });
});

describe('a new client from the list', () => {
  it('creates the client and opens its file', async () => {
    const created: Client = { ...CLIENT, id: 151, code: 'C00151', name: 'Menuiserie Roy', paymentTerms: null };
    const bridge = clientFileBridge('#/clients', {
      'clients.list': clientTable(5),
      'clients.create': () => created,
      'clients.file': (input) => ({
        ...(input.id === 151 ? { client: created } : { client: CLIENT }),
        exposure: { toIssueCents: 0, notDueCents: 0, overdueCents: 0, unallocatedCreditsCents: 0, totalCents: 0 },
        advancesCents: 0,
        unusedCreditNotesCents: 0,
        oldestDaysLate: 0,
        openInvoiceCount: 0,
        activeDisputeCount: 0,
        collectorName: null,
        dunningPlanName: null,
        overCreditLimitCents: 0,
      }),
    });
    renderApp(bridge);
    fireEvent.click(await screen.findByTestId('new-client'));
    const form = await screen.findByTestId('client-form');
    type('Code client', 'C00151', form);
    type('Raison sociale', 'Menuiserie Roy', form);
    type('SIREN', '123 456 789', form);
    type('Ville', 'Nantes', form);
    submit(form);
    await waitFor(() =>
      expect(bridge.inputsOf('clients.create')).toEqual([
        {
          code: 'C00151',
          name: 'Menuiserie Roy',
          siren: '123456789',
          vatNumber: '',
          addressLine1: '',
          addressLine2: '',
          postalCode: '',
          city: 'Nantes',
          country: 'FR',
          paymentTerms: undefined,
          creditLimitCents: null,
          riskClassOverride: null,
          notes: '',
        },
      ]),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Menuiserie Roy' })).toBeTruthy();
    expect(window.location.hash).toBe('#/clients/151');
    // Without terms of its own, the client follows the company's.
    await waitFor(() =>
      expect(screen.getByTestId('client-payment-terms').textContent).toBe(
        '45 jours fin de mois (conditions de la société)',
      ),
    );
  });
});
