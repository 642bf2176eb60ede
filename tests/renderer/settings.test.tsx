import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FakeFailure } from './fake-bridge';
import { choose, field, helperText, type } from './form-helpers';
import { renderApp } from './render-app';
import { ECB_RATES, PENALTIES, settingsBridge } from './settings-fixtures';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

async function openTab(name: string) {
  fireEvent.click(await screen.findByRole('tab', { name }));
}

describe('settings: letterhead', () => {
  it('sends only the changed fields to company.update, IBAN without its spaces', async () => {
    const bridge = settingsBridge();
    renderApp(bridge);
    const form = await screen.findByTestId('letterhead-form');
    expect(field('Raison sociale', form).value).toBe('Atelier Durand SARL');
    type('IBAN', 'DE89 3704 0044 0532 0130 00', form);
    type('Nom du signataire', 'Marc Durand', form);
    fireEvent.click(within(form).getByTestId('letterhead-save'));
    await waitFor(() =>
      expect(bridge.inputsOf('company.update')).toEqual([
        { iban: 'DE89370400440532013000', signatoryName: 'Marc Durand' },
      ]),
    );
    expect((await screen.findByTestId('notification')).textContent).toBe('En-tête enregistré');
  });

  it('checks the IBAN key before sending, and puts the core’s refusal on its field', async () => {
    const bridge = settingsBridge({
      'company.update': () => {
        throw new FakeFailure('validation', 'SIREN 123456780: the check digit is wrong.', 'siren');
      },
    });
    renderApp(bridge);
    const form = await screen.findByTestId('letterhead-form');
    type('IBAN', 'FR76 3000 6000 0112 3456 7890 188', form);
    fireEvent.click(within(form).getByTestId('letterhead-save'));
    await waitFor(() => expect(helperText(field('IBAN', form))).toBe('IBAN invalide (clé de contrôle incorrecte)'));
    expect(bridge.inputsOf('company.update')).toEqual([]);

    type('IBAN', 'FR76 3000 6000 0112 3456 7890 189', form);
    type('SIREN', '123456780', form);
    fireEvent.click(within(form).getByTestId('letterhead-save'));
    await waitFor(() =>
      expect(helperText(field('SIREN', form))).toBe('Saisie invalide — SIREN 123456780: the check digit is wrong.'),
    );
    expect(bridge.inputsOf('company.update')).toEqual([{ siren: '123456780' }]);
  });

  it('asks before leaving the tab with unsaved changes', async () => {
    renderApp(settingsBridge());
    const form = await screen.findByTestId('letterhead-form');
    type('Ville', 'Villeurbanne', form);
    await openTab('Pénalités et relances');
    const confirm = await screen.findByTestId('confirm-dialog');
    fireEvent.click(within(confirm).getByText('Annuler'));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(field('Ville', screen.getByTestId('letterhead-form')).value).toBe('Villeurbanne');
    await openTab('Pénalités et relances');
    fireEvent.click(within(await screen.findByTestId('confirm-dialog')).getByTestId('confirm-action'));
    expect(await screen.findByTestId('penalties-form')).toBeTruthy();
  });
});

describe('settings: logo', () => {
  it('uploads a PNG as base64, shows it, and removes it after a confirmation', async () => {
    let stored: { mime: 'image/png' | 'image/jpeg'; base64: string } | null = null;
    const bridge = settingsBridge({
      'letterhead.logo': () => stored,
      'letterhead.setLogo': (input) => {
        stored = input.image;
        return null;
      },
    });
    renderApp(bridge);
    const card = await screen.findByTestId('logo-card');
    expect(within(card).getByTestId('logo-none')).toBeTruthy();
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const file = new File([bytes], 'logo.png', { type: 'image/png' });
    fireEvent.change(within(card).getByTestId('logo-input'), { target: { files: [file] } });
    await waitFor(() =>
      expect(bridge.inputsOf('letterhead.setLogo')).toEqual([
        { image: { mime: 'image/png', base64: btoa(String.fromCharCode(...bytes)) } },
      ]),
    );
    const thumbnail = (await within(card).findByTestId('logo-thumbnail')) as HTMLImageElement;
    expect(thumbnail.getAttribute('src')).toBe(`data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`);

    fireEvent.change(within(card).getByTestId('logo-input'), {
      target: { files: [new File(['GIF89a'], 'logo.gif', { type: 'image/gif' })] },
    });
    expect((await within(card).findByTestId('logo-refused')).textContent).toBe('Choisissez une image PNG ou JPEG.');
    expect(bridge.inputsOf('letterhead.setLogo')).toHaveLength(1);

    fireEvent.click(within(card).getByTestId('logo-remove'));
    fireEvent.click(within(await screen.findByTestId('confirm-dialog')).getByTestId('confirm-action'));
    await waitFor(() => expect(within(card).getByTestId('logo-none')).toBeTruthy());
    expect(bridge.inputsOf('letterhead.setLogo')[1]).toEqual({ image: null });
  });
});

describe('settings: penalties', () => {
  it('sends a contractual rate typed in percent as basis points', async () => {
    const bridge = settingsBridge();
    renderApp(bridge);
    await openTab('Pénalités et relances');
    const form = await screen.findByTestId('penalties-form');
    fireEvent.click(within(form).getByLabelText('Taux contractuel'));
    type('Taux contractuel (%)', '12,50', form);
    type('Montant minimum relancé', '75', form);
    await choose('Délai accordé par la mise en demeure', '15 jours');
    fireEvent.click(within(form).getByTestId('penalties-save'));
    await waitFor(() =>
      expect(bridge.inputsOf('penalties.update')).toEqual([
        {
          rule: 'contractual',
          contractualRateBp: 1250,
          recoveryIndemnityEnabled: true,
          minimumDunningCents: 7_500,
          paymentsStaleDays: 7,
          formalNoticeDeadlineDays: 15,
          promiseGraceDays: 2,
          defaultDunningPlanId: 1,
        },
      ]),
    );
  });

  it('shows the floor warning and the core’s refusal of a rate below the floor on the rate field', async () => {
    const bridge = settingsBridge({
      'penalties.get': () => ({ ...PENALTIES, floorWarning: 'Le taux contractuel est inférieur au plancher.' }),
      'penalties.update': () => {
        throw new FakeFailure(
          'validation',
          'Contractual rate 5.00 % is below 3 × the legal rate (9.15 %).',
          'contractualRateBp',
        );
      },
    });
    renderApp(bridge);
    await openTab('Pénalités et relances');
    const form = await screen.findByTestId('penalties-form');
    expect(within(form).getByTestId('floor-warning').textContent).toBe(
      'Le taux contractuel est inférieur au plancher.',
    );
    fireEvent.click(within(form).getByLabelText('Taux contractuel'));
    type('Taux contractuel (%)', '5', form);
    fireEvent.click(within(form).getByTestId('penalties-save'));
    await waitFor(() =>
      expect(helperText(field('Taux contractuel (%)', form))).toBe(
        'Saisie invalide — Contractual rate 5.00 % is below 3 × the legal rate (9.15 %).',
      ),
    );
    expect(bridge.inputsOf('penalties.update')[0]).toMatchObject({ rule: 'contractual', contractualRateBp: 500 });
  });
});

describe('settings: rate tables', () => {
  it('adds an ECB row and puts the core’s duplicate-date error on that row', async () => {
    const bridge = settingsBridge({
      'rates.ecb.save': () => {
        throw new FakeFailure(
          'conflict',
          'Row 3: 2025-06-11 is already in the table (row 2).',
          'rates.2.effectiveDate',
        );
      },
    });
    renderApp(bridge);
    await openTab('Taux BCE et taux légal');
    const table = await screen.findByTestId('ecb-rates');
    expect(within(table).getAllByTestId('ecb-rates-row')).toHaveLength(ECB_RATES.length);
    fireEvent.click(within(table).getByTestId('ecb-rates-add'));
    type('En vigueur au, ligne 3', '2025-06-11', table);
    type('Taux (%), ligne 3', '2,00', table);
    fireEvent.click(within(table).getByTestId('ecb-rates-save'));
    await waitFor(() =>
      expect(helperText(field('En vigueur au, ligne 3', table))).toBe(
        'Conflit avec une donnée existante — Row 3: 2025-06-11 is already in the table (row 2).',
      ),
    );
    expect(helperText(field('En vigueur au, ligne 2', table))).toBe('');
    expect(bridge.inputsOf('rates.ecb.save')).toEqual([
      {
        rates: [
          { effectiveDate: '2025-04-23', rateBp: 240 },
          { effectiveDate: '2025-06-11', rateBp: 215 },
          { effectiveDate: '2025-06-11', rateBp: 200 },
        ],
      },
    ]);
  });

  it('removes a legal-rate row after a confirmation and refuses a half-year that does not start a half', async () => {
    const bridge = settingsBridge();
    renderApp(bridge);
    await openTab('Taux BCE et taux légal');
    const table = await screen.findByTestId('legal-rates');
    fireEvent.click(within(table).getAllByTestId('remove-row')[0]!);
    fireEvent.click(within(await screen.findByTestId('confirm-dialog')).getByTestId('confirm-action'));
    await waitFor(() => expect(within(table).getAllByTestId('legal-rates-row')).toHaveLength(1));
    type('Semestre commençant le, ligne 1', '2026-08-01', table);
    fireEvent.click(within(table).getByTestId('legal-rates-save'));
    await waitFor(() =>
      expect(helperText(field('Semestre commençant le, ligne 1', table))).toBe('Un 1er janvier ou un 1er juillet'),
    );
    expect(bridge.inputsOf('rates.legal.save')).toEqual([]);
    type('Semestre commençant le, ligne 1', '2026-07-01', table);
    fireEvent.click(within(table).getByTestId('legal-rates-save'));
    await waitFor(() =>
      expect(bridge.inputsOf('rates.legal.save')).toEqual([
        { rates: [{ halfYearStart: '2026-07-01', professionalRateBp: 305, consumerRateBp: 655 }] },
      ]),
    );
  });
});

describe('settings in English', () => {
  it('names the tabs and fields in English', async () => {
    renderApp(settingsBridge(), 'en');
    const form = await screen.findByTestId('letterhead-form');
    expect(field('Legal name', form).value).toBe('Atelier Durand SARL');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Company and letterhead',
      'Penalties and reminders',
      'ECB and legal rates',
      'Dunning plans',
      'Letter templates',
      'Ledger',
    ]);
  });
});
