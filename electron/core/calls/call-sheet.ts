import type { CallSheet, CallSheetInvoice } from '../../../shared/contract/calls.types';
import type { TimelineEntry } from '../../../shared/contract/client-file.types';
import { daysBetween, type IsoDate } from '../../../shared/domain/dates';
import { requireClient } from '../clients/clients.repo';
import type { CoreContext } from '../context';
import { isOpen, openCents } from '../db/open-amounts';
import { disputeSelect, toDispute } from '../disputes/disputes.repo';
import { loadPromises } from '../promises/promises.repo';
import { promiseGraceDays, settlePromises } from '../promises/settle-promises';
import { loadCalls } from './call-log.repo';
import { callScript } from './call-script';
import { callReasons } from './call-sources';
import { loadClientFacts } from './client-facts';
import { loadClientPhones } from './client-phones';

async function openInvoices(ctx: CoreContext, clientId: number, today: IsoDate): Promise<CallSheetInvoice[]> {
  const rows = await ctx.db
    .selectFrom('invoice as i')
    .select([
      'i.id',
      'i.number',
      'i.issue_date',
      'i.due_date',
      'i.amount_cents',
      openCents('i').as('open_cents'),
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('dispute as d')
              .select('d.id')
              .whereRef('d.invoice_id', '=', 'i.id')
              .where('d.status', '<>', 'resolved'),
          )
          .as('disputed'),
    ])
    .where('i.client_id', '=', clientId)
    .where('i.kind', '=', 'invoice')
    .where('i.status', '=', 'issued')
    .where(isOpen('i'))
    .orderBy('i.due_date')
    .orderBy('i.id')
    .execute();
  return rows.map((r) => ({
    invoiceId: r.id,
    number: r.number,
    issueDate: r.issue_date,
    dueDate: r.due_date,
    amountCents: r.amount_cents,
    openCents: r.open_cents,
    daysLate: r.due_date === null ? 0 : Math.max(0, daysBetween(r.due_date, today)),
    disputed: Boolean(r.disputed),
  }));
}

async function lastEvents(ctx: CoreContext, clientId: number): Promise<TimelineEntry[]> {
  const rows = await ctx.db
    .selectFrom('activity')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(10)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    kind: row.kind,
    occurredAt: row.occurred_at,
    actor: row.actor,
    summary: row.summary,
    invoiceId: row.invoice_id,
    data: JSON.parse(row.data) as Record<string, unknown>,
  }));
}

/** calls.sheet: everything a call needs on one screen (issue 5 §2). */
export async function buildCallSheet(ctx: CoreContext, clientId: number, today: IsoDate): Promise<CallSheet> {
  const client = await requireClient(ctx.db, clientId);
  await settlePromises(ctx.db, today);
  const facts = (await loadClientFacts(ctx.db, [clientId], today)).get(clientId)!;
  const phones = (await loadClientPhones(ctx.db, [clientId])).get(clientId) ?? { phones: [], bad: [] };
  const invoices = await openInvoices(ctx, clientId, today);
  const disputes = await disputeSelect(ctx.db)
    .where('d.client_id', '=', clientId)
    .where('d.status', '<>', 'resolved')
    .orderBy('d.opened_on')
    .execute();
  const reasons = client.archived === 1 ? [] : ((await callReasons(ctx, today, clientId)).get(clientId) ?? []);
  const step = reasons.find((r) => r.kind === 'call_step');
  const script = await callScript(ctx, step?.kind === 'call_step' ? step.templateId : null, {
    client: {
      code: client.code,
      name: client.name,
      addressLines: [client.address_line1, client.address_line2, `${client.postal_code} ${client.city}`.trim()].filter(
        (line) => line !== '',
      ),
    },
    callerName: facts.collectorName,
    contactName: phones.phones[0]?.contactName ?? '',
    invoices,
    today,
  });
  return {
    today,
    client: {
      id: client.id,
      code: client.code,
      name: client.name,
      archived: client.archived === 1,
      collectorId: facts.collectorId,
      collectorName: facts.collectorName,
      creditLimitCents: facts.creditLimitCents,
      exposureCents: facts.exposureCents,
      overdueCents: facts.overdueCents,
      oldestDaysLate: facts.oldestDaysLate,
    },
    phones: phones.phones,
    badPhones: phones.bad,
    invoices,
    disputes: disputes.map((d) => toDispute(d, today)),
    promises: await loadPromises(ctx.db, { clientId }, today, await promiseGraceDays(ctx.db)),
    calls: await loadCalls(ctx.db, { clientId, limit: 10 }),
    timeline: await lastEvents(ctx, clientId),
    script,
    reasons,
  };
}
