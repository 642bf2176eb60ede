import type { Kysely, Transaction } from 'kysely';
import { CoreError } from '../../../shared/contract/errors';
import type { DunningChannel, ReminderRecord, TemplateLevel } from '../../../shared/contract/reminders.types';
import type { Page } from '../../../shared/contract/types';
import type { DB } from '../db/tables';

/** Reading back what the follow-up did: the reminder rows with their client and invoice numbers. */

type Db = Kysely<DB> | Transaction<DB>;

function recordQuery(db: Db) {
  return db
    .selectFrom('reminder as r')
    .innerJoin('client as c', 'c.id', 'r.client_id')
    .select([
      'r.id',
      'r.client_id',
      'c.code',
      'c.name',
      'r.date',
      'r.status',
      'r.channel',
      'r.offset_days',
      'r.level',
      'r.open_cents',
      'r.interest_cents',
      'r.indemnity_cents',
      'r.document_path',
      'r.email_path',
      'r.tracking_number',
    ]);
}

type RecordRow = Awaited<ReturnType<ReturnType<typeof recordQuery>['execute']>>[number];

async function withNumbers(db: Db, rows: RecordRow[]): Promise<ReminderRecord[]> {
  const ids = rows.map((r) => r.id);
  const numbers =
    ids.length === 0
      ? []
      : await db
          .selectFrom('reminder_invoice as ri')
          .innerJoin('invoice as i', 'i.id', 'ri.invoice_id')
          .select(['ri.reminder_id', 'i.number'])
          .where('ri.reminder_id', 'in', ids)
          .orderBy('i.due_date')
          .orderBy('i.id')
          .execute();
  const numbersOf = new Map<number, string[]>();
  for (const n of numbers) numbersOf.set(n.reminder_id, [...(numbersOf.get(n.reminder_id) ?? []), n.number]);
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    clientCode: r.code,
    clientName: r.name,
    date: r.date,
    status: r.status,
    channel: r.channel as DunningChannel,
    offsetDays: r.offset_days,
    level: r.level as TemplateLevel | null,
    invoiceNumbers: numbersOf.get(r.id) ?? [],
    openCents: r.open_cents,
    interestCents: r.interest_cents,
    indemnityCents: r.indemnity_cents,
    documentPath: r.document_path,
    emailPath: r.email_path,
    trackingNumber: r.tracking_number,
  }));
}

export async function requireRecord(db: Db, id: number): Promise<ReminderRecord> {
  const row = await recordQuery(db).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new CoreError('not_found', `No reminder with id ${id}.`, 'id');
  return (await withNumbers(db, [row]))[0];
}

/** Most recent first. */
export async function listRecords(
  db: Db,
  page: { offset: number; limit: number; clientId?: number },
): Promise<Page<ReminderRecord>> {
  let query = recordQuery(db);
  let count = db.selectFrom('reminder').select((eb) => eb.fn.countAll<number>().as('total'));
  if (page.clientId !== undefined) {
    query = query.where('r.client_id', '=', page.clientId);
    count = count.where('client_id', '=', page.clientId);
  }
  const rows = await query
    .orderBy('r.date', 'desc')
    .orderBy('r.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const { total } = await count.executeTakeFirstOrThrow();
  return { rows: await withNumbers(db, rows), total };
}
