import { sql } from 'kysely';
import type { CallReason } from '../../../shared/contract/calls.types';
import type { IsoDate } from '../../../shared/domain/dates';
import { clientFigureColumns, clientFigureResults } from '../clients/client-figures';
import type { CoreContext } from '../context';
import { computeQueue } from '../reminders/queue';

/**
 * Why clients are to be called today, from four sources (issue 5 §1). Archived clients never appear.
 * - call_step: the dunning engine's action of channel 'call' for the client (its pauses apply: disputes,
 *   pending promises, postponements, minimum amount);
 * - callback: the client's last call asked to call again on or before today;
 * - broken_promise: a promise found broken, with no call to the client on or after the day it broke;
 * - credit_limit: encours above the client's credit limit with something overdue, and no pending promise.
 */
export async function callReasons(
  ctx: CoreContext,
  today: IsoDate,
  /** One client's reasons (its call sheet): its own queue is read, not the ledger's. */
  clientId?: number,
): Promise<Map<number, CallReason[]>> {
  const reasons = new Map<number, CallReason[]>();
  const add = (clientId: number, reason: CallReason) => {
    const list = reasons.get(clientId) ?? [];
    list.push(reason);
    reasons.set(clientId, list);
  };

  const queue = await computeQueue(ctx, today, clientId);
  for (const item of queue.items) {
    if (item.channel !== 'call') continue;
    add(item.clientId, {
      kind: 'call_step',
      stepId: item.stepId,
      offsetDays: item.offsetDays,
      planName: item.planName,
      templateId: item.templateId,
      invoiceIds: item.invoices.map((i) => i.invoiceId),
    });
  }

  const callbacks = await sql<{ id: number; client_id: number; next_action_date: string; note: string }>`
    SELECT l.id, l.client_id, l.next_action_date, l.note
    FROM call_log l JOIN client c ON c.id = l.client_id
    WHERE l.next_action_date IS NOT NULL AND l.next_action_date <= ${today} AND c.archived = 0
      AND NOT EXISTS (SELECT 1 FROM call_log later WHERE later.client_id = l.client_id AND later.id > l.id)`.execute(
    ctx.db,
  );
  for (const row of callbacks.rows) {
    add(row.client_id, { kind: 'callback', callId: row.id, dueDate: row.next_action_date, note: row.note });
  }

  const broken = await sql<{
    id: number;
    client_id: number;
    promised_date: string;
    amount_cents: number;
    settled_on: string;
  }>`
    SELECT p.id, p.client_id, p.promised_date, p.amount_cents, p.settled_on
    FROM promise p JOIN client c ON c.id = p.client_id
    WHERE p.status = 'broken' AND p.settled_on <= ${today} AND c.archived = 0
      AND NOT EXISTS (SELECT 1 FROM call_log l WHERE l.client_id = p.client_id AND l.call_date >= p.settled_on)
    ORDER BY p.settled_on`.execute(ctx.db);
  for (const row of broken.rows) {
    add(row.client_id, {
      kind: 'broken_promise',
      promiseId: row.id,
      promisedDate: row.promised_date,
      amountCents: row.amount_cents,
      brokenOn: row.settled_on,
    });
  }

  const overLimit = await sql<{ id: number; credit_limit_cents: number; exposure_cents: number }>`
    SELECT id, credit_limit_cents, exposure_cents FROM (
      SELECT id, credit_limit_cents, ${clientFigureResults(today)} FROM (
        SELECT c.id, c.credit_limit_cents, ${clientFigureColumns(today)}
        FROM client c
        WHERE c.credit_limit_cents IS NOT NULL AND c.archived = 0
          AND NOT EXISTS (SELECT 1 FROM promise p WHERE p.client_id = c.id AND p.status = 'open')))
    WHERE exposure_cents > credit_limit_cents AND overdue_cents > 0`.execute(ctx.db);
  for (const row of overLimit.rows) {
    add(row.id, { kind: 'credit_limit', exposureCents: row.exposure_cents, creditLimitCents: row.credit_limit_cents });
  }
  return reasons;
}
