import type { Kysely, Transaction } from 'kysely';
import type { IsoDate } from '../../../shared/domain/dates';
import { recordActivity } from '../activity';
import { touch } from '../clients/clients.repo';
import type { DB } from '../db/tables';
import { formatCentsPlain } from '../format';
import { frenchDay } from '../reminders/labels';
import { judgePromise, type PaymentFact } from './promise-outcome';

type Db = Kysely<DB> | Transaction<DB>;

export async function promiseGraceDays(db: Db): Promise<number> {
  const row = await db.selectFrom('company').select('promise_grace_days').where('id', '=', 1).executeTakeFirst();
  return row?.promise_grace_days ?? 0;
}

/**
 * Judges every open promise on `today` (see promise-outcome.ts) and writes the ones that became kept or broken,
 * each with its timeline line, in one transaction. Idempotent: only open promises are judged, so a transition
 * is written once. Run at the start of the reads that show promises (calls.list, calls.sheet, promises.list):
 * payments are recorded and imported elsewhere, and the result is a function of the ledger and the day, so
 * those reads stay read-only in meaning (no change event).
 */
export async function settlePromises(db: Kysely<DB>, today: IsoDate): Promise<number> {
  const open = await db
    .selectFrom('promise')
    .select(['id', 'client_id', 'created_on', 'promised_date', 'amount_cents'])
    .where('status', '=', 'open')
    .where('created_on', '<=', today)
    .execute();
  if (open.length === 0) return 0;
  const grace = await promiseGraceDays(db);
  const payments = await paymentsOf(
    db,
    [...new Set(open.map((p) => p.client_id))],
    open.reduce((min, p) => (p.created_on < min ? p.created_on : min), today),
    today,
  );
  const changes = open.flatMap((p) => {
    const outcome = judgePromise(
      { createdOn: p.created_on, promisedDate: p.promised_date, amountCents: p.amount_cents },
      payments.get(p.client_id) ?? [],
      grace,
      today,
    );
    return outcome.status === 'open' ? [] : [{ promise: p, outcome }];
  });
  if (changes.length === 0) return 0;
  await db.transaction().execute(async (trx) => {
    for (const { promise, outcome } of changes) {
      // Re-checked inside the transaction: two reads side by side write each transition once.
      const updated = await trx
        .updateTable('promise')
        .set({ status: outcome.status, settled_on: outcome.settledOn, updated_at: touch })
        .where('id', '=', promise.id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) continue;
      const amount = formatCentsPlain(promise.amount_cents);
      await recordActivity(trx, {
        clientId: promise.client_id,
        kind: outcome.status === 'kept' ? 'promise.kept' : 'promise.broken',
        summary:
          outcome.status === 'kept'
            ? `Promesse de ${amount} pour le ${frenchDay(promise.promised_date)} tenue (réglé le ${frenchDay(outcome.settledOn!)})`
            : `Promesse de ${amount} pour le ${frenchDay(promise.promised_date)} non tenue : ${formatCentsPlain(outcome.paidCents)} reçus`,
        data: {
          promiseId: promise.id,
          status: outcome.status,
          settledOn: outcome.settledOn,
          paidCents: outcome.paidCents,
        },
      });
    }
  });
  return changes.length;
}

/** The clients' payments dated from..today, by client (ids in chunks: SQLite caps bound parameters). */
export async function paymentsOf(
  db: Db,
  clientIds: number[],
  from: IsoDate,
  today: IsoDate,
): Promise<Map<number, PaymentFact[]>> {
  const byClient = new Map<number, PaymentFact[]>();
  for (let i = 0; i < clientIds.length; i += 500) {
    const rows = await db
      .selectFrom('payment')
      .select(['client_id', 'date', 'amount_cents'])
      .where('client_id', 'in', clientIds.slice(i, i + 500))
      .where('date', '>=', from)
      .where('date', '<=', today)
      .execute();
    for (const row of rows) {
      const list = byClient.get(row.client_id) ?? [];
      list.push({ date: row.date, amountCents: row.amount_cents });
      byClient.set(row.client_id, list);
    }
  }
  return byClient;
}
