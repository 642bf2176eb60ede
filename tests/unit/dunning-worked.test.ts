import { describe, expect, it } from 'vitest';
import { dueActions, nextStep, type EngineClient, type EngineStep } from '../../shared/domain/dunning/engine';

/** Worked examples of the engine on the shipped standard plan. */

const STANDARD: EngineStep[] = [
  { stepId: 1, offsetDays: -5, channel: 'email', templateId: 1 },
  { stepId: 2, offsetDays: 7, channel: 'letter', templateId: 2 },
  { stepId: 3, offsetDays: 15, channel: 'call', templateId: 3 },
  { stepId: 4, offsetDays: 30, channel: 'letter', templateId: 4 },
  { stepId: 5, offsetDays: 45, channel: 'registered_letter', templateId: 5 },
  { stepId: 6, offsetDays: 60, channel: 'litigation', templateId: 6 },
];

const invoice = (invoiceId: number, dueDate: string, last: { offsetDays: number; date: string } | null = null) => ({
  invoiceId,
  dueDate,
  openCents: 10_000,
  disputed: false,
  last,
});

const client = (overrides: Partial<EngineClient> = {}): EngineClient => ({
  clientId: 1,
  steps: STANDARD,
  invoices: [],
  promised: false,
  clientDisputed: false,
  postponed: [],
  ...overrides,
});

describe('dunning engine (worked examples)', () => {
  it('sends the courtesy email five days before the due date, and not once the invoice is late', () => {
    expect(nextStep(STANDARD, invoice(1, '2026-11-27'), '2026-11-22')).toMatchObject({
      step: { offsetDays: -5 },
      dueOn: '2026-11-22',
    });
    expect(nextStep(STANDARD, invoice(1, '2026-11-21'), '2026-11-22')).toMatchObject({
      step: { offsetDays: 7 },
      dueOn: '2026-11-28',
    });
  });

  it('keeps the spacing after a late step: J+30 done on day 40 puts J+45 on day 55', () => {
    const next = nextStep(STANDARD, invoice(1, '2026-09-01', { offsetDays: 30, date: '2026-10-11' }), '2026-10-20');
    expect(next).toEqual({ step: STANDARD[4], dueOn: '2026-10-26' });
  });

  it('has nothing left once the last step is done', () => {
    expect(nextStep(STANDARD, invoice(1, '2026-01-01', { offsetDays: 60, date: '2026-03-02' }), '2026-11-22')).toBe(
      null,
    );
  });

  it('splits one client by channel and counts its exclusions once', () => {
    const result = dueActions(
      [
        client({
          invoices: [
            invoice(1, '2026-11-14'), // J+8 → letter
            invoice(2, '2026-11-01', { offsetDays: 7, date: '2026-11-08' }), // J+21 → call
            invoice(3, '2026-11-26'), // J-4 → courtesy email
            { ...invoice(4, '2026-11-10'), disputed: true },
          ],
          postponed: ['email'],
        }),
        client({ clientId: 2, invoices: [invoice(5, '2026-11-01')], promised: true }),
      ],
      { today: '2026-11-22', minimumCents: 0 },
    );
    expect(
      result.actions.map((a) => [a.clientId, a.channel, a.step.offsetDays, a.invoices.map((i) => i.invoiceId)]),
    ).toEqual([
      [1, 'letter', 7, [1]],
      [1, 'call', 15, [2]],
    ]);
    expect(result.excluded).toEqual({ disputed: 0, promised: 1, belowMinimum: 0, postponed: 1 });
  });
});
