import type { Transaction } from 'kysely';
import type { QueueItem } from '../../../shared/contract/reminders.types';
import type { IsoDate } from '../../../shared/domain/dates';
import { recordActivity } from '../activity';
import type { DB } from '../db/tables';
import { formatCentsPlain } from '../format';
import type { ProducedItem } from '../letters/produce-documents';
import { CHANNEL_WAYS, LEVEL_NAMES, stepLabel } from './labels';

/** Writes one action of the queue (done or skipped) and its line in the client's timeline. Call it in a transaction. */

function actionText(item: QueueItem, openCents: number): string {
  const level = item.level ? LEVEL_NAMES[item.level] : `Étape ${stepLabel(item.offsetDays)}`;
  const count = item.invoices.length;
  return `${level} ${CHANNEL_WAYS[item.channel]} : ${count} facture${count > 1 ? 's' : ''}, ${formatCentsPlain(openCents)}`;
}

export async function recordReminder(
  trx: Transaction<DB>,
  item: QueueItem,
  today: IsoDate,
  outcome: { status: 'skipped' } | { status: 'done'; produced: ProducedItem },
): Promise<number> {
  const produced = outcome.status === 'done' ? outcome.produced : null;
  const figures = new Map(produced?.invoices.map((p) => [p.invoiceId, p]) ?? []);
  const openCents = produced?.openCents ?? item.totalOpenCents;
  const { id } = await trx
    .insertInto('reminder')
    .values({
      client_id: item.clientId,
      plan_id: item.planId === 0 ? null : item.planId,
      step_id: item.stepId,
      offset_days: item.offsetDays,
      channel: item.channel,
      template_id: item.templateId,
      level: item.level,
      date: today,
      status: outcome.status,
      document_path: produced?.pdfPath ?? null,
      email_path: produced?.emlPath ?? null,
      open_cents: openCents,
      interest_cents: produced?.interestCents ?? 0,
      indemnity_cents: produced?.indemnityCents ?? 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('reminder_invoice')
    .values(
      item.invoices.map((invoice) => {
        const figure = figures.get(invoice.invoiceId);
        return {
          reminder_id: id,
          invoice_id: invoice.invoiceId,
          offset_days: invoice.offsetDays,
          open_cents: figure?.openCents ?? invoice.openCents,
          interest_cents: figure?.interestCents ?? 0,
          indemnity_cents: figure?.indemnityCents ?? 0,
        };
      }),
    )
    .execute();
  const text = actionText(item, openCents);
  await recordActivity(trx, {
    clientId: item.clientId,
    kind: outcome.status === 'done' ? 'reminder.done' : 'reminder.skipped',
    summary: outcome.status === 'done' ? text : `${text} — étape ${stepLabel(item.offsetDays)} passée sans envoi`,
    invoiceId: item.invoices.length === 1 ? item.invoices[0].invoiceId : null,
    data: {
      reminderId: id,
      channel: item.channel,
      offsetDays: item.offsetDays,
      level: item.level,
      invoices: item.invoices.map((i) => ({ id: i.invoiceId, number: i.number, offsetDays: i.offsetDays })),
      documentPath: produced?.pdfPath ?? null,
      emailPath: produced?.emlPath ?? null,
    },
  });
  return id;
}
