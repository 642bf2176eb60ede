import type Database from 'better-sqlite3';
import { addDays, type IsoDate } from '../../../shared/domain/dates';
import { formatCentsPlain } from '../format';
import { CHANNEL_WAYS, LEVEL_NAMES, stepLabel } from '../reminders/labels';
import type { TemplateLevel, DunningChannel } from '../../../shared/contract/reminders.types';

/** Steps done in the past stop short of these: the demo's queue then shows formal notices and hand-overs due. */
const NEVER_PRE_DONE: ReadonlySet<string> = new Set(['registered_letter', 'litigation']);
/** Steps that fell due in the last few days are left for the day's queue. */
const LEFT_FOR_THE_QUEUE_DAYS = 4;

interface StepRow {
  id: number;
  plan_id: number;
  offset_days: number;
  channel: DunningChannel;
  template_id: number | null;
  level: TemplateLevel | null;
}

interface InvoiceRow {
  id: number;
  client_id: number;
  number: string;
  due_date: IsoDate;
  open_cents: number;
  plan_id: number | null;
}

interface Action {
  clientId: number;
  planId: number;
  step: StepRow;
  date: IsoDate;
  invoices: InvoiceRow[];
  /** The step offset each invoice reaches with this action. */
  offsets: Map<number, number>;
}

/**
 * The follow-up the demo company has already done, as if the app had run every day: each open overdue
 * invoice went through its client's plan up to the second reminder, each step on the day it fell due, one
 * action per client, channel and day (what the engine proposes, then recorded as done). Without it the
 * first queue would hold only first reminders; with it, it shows every stage. Returns the actions written.
 */
export function seedReminderHistory(sqlite: Database.Database, today: IsoDate): number {
  const steps = sqlite
    .prepare(
      `SELECT s.id, s.plan_id, s.offset_days, s.channel, s.template_id, t.level
       FROM dunning_step s LEFT JOIN letter_template t ON t.id = s.template_id
       ORDER BY s.plan_id, s.offset_days`,
    )
    .all() as StepRow[];
  const defaultPlan =
    (sqlite.prepare('SELECT default_dunning_plan_id FROM company').pluck().get() as number | null) ?? 0;
  const invoices = sqlite
    .prepare(
      `SELECT i.id, i.client_id, i.number, i.due_date, i.amount_cents - i.allocated_cents AS open_cents,
              c.dunning_plan_id AS plan_id
       FROM invoice i JOIN client c ON c.id = i.client_id
       WHERE i.kind = 'invoice' AND i.status = 'issued' AND i.allocated_cents < i.amount_cents
         AND i.due_date < ? AND c.archived = 0
         AND NOT EXISTS (SELECT 1 FROM dispute d WHERE d.invoice_id = i.id AND d.status <> 'resolved')`,
    )
    .all(today) as InvoiceRow[];

  const lastDoneDay = addDays(today, -LEFT_FOR_THE_QUEUE_DAYS);
  const actions = new Map<string, Action>();
  for (const invoice of invoices) {
    const planId = invoice.plan_id ?? defaultPlan;
    for (const step of steps) {
      if (step.plan_id !== planId) continue;
      if (NEVER_PRE_DONE.has(step.channel)) break;
      const date = addDays(invoice.due_date, step.offset_days);
      if (date > lastDoneDay) break;
      const key = `${invoice.client_id}|${step.channel}|${date}`;
      const action = actions.get(key) ?? {
        clientId: invoice.client_id,
        planId,
        step,
        date,
        invoices: [],
        offsets: new Map<number, number>(),
      };
      // Invoices grouped in one action each reach their own step; the action carries the most advanced one.
      if (step.offset_days > action.step.offset_days) action.step = step;
      action.invoices.push(invoice);
      action.offsets.set(invoice.id, step.offset_days);
      actions.set(key, action);
    }
  }

  const insertReminder = sqlite.prepare(
    `INSERT INTO reminder (client_id, plan_id, step_id, offset_days, channel, template_id, level, date, status,
       open_cents, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'done', ?, ?, ?)`,
  );
  const insertInvoice = sqlite.prepare(
    'INSERT INTO reminder_invoice (reminder_id, invoice_id, offset_days, open_cents) VALUES (?, ?, ?, ?)',
  );
  const insertActivity = sqlite.prepare(
    `INSERT INTO activity (client_id, kind, occurred_at, summary, data, invoice_id, created_at, updated_at)
     VALUES (?, 'reminder.done', ?, ?, ?, ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (const action of actions.values()) {
      const { offsets } = action;
      const openCents = action.invoices.reduce((sum, invoice) => sum + invoice.open_cents, 0);
      const stamp = `${action.date}T09:00:00.000Z`;
      const { step } = action;
      const reminderId = Number(
        insertReminder.run(
          action.clientId,
          action.planId || null,
          step.id,
          step.offset_days,
          step.channel,
          step.template_id,
          step.level,
          action.date,
          openCents,
          stamp,
          stamp,
        ).lastInsertRowid,
      );
      for (const invoice of action.invoices) {
        insertInvoice.run(reminderId, invoice.id, offsets.get(invoice.id) ?? step.offset_days, invoice.open_cents);
      }
      const level = step.level ? LEVEL_NAMES[step.level] : `Étape ${stepLabel(step.offset_days)}`;
      const count = action.invoices.length;
      const summary = `${level} ${CHANNEL_WAYS[step.channel]} : ${count} facture${count > 1 ? 's' : ''}, ${formatCentsPlain(openCents)}`;
      const data = JSON.stringify({
        reminderId,
        channel: step.channel,
        offsetDays: step.offset_days,
        level: step.level,
        invoices: action.invoices.map((i) => ({ id: i.id, number: i.number, offsetDays: offsets.get(i.id) })),
        documentPath: null,
        emailPath: null,
      });
      insertActivity.run(
        action.clientId,
        stamp,
        summary,
        data,
        count === 1 ? action.invoices[0].id : null,
        stamp,
        stamp,
      );
    }
  })();
  return actions.size;
}
