import type {
  DunningPlan,
  EcbRate,
  LegalRate,
  LetterTemplate,
  PenaltySettings,
  TemplatePreview,
} from '../../shared/contract/reminders.types';
import { findUnknownFields, MERGE_FIELDS } from '../../shared/domain/templates/merge-fields';
import { createFakeBridge, FakeFailure, type FakeHandlers } from './fake-bridge';
import { COMPANY, DEMO_LEDGER, workspace } from './fixtures';

/** The settings screen's data as the core would answer it for a freshly migrated ledger. */

export const PENALTIES: PenaltySettings = {
  rule: 'ecb_plus_10',
  contractualRateBp: null,
  recoveryIndemnityEnabled: true,
  minimumDunningCents: 5_000,
  paymentsStaleDays: 7,
  formalNoticeDeadlineDays: 8,
  promiseGraceDays: 2,
  defaultDunningPlanId: 1,
  floorWarning: null,
};

export const ECB_RATES: EcbRate[] = [
  { effectiveDate: '2025-04-23', rateBp: 240 },
  { effectiveDate: '2025-06-11', rateBp: 215 },
];

export const LEGAL_RATES: LegalRate[] = [
  { halfYearStart: '2026-01-01', professionalRateBp: 662, consumerRateBp: 662 },
  { halfYearStart: '2026-07-01', professionalRateBp: 305, consumerRateBp: 655 },
];

export function template(overrides: Partial<LetterTemplate> & { id: number }): LetterTemplate {
  return {
    code: `fr.t${overrides.id}`,
    name: `Modèle ${overrides.id}`,
    language: 'fr',
    level: 'reminder_1',
    subject: 'Relance',
    body: 'Madame, Monsieur,\n\n{{invoices.table}}',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

export const TEMPLATES: LetterTemplate[] = [
  template({ id: 11, code: 'fr.reminder_1', name: 'Première relance', level: 'reminder_1' }),
  template({
    id: 10,
    code: 'fr.courtesy',
    name: 'Rappel de courtoisie',
    level: 'courtesy',
    subject: 'Rappel : échéance prochaine',
    body: 'Madame, Monsieur,\n\nLes factures ci-dessous arrivent à échéance.\n\n{{invoices.table}}\n\n{{payment.details}}',
  }),
  template({ id: 12, code: 'fr.formal_notice', name: 'Mise en demeure', level: 'formal_notice' }),
  template({ id: 20, code: 'en.reminder_1', name: 'First reminder', language: 'en', level: 'reminder_1' }),
];

export const PLANS: DunningPlan[] = [
  {
    id: 1,
    code: 'standard',
    name: 'Standard',
    description: 'Le scénario par défaut.',
    archived: false,
    clientCount: 120,
    isDefault: true,
    steps: [
      { id: 101, position: 1, offsetDays: -5, channel: 'email', templateId: 10 },
      { id: 102, position: 2, offsetDays: 7, channel: 'letter', templateId: 11 },
      { id: 103, position: 3, offsetDays: 45, channel: 'registered_letter', templateId: 12 },
    ],
  },
  {
    id: 2,
    code: 'gentle',
    name: 'Doux (grands comptes)',
    description: 'Pour les clients clés.',
    archived: false,
    clientCount: 4,
    isDefault: false,
    steps: [{ id: 201, position: 1, offsetDays: 15, channel: 'email', templateId: 11 }],
  },
];

/** Merges like the core: an unknown field is refused with its name and the field it is in. */
export function fakePreview(input: { subject: string; body: string }): TemplatePreview {
  for (const name of ['subject', 'body'] as const) {
    const unknown = findUnknownFields(input[name]);
    if (unknown.length > 0) {
      throw new FakeFailure('validation', `Champ de fusion inconnu : {{${unknown[0]}}}`, name);
    }
  }
  const fill = (text: string) => text.replaceAll('{{client.name}}', 'Boulangerie Martin');
  const parts = input.body.split(/\n\s*\n/).map((chunk) => {
    const trimmed = chunk.trim();
    if (trimmed === '{{invoices.table}}') return { kind: 'invoices' as const };
    if (trimmed === '{{totals.table}}') return { kind: 'totals' as const };
    if (trimmed === '{{payment.details}}') return { kind: 'payment' as const };
    return { kind: 'paragraph' as const, text: fill(trimmed) };
  });
  return {
    letter: { subject: fill(input.subject), parts },
    invoices: [
      {
        invoiceId: 1,
        number: 'FA-2026-000123',
        issueDate: '2026-09-01',
        dueDate: '2026-10-01',
        amountCents: 120_000,
        openCents: 120_000,
        daysLate: 52,
        interestCents: 0,
        indemnityCents: 0,
      },
    ],
    totals: { openCents: 120_000, overdueCents: 120_000, interestCents: 0, indemnityCents: 0, claimedCents: 120_000 },
  };
}

/** The app opened on the settings screen, answering every call the settings tabs make. */
export function settingsBridge(overrides: FakeHandlers = {}) {
  window.history.replaceState(null, '', '/#/settings');
  return createFakeBridge({
    'ledger.state': () => workspace({ current: DEMO_LEDGER, firstLaunch: false }),
    'company.get': () => COMPANY,
    'company.update': (input) => ({ ...COMPANY, ...input, updatedAt: '2026-11-22T10:00:00.000Z' }),
    'letterhead.logo': () => null,
    'penalties.get': () => PENALTIES,
    'penalties.update': (input) => ({ ...PENALTIES, ...input }),
    'rates.ecb.list': () => ECB_RATES,
    'rates.ecb.save': (input) => input.rates,
    'rates.legal.list': () => LEGAL_RATES,
    'rates.legal.save': (input) => input.rates,
    'dunningPlans.list': () => PLANS,
    'dunningPlans.save': (input) => ({
      ...PLANS[0]!,
      ...input,
      id: input.id ?? 99,
      steps: input.steps.map((step, i) => ({ ...step, id: 500 + i, position: i + 1 })),
    }),
    'templates.list': () => TEMPLATES,
    'templates.fields': () => MERGE_FIELDS,
    'templates.preview': fakePreview,
    'templates.save': (input) => template({ ...input, id: input.id ?? 77 }),
    ...overrides,
  });
}
