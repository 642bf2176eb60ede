import type { Transaction } from 'kysely';
import type { DisputeReason } from '../../../shared/contract/client-file.types';
import { CoreError } from '../../../shared/contract/errors';
import type { IsoDate } from '../../../shared/domain/dates';
import { recordActivity } from '../activity';
import { openCents } from '../db/open-amounts';
import type { DB } from '../db/tables';
import { formatCentsPlain } from '../format';

export interface NewDispute {
  invoiceId: number;
  reason: DisputeReason;
  disputedCents: number | null;
  owner: string;
  comment: string;
  openedOn: IsoDate;
  /** When set, the invoice must be this client's (a dispute raised during a call). */
  clientId?: number;
  /** Prefix of the field names in errors ('dispute.' when the dispute is part of a larger input). */
  fieldPrefix?: string;
  /** Extra details for the timeline entry. */
  data?: Record<string, unknown>;
}

/**
 * Opens a dispute on an issued, open invoice that has no active one, inside the caller's transaction, with
 * its timeline entry. Shared by disputes.open and calls.log so both refuse the same things the same way.
 */
export async function openDispute(trx: Transaction<DB>, dispute: NewDispute): Promise<number> {
  const field = (name: string) => `${dispute.fieldPrefix ?? ''}${name}`;
  const invoice = await trx
    .selectFrom('invoice')
    .select(['id', 'client_id', 'kind', 'status', 'number', openCents().as('open_cents')])
    .where('id', '=', dispute.invoiceId)
    .executeTakeFirst();
  const ofThisClient = dispute.clientId === undefined || invoice?.client_id === dispute.clientId;
  if (!invoice || invoice.kind !== 'invoice' || !ofThisClient)
    throw new CoreError(
      'not_found',
      dispute.clientId === undefined
        ? `No invoice with id ${dispute.invoiceId}.`
        : `Invoice id ${dispute.invoiceId} is not an invoice of this client.`,
      field('invoiceId'),
    );
  if (invoice.status !== 'issued')
    throw new CoreError(
      'validation',
      `Invoice ${invoice.number} is not issued: nothing to dispute yet.`,
      field('invoiceId'),
    );
  if (invoice.open_cents === 0)
    throw new CoreError('validation', `Invoice ${invoice.number} is already settled.`, field('invoiceId'));
  if (dispute.disputedCents !== null && dispute.disputedCents > invoice.open_cents)
    throw new CoreError(
      'validation',
      `disputedCents exceeds the ${formatCentsPlain(invoice.open_cents)} still open on ${invoice.number}.`,
      field('disputedCents'),
    );
  const active = await trx
    .selectFrom('dispute')
    .select('id')
    .where('invoice_id', '=', invoice.id)
    .where('status', '<>', 'resolved')
    .executeTakeFirst();
  if (active)
    throw new CoreError('conflict', `Invoice ${invoice.number} already has an open dispute.`, field('invoiceId'));
  const { id } = await trx
    .insertInto('dispute')
    .values({
      client_id: invoice.client_id,
      invoice_id: invoice.id,
      opened_on: dispute.openedOn,
      reason: dispute.reason,
      disputed_cents: dispute.disputedCents,
      owner: dispute.owner,
      comment: dispute.comment,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordActivity(trx, {
    clientId: invoice.client_id,
    invoiceId: invoice.id,
    kind: 'dispute.opened',
    summary: `${invoice.number}: ${dispute.reason}${dispute.disputedCents ? ` (${formatCentsPlain(dispute.disputedCents)})` : ''}`,
    data: { disputeId: id, reason: dispute.reason, comment: dispute.comment, ...dispute.data },
  });
  return id;
}
