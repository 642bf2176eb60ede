import type { Kysely, Transaction } from 'kysely';
import type { DB } from './db/tables';

export type ActivityKind =
  | 'client.created'
  | 'client.updated'
  | 'client.archived'
  | 'client.restored'
  | 'invoice.created'
  | 'invoice.updated'
  | 'contact.created'
  | 'contact.updated'
  | 'contact.archived'
  | 'contact.restored'
  | 'dispute.opened'
  | 'dispute.updated'
  | 'dispute.resolved'
  | 'note'
  | 'credit_note.created'
  | 'payment.received'
  | 'allocation.created'
  | 'allocation.deleted'
  | 'import'
  | 'reminder.done'
  | 'reminder.skipped'
  | 'reminder.postponed'
  | 'reminder.tracking'
  | 'call.logged'
  | 'promise.created'
  | 'promise.kept'
  | 'promise.broken'
  | 'promise.cancelled';

export interface ActivityInput {
  clientId: number | null;
  kind: ActivityKind;
  summary: string;
  invoiceId?: number | null;
  data?: Record<string, unknown>;
}

/** Appends to the client's timeline; call it inside the transaction of the write it describes. */
export async function recordActivity(db: Kysely<DB> | Transaction<DB>, activity: ActivityInput): Promise<void> {
  await db
    .insertInto('activity')
    .values({
      client_id: activity.clientId,
      kind: activity.kind,
      summary: activity.summary,
      invoice_id: activity.invoiceId ?? null,
      data: JSON.stringify(activity.data ?? {}),
    })
    .execute();
}
