import type { Transaction } from 'kysely';
import type { DisputeReason } from '../../../shared/contract/client-file.types';
import { CoreError } from '../../../shared/contract/errors';
import type { IsoDate } from '../../../shared/domain/dates';
import { recordActivity } from '../activity';
import { openCents } from '../db/open-amounts';
import type { DB } from '../db/tables';
import { formatCentsPlain } from '../format';

export interface DisputeFromCall {
  invoiceId: number;
  reason: DisputeReason;
  disputedCents: number | null;
  comment: string;
}

/**
 * Opens the dispute a call raised, inside the call's transaction, with the checks of disputes.open (which
 * owns its own transaction, so it cannot be reused from here) plus: the invoice is the called client's.
 */
export async function openDisputeFromCall(
  trx: Transaction<DB>,
  clientId: number,
  dispute: DisputeFromCall,
  today: IsoDate,
  owner: string,
): Promise<number> {
  const invoice = await trx
    .selectFrom('invoice')
    .select(['id', 'client_id', 'kind', 'status', 'number', openCents().as('open_cents')])
    .where('id', '=', dispute.invoiceId)
    .executeTakeFirst();
  if (!invoice || invoice.kind !== 'invoice' || invoice.client_id !== clientId)
    throw new CoreError(
      'not_found',
      `Invoice id ${dispute.invoiceId} is not an invoice of this client.`,
      'dispute.invoiceId',
    );
  if (invoice.status !== 'issued')
    throw new CoreError(
      'validation',
      `Invoice ${invoice.number} is not issued: nothing to dispute yet.`,
      'dispute.invoiceId',
    );
  if (invoice.open_cents === 0)
    throw new CoreError('validation', `Invoice ${invoice.number} is already settled.`, 'dispute.invoiceId');
  if (dispute.disputedCents !== null && dispute.disputedCents > invoice.open_cents)
    throw new CoreError(
      'validation',
      `disputedCents exceeds the ${formatCentsPlain(invoice.open_cents)} still open on ${invoice.number}.`,
      'dispute.disputedCents',
    );
  const active = await trx
    .selectFrom('dispute')
    .select('id')
    .where('invoice_id', '=', invoice.id)
    .where('status', '<>', 'resolved')
    .executeTakeFirst();
  if (active)
    throw new CoreError('conflict', `Invoice ${invoice.number} already has an open dispute.`, 'dispute.invoiceId');
  const { id } = await trx
    .insertInto('dispute')
    .values({
      client_id: clientId,
      invoice_id: invoice.id,
      opened_on: today,
      reason: dispute.reason,
      disputed_cents: dispute.disputedCents,
      owner,
      comment: dispute.comment,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await recordActivity(trx, {
    clientId,
    invoiceId: invoice.id,
    kind: 'dispute.opened',
    summary: `${invoice.number}: ${dispute.reason}${dispute.disputedCents ? ` (${formatCentsPlain(dispute.disputedCents)})` : ''}`,
    data: { disputeId: id, reason: dispute.reason, comment: dispute.comment, fromCall: true },
  });
  return id;
}
