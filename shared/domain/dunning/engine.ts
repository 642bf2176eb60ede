import type { DunningChannel } from '../../contract/reminders.types';
import { addDays, daysBetween, type IsoDate } from '../dates';

/**
 * The dunning engine (DESIGN §5), pure: from the plan, each invoice's history and `today`, the actions due.
 * It never asks "did a job run on that day": an invoice's next step is derived from the largest offset already
 * done for it, so a closed laptop catches up once and nothing is ever proposed twice.
 */

export interface EngineStep {
  stepId: number;
  offsetDays: number;
  channel: DunningChannel;
  templateId: number | null;
}

export interface EngineInvoice {
  invoiceId: number;
  dueDate: IsoDate;
  openCents: number;
  /** An active dispute on this invoice. */
  disputed: boolean;
  /** The largest offset recorded for it (done or skipped) and the date of that reminder. */
  last: { offsetDays: number; date: IsoDate } | null;
}

export interface EngineClient {
  clientId: number;
  /** The client's plan, ordered by offset. */
  steps: readonly EngineStep[];
  invoices: readonly EngineInvoice[];
  /** An open promise to pay (within its grace days): the whole client waits. */
  promised: boolean;
  /** A dispute on the client as a whole. */
  clientDisputed: boolean;
  /** Channels hidden until a later date. */
  postponed: readonly DunningChannel[];
}

export interface DueInvoice {
  invoiceId: number;
  /** The step this invoice reaches. */
  offsetDays: number;
}

export interface DueAction {
  clientId: number;
  channel: DunningChannel;
  /** The most advanced step of the group: its template and level are the letter's. */
  step: EngineStep;
  invoices: DueInvoice[];
  totalOpenCents: number;
}

export interface Exclusions {
  disputed: number;
  promised: number;
  belowMinimum: number;
  postponed: number;
}

export interface EngineResult {
  actions: DueAction[];
  excluded: Exclusions;
}

export interface NextStep {
  step: EngineStep;
  dueOn: IsoDate;
}

const DAY_MS = 86_400_000;

/** Day number of an ISO date (days since 1970-01-01, UTC): the engine compares numbers, not strings. */
function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function nextStepDay(
  steps: readonly EngineStep[],
  invoice: EngineInvoice,
  today: number,
): { step: EngineStep; dueDay: number } | null {
  const due = dayNumber(invoice.dueDate);
  const late = today > due;
  const last = invoice.last;
  const step = steps.find((s) => (last === null || s.offsetDays > last.offsetDays) && !(late && s.offsetDays < 0));
  if (!step) return null;
  let dueDay = due + step.offsetDays;
  // Catching up keeps the spacing of the plan: the next step comes its gap after the last one done.
  if (last) dueDay = Math.max(dueDay, dayNumber(last.date) + step.offsetDays - last.offsetDays);
  return { step, dueDay };
}

/** The step an invoice goes to next and the day it falls due, or null when the plan is done with it. */
export function nextStep(steps: readonly EngineStep[], invoice: EngineInvoice, today: IsoDate): NextStep | null {
  const next = nextStepDay(steps, invoice, dayNumber(today));
  return next && { step: next.step, dueOn: addDays('1970-01-01', next.dueDay) };
}

/** The due steps of one client's undisputed invoices; `disputedOnly` when only disputed ones were due. */
function dueInvoicesOf(
  client: EngineClient,
  today: number,
): { due: Array<{ invoice: EngineInvoice; step: EngineStep }>; disputedOnly: boolean } {
  const due: Array<{ invoice: EngineInvoice; step: EngineStep }> = [];
  let disputedDue = 0;
  for (const invoice of client.invoices) {
    const next = nextStepDay(client.steps, invoice, today);
    if (!next || next.dueDay > today) continue;
    if (invoice.disputed) disputedDue += 1;
    else due.push({ invoice, step: next.step });
  }
  return { due, disputedOnly: due.length === 0 && disputedDue > 0 };
}

/** The day's actions: one per client and channel, covering every due invoice of that client on that channel. */
export function dueActions(
  clients: readonly EngineClient[],
  options: { today: IsoDate; minimumCents: number },
): EngineResult {
  const { minimumCents } = options;
  const todayDay = dayNumber(options.today);
  const excluded: Exclusions = { disputed: 0, promised: 0, belowMinimum: 0, postponed: 0 };
  const actions: DueAction[] = [];
  for (const client of clients) {
    const { due, disputedOnly } = dueInvoicesOf(client, todayDay);
    if (due.length === 0) {
      if (disputedOnly) excluded[client.promised ? 'promised' : 'disputed'] += 1;
      continue;
    }
    if (client.promised) {
      excluded.promised += 1;
      continue;
    }
    if (client.clientDisputed) {
      excluded.disputed += 1;
      continue;
    }
    const byChannel = new Map<DunningChannel, Array<{ invoice: EngineInvoice; step: EngineStep }>>();
    for (const entry of due) {
      const group = byChannel.get(entry.step.channel) ?? [];
      group.push(entry);
      byChannel.set(entry.step.channel, group);
    }
    let postponed = false;
    let belowMinimum = false;
    for (const [channel, group] of byChannel) {
      if (client.postponed.includes(channel)) {
        postponed = true;
        continue;
      }
      const totalOpenCents = group.reduce((sum, e) => sum + e.invoice.openCents, 0);
      if (totalOpenCents < minimumCents) {
        belowMinimum = true;
        continue;
      }
      const step = group.reduce((best, e) => (e.step.offsetDays > best.offsetDays ? e.step : best), group[0].step);
      actions.push({
        clientId: client.clientId,
        channel,
        step,
        invoices: group.map((e) => ({ invoiceId: e.invoice.invoiceId, offsetDays: e.step.offsetDays })),
        totalOpenCents,
      });
    }
    if (postponed) excluded.postponed += 1;
    if (belowMinimum) excluded.belowMinimum += 1;
  }
  return { actions, excluded };
}

/** The largest lead of a courtesy step (days before the due date), 0 when the plans have none. */
export function courtesyLead(plans: Iterable<readonly EngineStep[]>): number {
  let lead = 0;
  for (const steps of plans) for (const s of steps) if (s.offsetDays < 0) lead = Math.max(lead, -s.offsetDays);
  return lead;
}

/** Days late on `today` (negative before the due date). */
export function daysLate(dueDate: IsoDate, today: IsoDate): number {
  return daysBetween(dueDate, today);
}
