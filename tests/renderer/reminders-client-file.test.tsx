import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { TimelineEntry } from '../../shared/contract/client-file.types';
import type { DunningPlan } from '../../shared/contract/reminders.types';
import { createI18n } from '../../renderer/i18n/i18n';
import { timelineSummary } from '../../renderer/timeline/timeline-text';
import { CLIENT, CLIENT_FILE, clientFileBridge } from './client-file-fixtures';
import { FakeFailure } from './fake-bridge';
import { choose } from './form-helpers';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', () => import('./chart-mock'));

/** Reminders as the client's file shows them: the plan it follows, and what was done in its timeline. */

const entry = (id: number, kind: string, summary: string, data: Record<string, unknown>): TimelineEntry => ({
  id,
  clientId: 21,
  kind,
  occurredAt: '2026-11-22T10:00:00.000Z',
  actor: '',
  summary,
  invoiceId: null,
  data,
});

const REMINDER_DONE = entry(12, 'reminder.done', 'Mise en demeure par lettre recommandée : 2 factures, 7 999,77 €', {
  reminderId: 40,
  channel: 'registered_letter',
  offsetDays: 45,
  level: 'formal_notice',
  invoices: [
    { id: 562, number: 'FA-2026-001298', offsetDays: 45 },
    { id: 563, number: 'FA-2026-001408', offsetDays: 45 },
  ],
});
const REMINDER_ENTRIES = [
  entry(14, 'reminder.tracking', 'N° de recommandé 1A23 (lettre du 22/11/2026)', {
    reminderId: 40,
    trackingNumber: '1A23',
  }),
  entry(13, 'reminder.postponed', 'Relance par e-mail reportée au 01/12/2026', {
    channel: 'email',
    until: '2026-12-01',
  }),
  REMINDER_DONE,
  entry(11, 'reminder.skipped', 'Relance 1 par courrier : 1 facture, 1 200,00 € — étape J+7 passée sans envoi', {
    channel: 'letter',
    offsetDays: 7,
    level: 'reminder_1',
    invoices: [{ id: 560, number: 'FA-2026-000892', offsetDays: 7 }],
  }),
];

function plan(id: number, code: string, name: string, isDefault = false): DunningPlan {
  return { id, code, name, description: '', archived: false, steps: [], clientCount: 0, isDefault };
}
const PLANS = [
  plan(1, 'standard', 'Standard', true),
  plan(2, 'strict', 'Strict (clients à risque)'),
  plan(3, 'gentle', 'Souple'),
];

describe('reminders in the client’s timeline', () => {
  it('labels them, reads them in the user’s language, and has a Relances filter', async () => {
    const bridge = clientFileBridge('#/clients/21?tab=timeline', {
      'timeline.list': () => ({ rows: REMINDER_ENTRIES, total: 4 }),
    });
    renderApp(bridge);
    const entries = await screen.findAllByTestId('timeline-entry');
    expect(entries.map((e) => within(e).getByTestId('timeline-label').textContent)).toEqual([
      'N° de recommandé',
      'Relance reportée',
      'Relance faite',
      'Étape de relance ignorée',
    ]);
    expect(entries.map((e) => within(e).getByTestId('timeline-summary').textContent)).toEqual([
      'N° de recommandé 1A23',
      'Relance (E-mail) reportée au 01/12/2026',
      'Mise en demeure · J+45 · Recommandé AR — FA-2026-001298, FA-2026-001408 — 7 999,77 €',
      'Relance 1 · J+7 ignorée, sans envoi',
    ]);
    fireEvent.click(screen.getByTestId('timeline-filter-reminder'));
    expect(screen.getByTestId('timeline-filter-reminder').textContent).toBe('Relances');
    await waitFor(() =>
      expect(bridge.inputsOf('timeline.list').at(-1)).toEqual({ clientId: 21, limit: 50, kinds: ['reminder'] }),
    );
  });

  it('reads them in English too, and falls back to the core’s text when the data is not understood', () => {
    const { t } = createI18n('en');
    expect(timelineSummary(REMINDER_DONE, t)).toBe(
      'Formal notice · J+45 · Registered letter — FA-2026-001298, FA-2026-001408 — 7 999,77 €',
    );
    const call = entry(16, 'reminder.done', 'Appel par téléphone : 1 facture, 20,00 €', {
      channel: 'call',
      offsetDays: 15,
      level: 'call_script',
      invoices: [{ id: 1, number: 'FA-1', offsetDays: 15 }],
    });
    expect(timelineSummary(call, t)).toBe('Call · J+15 — FA-1 — 20,00 €');
    const odd = entry(15, 'reminder.done', 'Relance faite (ancienne version)', { channel: 'pigeon' });
    expect(timelineSummary(odd, t)).toBe('Relance faite (ancienne version)');
  });
});

describe('the client’s dunning plan', () => {
  it('names the plan followed, the default one said so, and changes it', async () => {
    const bridge = clientFileBridge('#/clients/21', {
      'clients.file': () => ({ ...CLIENT_FILE, dunningPlanName: 'Standard', dunningPlanIsDefault: true }),
      'dunningPlans.list': () => PLANS,
      'dunningPlans.assign': () => null,
    });
    renderApp(bridge);
    const row = await screen.findByTestId('client-dunning-plan');
    expect(within(row).getByTestId('client-dunning-plan-name').textContent).toBe('Standard (scénario par défaut)');
    expect(bridge.inputsOf('dunningPlans.list')).toEqual([{ includeArchived: false }]);
    // The select shows once the plans have loaded.
    await screen.findByRole('combobox', { name: 'Changer de scénario' });
    await choose('Changer de scénario', 'Strict (clients à risque)');
    await waitFor(() => expect(bridge.inputsOf('dunningPlans.assign')).toEqual([{ clientId: 21, planId: 2 }]));
    expect((await screen.findByTestId('notification')).textContent).toBe(
      'Scénario de relance : Strict (clients à risque)',
    );
  });

  it('goes back to the default plan, and shows a refusal', async () => {
    const bridge = clientFileBridge('#/clients/21', {
      'clients.file': () => ({
        ...CLIENT_FILE,
        client: { ...CLIENT, dunningPlanId: 3 },
        dunningPlanName: 'Souple',
        dunningPlanIsDefault: false,
      }),
      'dunningPlans.list': () => PLANS,
      'dunningPlans.assign': (input) => {
        if (input.planId === 2) throw new FakeFailure('not_found', 'Dunning plan 2 does not exist.', 'planId');
        return null;
      },
    });
    renderApp(bridge);
    const row = await screen.findByTestId('client-dunning-plan');
    expect(within(row).getByTestId('client-dunning-plan-name').textContent).toBe('Souple');
    await screen.findByRole('combobox', { name: 'Changer de scénario' });
    await choose('Changer de scénario', 'Scénario par défaut (Standard)');
    await waitFor(() => expect(bridge.inputsOf('dunningPlans.assign')).toEqual([{ clientId: 21, planId: null }]));
    // The select is disabled while the first change is saved; choose again once it is back.
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Changer de scénario' }).getAttribute('aria-disabled')).not.toBe(
        'true',
      ),
    );
    await choose('Changer de scénario', 'Strict (clients à risque)');
    expect((await within(row).findByTestId('api-error')).textContent).toContain('Dunning plan 2 does not exist.');
  });
});
