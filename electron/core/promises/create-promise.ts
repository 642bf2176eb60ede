import { sql, type Transaction } from 'kysely';
import { CoreError } from '../../../shared/contract/errors';
import type { IsoDate } from '../../../shared/domain/dates';
import { recordActivity } from '../activity';
import { isOpen, openCents } from '../db/open-amounts';
import type { DB } from '../db/tables';
import { formatCentsPlain } from '../format';
import { frenchDay } from '../reminders/labels';

export interface NewPromise {
  clientId: number;
  date: IsoDate;
  amountCents: number;
  invoiceIds: number[];
  note: string;
  collectorId: number | null;
}

/**
 * Checks and writes a promise to pay inside the caller's transaction (calls.log or promises.create).
 * `field` prefixes the names of the input fields in errors ('promise.' when it came with a call).
 * The client is checked by the caller (exists, not archived).
 */
export async function insertPromise(
  trx: Transaction<DB>,
  promise: NewPromise,
  today: IsoDate,
  field: string,
  client: { code: string; name: string },
): Promise<number> {
  const who = `${client.name} (${client.code})`;
  if (promise.date < today)
    throw new CoreError(
      'validation',
      `The promise date ${promise.date} is in the past (today is ${today}): a promise to pay is for today or later.`,
      `${field}date`,
    );
  const invoiceIds = [...new Set(promise.invoiceIds)];
  const invoices =
    invoiceIds.length === 0
      ? []
      : await trx
          .selectFrom('invoice')
          .select(['id', 'client_id', 'number', 'kind', 'status', 'amount_cents', 'allocated_cents'])
          .where('id', 'in', invoiceIds)
          .execute();
  for (const invoiceId of invoiceIds) {
    const invoice = invoices.find((i) => i.id === invoiceId);
    if (!invoice || invoice.kind !== 'invoice' || invoice.client_id !== promise.clientId)
      throw new CoreError('not_found', `Invoice id ${invoiceId} is not an invoice of ${who}.`, `${field}invoiceIds`);
    if (invoice.status !== 'issued' || invoice.allocated_cents >= invoice.amount_cents)
      throw new CoreError(
        'validation',
        `Invoice ${invoice.number} has nothing left to pay: a promise covers open invoices only.`,
        `${field}invoiceIds`,
      );
  }
  const open =
    invoiceIds.length > 0
      ? invoices.reduce((sum, i) => sum + i.amount_cents - i.allocated_cents, 0)
      : await clientOpenCents(trx, promise.clientId);
  if (promise.amountCents > open)
    throw new CoreError(
      'validation',
      open === 0
        ? `${who} owes nothing: there is nothing to promise.`
        : `The promised ${formatCentsPlain(promise.amountCents)} exceed the ${formatCentsPlain(open)} still open ${invoiceIds.length > 0 ? 'on the invoices named' : `for ${who}`}.`,
      `${field}amountCents`,
    );
  const { id } = await trx
    .insertInto('promise')
    .values({
      client_id: promise.clientId,
      promised_date: promise.date,
      amount_cents: promise.amountCents,
      note: promise.note,
      created_on: today,
      collector_id: promise.collectorId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (invoiceIds.length > 0)
    await trx
      .insertInto('promise_invoice')
      .values(invoiceIds.map((invoiceId) => ({ promise_id: id, invoice_id: invoiceId })))
      .execute();
  const numbers = invoiceIds.map((i) => invoices.find((row) => row.id === i)!.number);
  await recordActivity(trx, {
    clientId: promise.clientId,
    kind: 'promise.created',
    invoiceId: invoiceIds.length === 1 ? invoiceIds[0] : null,
    summary: `Promesse de règlement : ${formatCentsPlain(promise.amountCents)} pour le ${frenchDay(promise.date)}${numbers.length > 0 ? ` (${numbers.join(', ')})` : ''}`,
    data: { promiseId: id, date: promise.date, amountCents: promise.amountCents, invoiceIds, note: promise.note },
  });
  return id;
}

/** What the client has left to pay on its issued invoices. */
async function clientOpenCents(trx: Transaction<DB>, clientId: number): Promise<number> {
  const row = await trx
    .selectFrom('invoice')
    .select(sql<number | null>`SUM(${openCents()})`.as('open'))
    .where('client_id', '=', clientId)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where(isOpen())
    .executeTakeFirst();
  return Number(row?.open ?? 0);
}
