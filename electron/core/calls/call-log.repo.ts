import { sql, type Kysely, type Transaction } from 'kysely';
import type { CallLogEntry, CallOutcome } from '../../../shared/contract/calls.types';
import type { DB } from '../db/tables';
import { telLink } from './phone-number';

type Db = Kysely<DB> | Transaction<DB>;

/** Calls, newest first: of one client (the call sheet, limit 10) or by id. */
export async function loadCalls(db: Db, filter: { clientId?: number; ids?: number[]; limit?: number }) {
  let query = db
    .selectFrom('call_log as l')
    .leftJoin('contact as p', 'p.id', 'l.contact_id')
    .leftJoin('collector as k', 'k.id', 'l.collector_id')
    .select([
      'l.id',
      'l.client_id',
      'l.contact_id',
      sql<string>`COALESCE(p.name, '')`.as('contact_name'),
      'l.phone',
      'l.call_date',
      'l.called_at',
      'l.outcome',
      'l.note',
      'l.next_action_date',
      'l.collector_id',
      sql<string>`COALESCE(k.name, '')`.as('collector_name'),
      'l.promise_id',
      'l.dispute_id',
      'l.reminder_id',
    ]);
  if (filter.clientId !== undefined) query = query.where('l.client_id', '=', filter.clientId);
  if (filter.ids) query = query.where('l.id', 'in', filter.ids.length > 0 ? filter.ids : [0]);
  const rows = await query
    .orderBy('l.id', 'desc')
    .limit(filter.limit ?? 1000)
    .execute();
  return rows.map((r): CallLogEntry => ({
    id: r.id,
    clientId: r.client_id,
    contactId: r.contact_id,
    contactName: r.contact_name,
    phone: r.phone,
    tel: telLink(r.phone),
    callDate: r.call_date,
    calledAt: r.called_at,
    outcome: r.outcome as CallOutcome,
    note: r.note,
    nextActionDate: r.next_action_date,
    collectorId: r.collector_id,
    collectorName: r.collector_name,
    promiseId: r.promise_id,
    disputeId: r.dispute_id,
    reminderId: r.reminder_id,
  }));
}
