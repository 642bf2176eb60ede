import { sql } from 'kysely';
import type { DunningChannel, TemplateLevel } from '../../../shared/contract/reminders.types';
import { addDays, type IsoDate } from '../../../shared/domain/dates';
import {
  courtesyLead,
  type EngineClient,
  type EngineInvoice,
  type EngineStep,
} from '../../../shared/domain/dunning/engine';
import type { CoreContext } from '../context';
import { isOpen } from '../db/open-amounts';
import { resolveDefaultPlanId } from '../dunning-settings/default-plan';

/** What the queue is computed from, read in a handful of queries (the bench ledger has 1,000,000 invoices). */

export interface QueueSettings {
  minimumCents: number;
  paymentsStaleDays: number;
  promiseGraceDays: number;
  defaultPlanId: number | null;
}

export interface PlanInfo {
  id: number;
  name: string;
  steps: EngineStep[];
}

export interface InvoiceRow {
  id: number;
  client_id: number;
  number: string;
  issue_date: string | null;
  due_date: string | null;
  amount_cents: number;
  allocated_cents: number;
}

export interface PlannedClient extends EngineClient {
  planId: number;
  invoices: EngineInvoice[];
}

export interface QueueData {
  settings: QueueSettings;
  plans: Map<number, PlanInfo>;
  templateLevels: Map<number, TemplateLevel>;
  invoices: Map<number, InvoiceRow>;
  /** The clients with a candidate invoice, each with its plan. */
  clients: PlannedClient[];
  planOfClient: Map<number, number>;
  lastPaymentDate: IsoDate | null;
}

async function readSettings(ctx: CoreContext): Promise<QueueSettings> {
  const row = await ctx.db
    .selectFrom('company')
    .select(['minimum_dunning_cents', 'payments_stale_days', 'promise_grace_days'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return {
    minimumCents: row.minimum_dunning_cents,
    paymentsStaleDays: row.payments_stale_days,
    promiseGraceDays: row.promise_grace_days,
    defaultPlanId: await resolveDefaultPlanId(ctx.db),
  };
}

async function readPlans(ctx: CoreContext): Promise<Map<number, PlanInfo>> {
  const plans = await ctx.db.selectFrom('dunning_plan').select(['id', 'name']).execute();
  const steps = await ctx.db
    .selectFrom('dunning_step')
    .select(['id', 'plan_id', 'offset_days', 'channel', 'template_id'])
    .orderBy('plan_id')
    .orderBy('offset_days')
    .execute();
  const byId = new Map<number, PlanInfo>(plans.map((p) => [p.id, { id: p.id, name: p.name, steps: [] }]));
  for (const s of steps) {
    byId.get(s.plan_id)?.steps.push({
      stepId: s.id,
      offsetDays: s.offset_days,
      channel: s.channel as DunningChannel,
      templateId: s.template_id,
    });
  }
  return byId;
}

/**
 * Open issued invoices due up to `until` (today + the largest courtesy lead), read from the open-items index;
 * for one client only when `clientId` is given (a call sheet needs that client's queue, not the ledger's).
 */
async function readCandidateInvoices(ctx: CoreContext, until: IsoDate, clientId?: number): Promise<InvoiceRow[]> {
  return ctx.db
    .selectFrom('invoice')
    .select(['id', 'client_id', 'number', 'issue_date', 'due_date', 'amount_cents', 'allocated_cents'])
    .$if(clientId !== undefined, (query) => query.where('client_id', '=', clientId!))
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where(isOpen())
    .where('due_date', '<=', until)
    .execute();
}

/** Per candidate invoice, the largest offset recorded for it and the date of that reminder. */
async function readHistory(
  ctx: CoreContext,
  until: IsoDate,
  clientId?: number,
): Promise<Map<number, { offsetDays: number; date: IsoDate }>> {
  const oneClient = clientId === undefined ? sql`` : sql`AND i.client_id = ${clientId}`;
  // SQLite takes the bare column r.date from the row holding MAX(ri.offset_days).
  const rows = await sql<{ invoice_id: number; offset_days: number; date: string }>`
    SELECT ri.invoice_id, MAX(ri.offset_days) AS offset_days, r.date
    FROM invoice i
    JOIN reminder_invoice ri ON ri.invoice_id = i.id
    JOIN reminder r ON r.id = ri.reminder_id
    WHERE i.kind = 'invoice' AND i.status = 'issued' AND i.allocated_cents < i.amount_cents AND i.due_date <= ${until}
      ${oneClient}
    GROUP BY ri.invoice_id`.execute(ctx.db);
  return new Map(rows.rows.map((r) => [r.invoice_id, { offsetDays: r.offset_days, date: r.date }]));
}

interface Pauses {
  disputedInvoices: Set<number>;
  disputedClients: Set<number>;
  promisedClients: Set<number>;
  postponed: Map<number, DunningChannel[]>;
}

async function readPauses(ctx: CoreContext, today: IsoDate, graceDays: number): Promise<Pauses> {
  const disputes = await ctx.db
    .selectFrom('dispute')
    .select(['client_id', 'invoice_id'])
    .where('status', '<>', 'resolved')
    .execute();
  const promises = await ctx.db
    .selectFrom('promise')
    .select('client_id')
    .distinct()
    .where('status', '=', 'open')
    .where('promised_date', '>=', addDays(today, -graceDays))
    .execute();
  const postponements = await ctx.db
    .selectFrom('reminder_postponement')
    .select(['client_id', 'channel'])
    .where('until', '>', today)
    .execute();
  const pauses: Pauses = {
    disputedInvoices: new Set(disputes.flatMap((d) => (d.invoice_id === null ? [] : [d.invoice_id]))),
    disputedClients: new Set(disputes.flatMap((d) => (d.invoice_id === null ? [d.client_id] : []))),
    promisedClients: new Set(promises.map((p) => p.client_id)),
    postponed: new Map(),
  };
  for (const p of postponements) {
    const channels = pauses.postponed.get(p.client_id) ?? [];
    channels.push(p.channel as DunningChannel);
    pauses.postponed.set(p.client_id, channels);
  }
  return pauses;
}

export async function loadQueueData(ctx: CoreContext, today: IsoDate, clientId?: number): Promise<QueueData> {
  const settings = await readSettings(ctx);
  const plans = await readPlans(ctx);
  const templates = await ctx.db.selectFrom('letter_template').select(['id', 'level']).execute();
  const until = addDays(today, courtesyLead([...plans.values()].map((p) => p.steps)));
  const rows = await readCandidateInvoices(ctx, until, clientId);
  const history = await readHistory(ctx, until, clientId);
  const pauses = await readPauses(ctx, today, settings.promiseGraceDays);
  // Few clients have a plan of their own or are archived: reading them is cheaper than joining every invoice.
  const special = await ctx.db
    .selectFrom('client')
    .select(['id', 'dunning_plan_id', 'archived'])
    .where((eb) => eb.or([eb('dunning_plan_id', 'is not', null), eb('archived', '<>', 0)]))
    .execute();
  const planOf = new Map(special.map((c) => [c.id, c.dunning_plan_id]));
  const archived = new Set(special.filter((c) => c.archived !== 0).map((c) => c.id));
  const payment = await ctx.db
    .selectFrom('payment')
    .select(sql<string | null>`MAX(date)`.as('last'))
    .executeTakeFirst();

  const clients = new Map<number, PlannedClient>();
  const invoices = new Map<number, InvoiceRow>();
  for (const row of rows) {
    // Issued invoices always have a due date (schema CHECK); guard anyway rather than guess one.
    if (row.due_date === null || archived.has(row.client_id)) continue;
    const planId = planOf.get(row.client_id) ?? settings.defaultPlanId;
    const plan = planId === null ? undefined : plans.get(planId);
    if (!plan || plan.steps.length === 0) continue;
    invoices.set(row.id, row);
    let client = clients.get(row.client_id);
    if (!client) {
      client = {
        clientId: row.client_id,
        planId: plan.id,
        steps: plan.steps,
        invoices: [],
        promised: pauses.promisedClients.has(row.client_id),
        clientDisputed: pauses.disputedClients.has(row.client_id),
        postponed: pauses.postponed.get(row.client_id) ?? [],
      };
      clients.set(row.client_id, client);
    }
    client.invoices.push({
      invoiceId: row.id,
      dueDate: row.due_date,
      openCents: row.amount_cents - row.allocated_cents,
      disputed: pauses.disputedInvoices.has(row.id),
      last: history.get(row.id) ?? null,
    });
  }
  return {
    settings,
    plans,
    templateLevels: new Map(templates.map((t) => [t.id, t.level as TemplateLevel])),
    invoices,
    clients: [...clients.values()],
    planOfClient: new Map([...clients.values()].map((c) => [c.clientId, c.planId])),
    lastPaymentDate: payment?.last ?? null,
  };
}
