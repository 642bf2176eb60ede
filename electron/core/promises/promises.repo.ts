import { sql, type Kysely, type Transaction } from 'kysely';
import type { PromiseStatus, PromiseToPay } from '../../../shared/contract/calls.types';
import { CoreError } from '../../../shared/contract/errors';
import type { IsoDate } from '../../../shared/domain/dates';
import type { DB } from '../db/tables';
import { graceEnd } from './promise-outcome';

type Db = Kysely<DB> | Transaction<DB>;

export interface PromiseFilter {
  ids?: number[];
  clientId?: number;
  status?: PromiseStatus;
}

/**
 * Promises with their invoices and the payments counted for them so far (the window of promise-outcome.ts),
 * by promised date.
 */
export async function loadPromises(
  db: Db,
  filter: PromiseFilter,
  today: IsoDate,
  graceDays: number,
): Promise<PromiseToPay[]> {
  let query = db
    .selectFrom('promise as p')
    .innerJoin('client as c', 'c.id', 'p.client_id')
    .select([
      'p.id',
      'p.client_id',
      'c.code',
      'c.name',
      'p.created_on',
      'p.promised_date',
      'p.amount_cents',
      'p.status',
      'p.settled_on',
      'p.collector_id',
      'p.note',
      sql<number>`(SELECT COALESCE(SUM(y.amount_cents), 0) FROM payment y WHERE y.client_id = p.client_id
        AND y.date >= p.created_on AND y.date <= MIN(${today}, date(p.promised_date, ${`+${graceDays} days`})))`.as(
        'paid_cents',
      ),
    ]);
  if (filter.ids) query = query.where('p.id', 'in', filter.ids.length > 0 ? filter.ids : [0]);
  if (filter.clientId !== undefined) query = query.where('p.client_id', '=', filter.clientId);
  if (filter.status) query = query.where('p.status', '=', filter.status);
  const rows = await query.orderBy('p.promised_date').orderBy('p.id').execute();
  const invoices = await promiseInvoices(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    clientCode: r.code,
    clientName: r.name,
    createdOn: r.created_on,
    promisedDate: r.promised_date,
    amountCents: r.amount_cents,
    graceEndsOn: graceEnd(r.promised_date, graceDays),
    paidCents: r.paid_cents,
    status: r.status as PromiseStatus,
    settledOn: r.settled_on,
    collectorId: r.collector_id,
    note: r.note,
    invoices: invoices.get(r.id) ?? [],
  }));
}

async function promiseInvoices(db: Db, promiseIds: number[]) {
  const byPromise = new Map<number, PromiseToPay['invoices']>();
  for (let i = 0; i < promiseIds.length; i += 500) {
    const rows = await db
      .selectFrom('promise_invoice as pi')
      .innerJoin('invoice as i', 'i.id', 'pi.invoice_id')
      .select(['pi.promise_id', 'i.id', 'i.number', sql<number>`i.amount_cents - i.allocated_cents`.as('open_cents')])
      .where('pi.promise_id', 'in', promiseIds.slice(i, i + 500))
      .orderBy('i.due_date')
      .orderBy('i.id')
      .execute();
    for (const row of rows) {
      const list = byPromise.get(row.promise_id) ?? [];
      list.push({ invoiceId: row.id, number: row.number, openCents: row.open_cents });
      byPromise.set(row.promise_id, list);
    }
  }
  return byPromise;
}

export async function requirePromise(db: Db, id: number, today: IsoDate, graceDays: number): Promise<PromiseToPay> {
  const [promise] = await loadPromises(db, { ids: [id] }, today, graceDays);
  if (!promise) throw new CoreError('not_found', `No promise to pay with id ${id}.`, 'id');
  return promise;
}
