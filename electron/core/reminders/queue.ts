import type { DunningChannel, QueueItem, QueueProblem, ReminderQueue } from '../../../shared/contract/reminders.types';
import { addDays, daysBetween, type IsoDate } from '../../../shared/domain/dates';
import { dueActions, type DueAction } from '../../../shared/domain/dunning/engine';
import type { CoreContext } from '../context';
import { createLetterChecker } from '../letters/letter-checker';
import { stepLabel } from './labels';
import { loadQueueData, type QueueData } from './queue-data';
import { loadRecipients, type Recipient } from './recipients';

const CHANNEL_NAMES: Record<DunningChannel, string> = {
  email: 'un e-mail',
  letter: 'un courrier',
  registered_letter: 'une lettre recommandée',
  call: 'un appel',
  litigation: 'le dossier contentieux',
};

/** What stops an action from being produced, as far as the ledger tells (the letter checker adds the rest). */
function ledgerProblems(action: DueAction, recipient: Recipient): QueueProblem[] {
  const problems: QueueProblem[] = [];
  const who = `${recipient.name} (${recipient.code})`;
  const postal =
    action.channel === 'letter' || action.channel === 'registered_letter' || action.channel === 'litigation';
  if (postal && !recipient.hasPostalAddress) {
    problems.push({
      code: 'no_address',
      message: `Pas d'adresse postale pour ${who} : impossible d'envoyer ${CHANNEL_NAMES[action.channel]}. Renseignez l'adresse, le code postal et la ville de la fiche client.`,
    });
  }
  if (action.channel === 'email' && recipient.email === '') {
    problems.push({
      code: 'no_email',
      message: `Pas d'adresse e-mail pour ${who} : renseignez l'e-mail du contact de facturation.`,
    });
  }
  if (action.channel !== 'call' && action.step.templateId === null) {
    problems.push({
      code: 'no_template',
      message: `L'étape ${stepLabel(action.step.offsetDays)} du scénario de ${who} n'a pas de modèle de lettre : choisissez-en un dans Paramètres › Scénarios.`,
    });
  }
  return problems;
}

function toItem(action: DueAction, data: QueueData, recipient: Recipient, today: IsoDate): QueueItem {
  const plan = data.plans.get(data.planOfClient.get(action.clientId) ?? 0);
  const invoices = action.invoices.map((due) => {
    const row = data.invoices.get(due.invoiceId)!;
    const dueDate = row.due_date ?? today;
    return {
      invoiceId: row.id,
      number: row.number,
      issueDate: row.issue_date ?? dueDate,
      dueDate,
      amountCents: row.amount_cents,
      openCents: row.amount_cents - row.allocated_cents,
      daysLate: daysBetween(dueDate, today),
      offsetDays: due.offsetDays,
    };
  });
  invoices.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.invoiceId - b.invoiceId));
  const templateId = action.step.templateId;
  return {
    clientId: action.clientId,
    clientCode: recipient.code,
    clientName: recipient.name,
    planId: plan?.id ?? 0,
    planName: plan?.name ?? '',
    stepId: action.step.stepId,
    offsetDays: action.step.offsetDays,
    channel: action.channel,
    templateId,
    level: templateId === null ? null : (data.templateLevels.get(templateId) ?? null),
    invoices,
    totalOpenCents: action.totalOpenCents,
    recipient: { name: recipient.contactName, email: recipient.email, addressLines: recipient.addressLines },
    problems: ledgerProblems(action, recipient),
  };
}

const byName = new Intl.Collator('fr');
const CHANNEL_ORDER: DunningChannel[] = ['email', 'letter', 'registered_letter', 'call', 'litigation'];
const byChannel = (a: QueueItem, b: QueueItem) => CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel);

/**
 * The day's queue from the ledger alone, without the letter checks (templates, rate tables). With `clientId`,
 * that client's actions only (its excluded counts then count that client alone).
 */
export async function computeQueue(ctx: CoreContext, today: IsoDate, clientId?: number): Promise<ReminderQueue> {
  const data = await loadQueueData(ctx, today, clientId);
  const { actions, excluded } = dueActions(data.clients, { today, minimumCents: data.settings.minimumCents });
  const recipients = await loadRecipients(ctx, [...new Set(actions.map((a) => a.clientId))]);
  const items = actions.map((action) => toItem(action, data, recipients.get(action.clientId)!, today));
  items.sort((a, b) => byName.compare(a.clientName, b.clientName) || a.clientId - b.clientId || byChannel(a, b));
  const stale = data.settings.paymentsStaleDays;
  return {
    today,
    items,
    excluded,
    lastPaymentDate: data.lastPaymentDate,
    paymentsStale: data.lastPaymentDate === null || data.lastPaymentDate < addDays(today, -stale),
    paymentsStaleDays: stale,
  };
}

/** The day's queue (DESIGN §5): the ledger's actions, each with what would stop its letter. */
export async function buildQueue(ctx: CoreContext, today: IsoDate): Promise<ReminderQueue> {
  const queue = await computeQueue(ctx, today);
  const check = await createLetterChecker(ctx, today);
  for (const item of queue.items) {
    if (item.channel !== 'call') item.problems.push(...check(item));
  }
  return queue;
}
