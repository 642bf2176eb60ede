import type { Transaction } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract/contract';
import type { CallOutcome, LoggedCall } from '../../../shared/contract/calls.types';
import { CoreError } from '../../../shared/contract/errors';
import type { IsoDate } from '../../../shared/domain/dates';
import { recordActivity } from '../activity';
import type { CoreContext } from '../context';
import type { DB } from '../db/tables';
import { requireDispute } from '../disputes/disputes.repo';
import { insertPromise } from '../promises/create-promise';
import { requirePromise } from '../promises/promises.repo';
import { promiseGraceDays } from '../promises/settle-promises';
import { frenchDay } from '../reminders/labels';
import { computeQueue } from '../reminders/queue';
import { assertNotYetDone } from '../reminders/queue-lookup';
import { recordReminder } from '../reminders/record-reminder';
import { requireActiveClient, resolveCollector } from './active-client';
import { loadCalls } from './call-log.repo';
import { openDisputeFromCall } from './dispute-from-call';
import { parsePhone } from './phone-number';

type LogInput = ParsedInputOf<'calls.log'>;

export const OUTCOME_NAMES: Record<CallOutcome, string> = {
  reached: 'joint',
  voicemail: 'messagerie',
  unreachable: 'injoignable',
  promise: 'promesse de règlement',
  dispute: 'litige signalé',
  already_paid: 'dit avoir déjà payé (à vérifier)',
  wrong_number: 'mauvais numéro',
  call_back: 'à rappeler',
};

/** What the outcome requires or forbids, before anything is written. */
function checkOutcome(input: LogInput, today: IsoDate): void {
  if (input.outcome === 'promise' && !input.promise)
    throw new CoreError(
      'validation',
      'A call ending in a promise to pay needs the promise: date and amount.',
      'promise',
    );
  if (input.outcome !== 'promise' && input.promise)
    throw new CoreError('validation', `A promise comes with the outcome 'promise', not '${input.outcome}'.`, 'promise');
  if (input.outcome === 'dispute' && !input.dispute)
    throw new CoreError('validation', 'A call raising a dispute needs the invoice and the reason.', 'dispute');
  if (input.outcome !== 'dispute' && input.dispute)
    throw new CoreError('validation', `A dispute comes with the outcome 'dispute', not '${input.outcome}'.`, 'dispute');
  if (input.outcome === 'call_back' && !input.nextActionDate)
    throw new CoreError('validation', "Say when to call back: 'call back' needs a nextActionDate.", 'nextActionDate');
  if (input.nextActionDate !== undefined && input.nextActionDate < today)
    throw new CoreError(
      'validation',
      `nextActionDate ${input.nextActionDate} is in the past (today is ${today}).`,
      'nextActionDate',
    );
}

/** The dunning plan's call step due for the client today, recorded as done by this call (so the engine moves on). */
async function recordCallStep(ctx: CoreContext, trx: Transaction<DB>, clientId: number, today: IsoDate) {
  const queue = await computeQueue({ ...ctx, db: trx }, today, clientId);
  const item = queue.items.find((i) => i.clientId === clientId && i.channel === 'call');
  if (!item) return null;
  await assertNotYetDone(trx, item, today);
  return recordReminder(trx, item, today, {
    status: 'done',
    produced: {
      clientId,
      channel: 'call',
      pdfPath: null,
      emlPath: null,
      invoices: item.invoices.map((i) => ({
        invoiceId: i.invoiceId,
        openCents: i.openCents,
        interestCents: 0,
        indemnityCents: 0,
      })),
      openCents: item.totalOpenCents,
      interestCents: 0,
      indemnityCents: 0,
    },
  });
}

/** calls.log: the call, the promise or dispute it produced, and the call step it fulfilled, in one transaction. */
export async function logCall(ctx: CoreContext, input: LogInput): Promise<LoggedCall> {
  return ctx.db.transaction().execute(async (trx) => {
    const today = input.today ?? ctx.today();
    const client = await requireActiveClient(trx, input.clientId, 'logging a call');
    const phone = parsePhone(input.phone);
    if (!phone.ok) throw new CoreError('validation', `"${input.phone}" cannot be dialled: ${phone.reason}.`, 'phone');
    let contactName = '';
    if (input.contactId !== undefined) {
      const contact = await trx
        .selectFrom('contact')
        .select(['id', 'client_id', 'name'])
        .where('id', '=', input.contactId)
        .executeTakeFirst();
      if (!contact || contact.client_id !== client.id)
        throw new CoreError(
          'not_found',
          `Contact id ${input.contactId} is not a contact of ${client.code}.`,
          'contactId',
        );
      contactName = contact.name;
    }
    checkOutcome(input, today);
    const collectorId = await resolveCollector(trx, input.collectorId, client);
    const collector =
      collectorId === null
        ? ''
        : ((await trx.selectFrom('collector').select('name').where('id', '=', collectorId).executeTakeFirst())?.name ??
          '');

    // Before the promise or dispute: either would take the client out of the engine's queue.
    const reminderId = await recordCallStep(ctx, trx, client.id, today);
    const promiseId = input.promise
      ? await insertPromise(trx, { ...input.promise, clientId: client.id, collectorId }, today, 'promise.', client)
      : null;
    const disputeId = input.dispute ? await openDisputeFromCall(trx, client.id, input.dispute, today, collector) : null;

    const { id } = await trx
      .insertInto('call_log')
      .values({
        client_id: client.id,
        contact_id: input.contactId ?? null,
        phone: phone.e164,
        call_date: today,
        called_at: new Date().toISOString(),
        outcome: input.outcome,
        note: input.note,
        next_action_date: input.nextActionDate ?? null,
        collector_id: collectorId,
        promise_id: promiseId,
        dispute_id: disputeId,
        reminder_id: reminderId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const who = contactName ? ` (${contactName})` : '';
    const next = input.nextActionDate ? `, à rappeler le ${frenchDay(input.nextActionDate)}` : '';
    await recordActivity(trx, {
      clientId: client.id,
      kind: 'call.logged',
      summary: `Appel au ${phone.display}${who} : ${OUTCOME_NAMES[input.outcome]}${next}${input.note ? ` — ${input.note}` : ''}`,
      data: { callId: id, outcome: input.outcome, phone: phone.e164, collectorId, promiseId, disputeId, reminderId },
    });
    const [call] = await loadCalls(trx, { ids: [id] });
    return {
      call,
      promise: promiseId === null ? null : await requirePromise(trx, promiseId, today, await promiseGraceDays(trx)),
      dispute: disputeId === null ? null : await requireDispute(trx, disputeId, today),
    };
  });
}
