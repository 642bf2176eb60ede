import type {
  CallList,
  CallListRow,
  CallSheet,
  CollectorStats,
  LoggedCall,
  PromiseList,
  PromiseToPay,
} from '../../shared/contract/calls.types';
import type { InputOf } from '../../shared/contract/contract';
import { clientFileHandlers } from './client-file-fixtures';
import { createFakeBridge, type FakeHandlers } from './fake-bridge';

/** The day's call list and sheets as the core would answer them (today = 2026-11-22). */

const NO_POINTS = { score: 0, overduePoints: 0, latenessPoints: 0, brokenPromisePoints: 0, creditLimitPoints: 0 };

export function callRow(overrides: Partial<CallListRow> & { clientId: number }): CallListRow {
  return {
    clientCode: `C${String(overrides.clientId).padStart(5, '0')}`,
    clientName: `Client ${overrides.clientId}`,
    collectorId: null,
    collectorName: '',
    phone: {
      number: '01 23 45 67 89',
      e164: '+33123456789',
      tel: 'tel:+33123456789',
      display: '01 23 45 67 89',
      kind: 'phone',
      contactId: overrides.clientId * 10,
      contactName: 'Service comptabilité',
    },
    overdueCents: 100_000,
    oldestDaysLate: 20,
    exposureCents: 100_000,
    creditLimitCents: null,
    brokenPromises: 0,
    lastAction: null,
    reasons: [],
    priority: NO_POINTS,
    ...overrides,
  };
}

export const SCHMITT = callRow({
  clientId: 21,
  clientCode: 'C00021',
  clientName: 'Emballages Schmitt SARL',
  collectorId: 3,
  collectorName: 'Julie Lefèvre',
  overdueCents: 420_000,
  oldestDaysLate: 95,
  exposureCents: 1_200_000,
  creditLimitCents: 900_000,
  brokenPromises: 1,
  lastAction: { kind: 'reminder.done', occurredAt: '2026-11-15T09:00:00.000Z', summary: 'Relance 2 · Courrier' },
  reasons: [
    { kind: 'broken_promise', promiseId: 4, promisedDate: '2026-11-10', amountCents: 200_000, brokenOn: '2026-11-13' },
    { kind: 'credit_limit', exposureCents: 1_200_000, creditLimitCents: 900_000 },
  ],
  priority: { score: 107, overduePoints: 36, latenessPoints: 31, brokenPromisePoints: 15, creditLimitPoints: 15 },
});
export const DUBOIS = callRow({
  clientId: 9,
  clientCode: 'C00009',
  clientName: 'Dubois Transports',
  reasons: [{ kind: 'call_step', stepId: 3, offsetDays: 15, planName: 'Standard', templateId: 6, invoiceIds: [90] }],
  priority: { score: 36, overduePoints: 30, latenessPoints: 6, brokenPromisePoints: 0, creditLimitPoints: 0 },
});
export const MARTIN = callRow({
  clientId: 7,
  clientCode: 'C00007',
  clientName: 'Boulangerie Martin',
  phone: null,
  reasons: [{ kind: 'callback', callId: 12, dueDate: '2026-11-22', note: 'Rappeler après 14 h' }],
  priority: { score: 25, overduePoints: 20, latenessPoints: 5, brokenPromisePoints: 0, creditLimitPoints: 0 },
});

export const CALL_LIST: CallList = {
  today: '2026-11-22',
  collectorId: null,
  rows: [SCHMITT, DUBOIS, MARTIN],
  totalOverdueCents: 620_000,
};

export function callSheet(row: CallListRow): CallSheet {
  return {
    today: '2026-11-22',
    client: {
      id: row.clientId,
      code: row.clientCode,
      name: row.clientName,
      archived: false,
      collectorId: row.collectorId,
      collectorName: row.collectorName,
      creditLimitCents: row.creditLimitCents,
      exposureCents: row.exposureCents,
      overdueCents: row.overdueCents,
      oldestDaysLate: row.oldestDaysLate,
    },
    phones: row.phone ? [row.phone] : [],
    badPhones: [],
    invoices: [
      {
        invoiceId: row.clientId * 10,
        number: `FA-${row.clientId}-1`,
        issueDate: '2026-07-01',
        dueDate: '2026-08-19',
        amountCents: 300_000,
        openCents: 300_000,
        daysLate: 95,
        disputed: false,
      },
      {
        invoiceId: row.clientId * 10 + 1,
        number: `FA-${row.clientId}-2`,
        issueDate: '2026-09-01',
        dueDate: '2026-10-15',
        amountCents: 120_000,
        openCents: 120_000,
        daysLate: 38,
        disputed: false,
      },
      {
        invoiceId: row.clientId * 10 + 2,
        number: `FA-${row.clientId}-3`,
        issueDate: '2026-11-01',
        dueDate: '2026-12-15',
        amountCents: 80_000,
        openCents: 80_000,
        daysLate: 0,
        disputed: false,
      },
    ],
    disputes: [],
    promises: [],
    calls: [],
    timeline: [],
    script: { templateId: 6, subject: 'Appel de relance', paragraphs: ['Bonjour, je vous appelle au sujet de…'] },
    reasons: row.reasons,
  };
}

export function promise(overrides: Partial<PromiseToPay> & { id: number }): PromiseToPay {
  return {
    clientId: 21,
    clientCode: 'C00021',
    clientName: 'Emballages Schmitt SARL',
    createdOn: '2026-11-20',
    promisedDate: '2026-11-30',
    amountCents: 250_000,
    graceEndsOn: '2026-12-03',
    paidCents: 0,
    status: 'open',
    settledOn: null,
    collectorId: 3,
    note: '',
    invoices: [{ invoiceId: 210, number: 'FA-21-1', openCents: 300_000 }],
    ...overrides,
  };
}

export const PROMISES: PromiseList = {
  today: '2026-11-22',
  promises: [
    promise({ id: 1 }),
    promise({
      id: 2,
      clientId: 9,
      clientName: 'Dubois Transports',
      promisedDate: '2026-12-05',
      amountCents: 50_000,
      invoices: [],
    }),
  ],
  totalCents: 300_000,
};

export const STATS: CollectorStats = {
  from: '2026-10-23',
  to: '2026-11-22',
  rows: [
    {
      collectorId: 3,
      collectorName: 'Julie Lefèvre',
      calls: 40,
      reached: 25,
      reachedRate: 0.625,
      promises: 8,
      promisesKept: 5,
      promisesBroken: 2,
      promisesKeptRate: 5 / 7,
      collectedCents: 1_234_500,
    },
    {
      collectorId: null,
      collectorName: '',
      calls: 3,
      reached: 0,
      reachedRate: 0,
      promises: 0,
      promisesKept: 0,
      promisesBroken: 0,
      promisesKeptRate: null,
      collectedCents: 0,
    },
  ],
};

/** What calls.log answers: the call as recorded, with the promise it produced. */
export function loggedCall(input: InputOf<'calls.log'>): LoggedCall {
  return {
    call: {
      id: 100,
      clientId: input.clientId,
      contactId: input.contactId ?? null,
      contactName: '',
      phone: input.phone,
      tel: `tel:${input.phone}`,
      callDate: '2026-11-22',
      calledAt: '2026-11-22T10:00:00.000Z',
      outcome: input.outcome,
      note: input.note ?? '',
      nextActionDate: input.nextActionDate ?? null,
      collectorId: null,
      collectorName: '',
      promiseId: input.promise ? 50 : null,
      disputeId: null,
      reminderId: null,
    },
    promise: null,
    dispute: null,
  };
}

/** The app opened on the Appels screen, answering from the constants above; tests override what they check. */
export function callsBridge(handlers: FakeHandlers = {}) {
  window.history.replaceState(null, '', '/#/calls');
  const rows = [SCHMITT, DUBOIS, MARTIN];
  return createFakeBridge({
    ...clientFileHandlers(),
    'calls.list': () => CALL_LIST,
    'calls.sheet': (input) => callSheet(rows.find((row) => row.clientId === input.clientId)!),
    'calls.log': (input) => loggedCall(input),
    'promises.list': () => PROMISES,
    'collectors.stats': () => STATS,
    ...handlers,
  });
}
