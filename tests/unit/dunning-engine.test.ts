import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DunningChannel } from '../../shared/contract/reminders.types';
import { addDays, daysBetween } from '../../shared/domain/dates';
import {
  dueActions,
  nextStep,
  type EngineClient,
  type EngineInvoice,
  type EngineStep,
} from '../../shared/domain/dunning/engine';

/** Property tests of the pure dunning engine: runs of the app on random increasing days, recording all it proposes. */

const BASE = '2026-01-01';
const channels: DunningChannel[] = ['email', 'letter', 'registered_letter', 'call', 'litigation'];

const planArb = fc
  .uniqueArray(fc.integer({ min: -15, max: 90 }), { minLength: 1, maxLength: 6 })
  .chain((offsets) =>
    fc
      .tuple(...offsets.map(() => fc.constantFrom(...channels)))
      .map((chs) =>
        offsets
          .map((offsetDays, i) => ({ stepId: 100 + offsetDays, offsetDays, channel: chs[i], templateId: 1 }))
          .sort((a, b) => a.offsetDays - b.offsetDays),
      ),
  );

interface ClientSpec {
  invoices: Array<{ dueIn: number; openCents: number; disputed: boolean }>;
  promised: boolean;
  clientDisputed: boolean;
  postponed: DunningChannel[];
}

const clientArb: fc.Arbitrary<ClientSpec> = fc.record({
  invoices: fc.array(
    fc.record({
      dueIn: fc.integer({ min: -40, max: 60 }),
      openCents: fc.integer({ min: 1, max: 200_000 }),
      disputed: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  promised: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  clientDisputed: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  postponed: fc.subarray(channels, { maxLength: 1 }),
});

const scenarioArb = fc.record({
  steps: planArb,
  clients: fc.array(clientArb, { minLength: 1, maxLength: 4 }),
  days: fc
    .uniqueArray(fc.integer({ min: 0, max: 160 }), { minLength: 1, maxLength: 25 })
    .map((d) => d.sort((a, b) => a - b)),
  minimumCents: fc.integer({ min: 0, max: 60_000 }),
});

type History = Map<number, Array<{ offsetDays: number; date: string }>>;

function engineClients(scenario: { steps: EngineStep[]; clients: ClientSpec[] }, history: History): EngineClient[] {
  return scenario.clients.map((c, ci) => ({
    clientId: ci + 1,
    steps: scenario.steps,
    promised: c.promised,
    clientDisputed: c.clientDisputed,
    postponed: c.postponed,
    invoices: c.invoices.map((inv, ii): EngineInvoice => {
      const invoiceId = (ci + 1) * 100 + ii;
      const done = history.get(invoiceId) ?? [];
      return {
        invoiceId,
        dueDate: addDays(BASE, inv.dueIn),
        openCents: inv.openCents,
        disputed: inv.disputed,
        last: done.length === 0 ? null : done[done.length - 1],
      };
    }),
  }));
}

/** Opens the app on each day, records everything proposed, and checks the rules on every run. */
function simulate(scenario: { steps: EngineStep[]; clients: ClientSpec[]; days: number[]; minimumCents: number }) {
  const history: History = new Map();
  for (const day of scenario.days) {
    const today = addDays(BASE, day);
    const clients = engineClients(scenario, history);
    const { actions } = dueActions(clients, { today, minimumCents: scenario.minimumCents });
    const keys = actions.map((a) => `${a.clientId}|${a.channel}`);
    expect(new Set(keys).size, 'one action per client and channel').toBe(keys.length);
    for (const action of actions) {
      const client = clients.find((c) => c.clientId === action.clientId)!;
      expect(client.promised || client.clientDisputed, 'promised or disputed client proposed').toBe(false);
      expect(client.postponed).not.toContain(action.channel);
      expect(action.totalOpenCents).toBeGreaterThanOrEqual(scenario.minimumCents);
      for (const due of action.invoices) {
        const invoice = client.invoices.find((i) => i.invoiceId === due.invoiceId)!;
        expect(invoice.disputed, 'disputed invoice proposed').toBe(false);
        const last = invoice.last;
        expect(due.offsetDays, 'a step proposed twice').toBeGreaterThan(last?.offsetDays ?? -Infinity);
        // Never skips a step: the one proposed is the next of the plan (courtesy ones drop once late).
        const late = today > invoice.dueDate;
        const expected = scenario.steps.find(
          (s) => s.offsetDays > (last?.offsetDays ?? -Infinity) && !(late && s.offsetDays < 0),
        );
        expect(due.offsetDays).toBe(expected?.offsetDays);
        // Catching up keeps the plan's spacing.
        if (last) expect(daysBetween(last.date, today)).toBeGreaterThanOrEqual(due.offsetDays - last.offsetDays);
        expect(today >= addDays(invoice.dueDate, due.offsetDays)).toBe(true);
      }
      expect(action.step.offsetDays).toBe(Math.max(...action.invoices.map((i) => i.offsetDays)));
      for (const due of action.invoices) {
        history.set(due.invoiceId, [
          ...(history.get(due.invoiceId) ?? []),
          { offsetDays: due.offsetDays, date: today },
        ]);
      }
    }
    // Nothing due is forgotten: an eligible invoice whose step is due is in an action unless its group is below
    // the minimum or postponed.
    for (const client of clients) {
      if (client.promised || client.clientDisputed) continue;
      for (const invoice of client.invoices) {
        const next = nextStep(client.steps, invoice, today);
        if (invoice.disputed || !next || next.dueOn > today || client.postponed.includes(next.step.channel)) continue;
        const inAction = actions.some((a) => a.invoices.some((i) => i.invoiceId === invoice.invoiceId));
        const group = client.invoices.filter((i) => {
          const n = nextStep(client.steps, i, today);
          return !i.disputed && n && n.dueOn <= today && n.step.channel === next.step.channel;
        });
        const groupOpen = group.reduce((sum, i) => sum + i.openCents, 0);
        expect(inAction).toBe(groupOpen >= scenario.minimumCents);
      }
    }
  }
  return history;
}

describe('dunning engine (properties)', () => {
  it('never proposes a step twice, never skips one, one action per client and channel, exclusions hold', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const history = simulate(scenario);
        for (const done of history.values()) {
          const offsets = done.map((d) => d.offsetDays);
          expect(new Set(offsets).size).toBe(offsets.length);
          expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('after a week closed, the step due appears once and the next one keeps its spacing', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 30 }),
        (steps, dueIn, openedUntil) => {
          const scenario = {
            steps,
            clients: [
              {
                invoices: [{ dueIn, openCents: 50_000, disputed: false }],
                promised: false,
                clientDisputed: false,
                postponed: [],
              },
            ],
            minimumCents: 0,
            // Open every day, then closed for a week, then open every day again.
            days: [
              ...Array.from({ length: openedUntil }, (_, i) => i),
              ...Array.from({ length: 40 }, (_, i) => openedUntil + 7 + i),
            ],
          };
          const history = simulate(scenario);
          const done = history.get(101) ?? [];
          const reopened = addDays(BASE, openedUntil + 7);
          expect(done.filter((d) => d.date === reopened).length).toBeLessThanOrEqual(1);
          for (let i = 1; i < done.length; i += 1) {
            expect(daysBetween(done[i - 1].date, done[i].date)).toBeGreaterThanOrEqual(
              done[i].offsetDays - done[i - 1].offsetDays,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
