import { sql, type Kysely, type Transaction } from 'kysely';
import type {
  Dispute,
  DisputeReason,
  DisputeResolution,
  DisputeStatus,
} from '../../../shared/contract/client-file.types';
import { CoreError } from '../../../shared/contract/errors';
import { daysBetween, type IsoDate } from '../../../shared/domain/dates';
import { recordActivity } from '../activity';
import { touch } from '../clients/clients.repo';
import { openCents } from '../db/open-amounts';
import type { DB } from '../db/tables';

type Db = Kysely<DB> | Transaction<DB>;

export function disputeSelect(db: Db) {
  return db
    .selectFrom('dispute as d')
    .innerJoin('client as c', 'c.id', 'd.client_id')
    .leftJoin('invoice as i', 'i.id', 'd.invoice_id')
    .select([
      'd.id',
      'd.client_id',
      'c.code as client_code',
      'c.name as client_name',
      'd.invoice_id',
      'i.number as invoice_number',
      'd.opened_on',
      'd.reason',
      'd.disputed_cents',
      sql<number | null>`CASE WHEN i.id IS NULL THEN NULL ELSE ${openCents('i')} END`.as('invoice_open_cents'),
      'd.status',
      'd.owner',
      'd.comment',
      'd.resolution',
      'd.closed_on',
    ]);
}

type DisputeRow = Awaited<ReturnType<ReturnType<typeof disputeSelect>['executeTakeFirstOrThrow']>>;

export function toDispute(row: DisputeRow, today: IsoDate): Dispute {
  return {
    id: row.id,
    clientId: row.client_id,
    clientCode: row.client_code,
    clientName: row.client_name,
    invoiceId: row.invoice_id,
    invoiceNumber: row.invoice_number,
    openedOn: row.opened_on,
    ageDays: Math.max(0, daysBetween(row.opened_on, row.closed_on ?? today)),
    reason: row.reason as DisputeReason,
    disputedCents: row.disputed_cents,
    invoiceOpenCents: row.invoice_open_cents,
    status: row.status as DisputeStatus,
    owner: row.owner,
    comment: row.comment,
    resolution: row.resolution as DisputeResolution | null,
    closedOn: row.closed_on,
  };
}

export async function requireDispute(db: Db, id: number, today: IsoDate): Promise<Dispute> {
  const row = await disputeSelect(db).where('d.id', '=', id).executeTakeFirst();
  if (!row) throw new CoreError('not_found', `No dispute with id ${id}.`, 'id');
  return toDispute(row, today);
}

/**
 * A dispute closes itself when its invoice is fully settled: by a credit note (the usual outcome of a
 * justified dispute) or by a payment. Called inside the allocation's transaction.
 */
export async function closeDisputesOfSettledInvoice(
  db: Db,
  invoice: { id: number; client_id: number; number: string },
  resolution: DisputeResolution,
  date: IsoDate,
): Promise<void> {
  const active = await db
    .selectFrom('dispute')
    .select('id')
    .where('invoice_id', '=', invoice.id)
    .where('status', '<>', 'resolved')
    .execute();
  for (const { id } of active) {
    await db
      .updateTable('dispute')
      .set({ status: 'resolved', resolution, closed_on: date, updated_at: touch })
      .where('id', '=', id)
      .execute();
    await recordActivity(db, {
      clientId: invoice.client_id,
      invoiceId: invoice.id,
      kind: 'dispute.resolved',
      summary: `${invoice.number}: ${resolution} (automatic, invoice settled)`,
      data: { disputeId: id, resolution, automatic: true },
    });
  }
}
