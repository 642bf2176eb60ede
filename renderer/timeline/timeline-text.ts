import type { TFunction } from 'i18next';
import { callOutcomes, type CallOutcome } from '../../shared/contract/calls.types';
import type { DisputeReason, DisputeResolution, TimelineEntry } from '../../shared/contract/client-file.types';
import { dunningChannels, templateLevels, type DunningChannel } from '../../shared/contract/reminders.types';
import { DISPUTE_REASONS, RESOLUTIONS } from '../disputes/dispute-form';
import { formatDate } from '../format/format';
import { stepLabel } from '../reminders/reminder-labels';
import { timelineKindKey } from './timeline-kinds';

/** "Facture créée", "Règlement reçu"…; an unknown kind is shown as the core wrote it. */
export function timelineLabel(entry: TimelineEntry, t: TFunction): string {
  const key = timelineKindKey(entry.kind);
  return key ? t(`timeline.kinds.${key}`) : entry.kind;
}

const isReason = (value: unknown): value is DisputeReason =>
  typeof value === 'string' && (DISPUTE_REASONS as readonly string[]).includes(value);
const isResolution = (value: unknown): value is DisputeResolution =>
  typeof value === 'string' && (RESOLUTIONS as readonly string[]).includes(value);

/**
 * The entry's summary in the user's language where the core stored codes (a dispute's reason, its
 * resolution, its new status); otherwise the core's own summary (invoice numbers and amounts, a note's text).
 */
export function timelineSummary(entry: TimelineEntry, t: TFunction): string {
  const invoice = entry.summary.split(':')[0]?.trim() ?? '';
  const data = entry.data;
  if (entry.kind === 'dispute.opened' && isReason(data.reason)) {
    const reason = t(`disputes.reasons.${data.reason}`);
    const rest = entry.summary.replace(/^[^:]*:\s*\S+/, '').trim();
    return [invoice, `${reason}${rest ? ` ${rest}` : ''}`].filter(Boolean).join(' — ');
  }
  if (entry.kind === 'dispute.resolved' && isResolution(data.resolution)) {
    return [invoice, t(`disputes.resolutions.${data.resolution}`)].filter(Boolean).join(' — ');
  }
  if (entry.kind === 'client.updated') {
    // The core lists the changed fields by their code names: `city, paymentTerms`.
    return entry.summary
      .split(',')
      .map((name) => clientFieldLabel(name.trim(), t))
      .join(', ');
  }
  if (entry.kind === 'allocation.created') {
    // The core writes `FA-1 ← payment: 60,00 €` or `FA-1 ← credit note AV-2: 60,00 €`.
    const fromPayment = /^(.*) ← payment: (.*)$/.exec(entry.summary);
    if (fromPayment) return t('timeline.allocationFromPayment', { invoice: fromPayment[1], amount: fromPayment[2] });
    const fromCreditNote = /^(.*) ← credit note (.*): (.*)$/.exec(entry.summary);
    if (fromCreditNote)
      return t('timeline.allocationFromCreditNote', {
        invoice: fromCreditNote[1],
        creditNote: fromCreditNote[2],
        amount: fromCreditNote[3],
      });
  }
  if (entry.kind.startsWith('reminder.')) {
    const text = reminderSummary(entry, t);
    if (text !== null) return text;
  }
  if (entry.kind === 'call.logged') {
    const text = callSummary(entry, t);
    if (text !== null) return text;
  }
  if (entry.kind === 'dispute.updated' && data.status === 'in_progress') {
    return [invoice, t('disputes.statuses.in_progress')].filter(Boolean).join(' — ');
  }
  return entry.summary;
}

const isChannel = (value: unknown): value is DunningChannel =>
  typeof value === 'string' && (dunningChannels as readonly string[]).includes(value);

/** An amount at the end of the core's French summary (`…, 1 234,56 €`), kept as written. */
const TRAILING_AMOUNT = /(-?\d[\d\s\u00a0\u202f]*,\d{2}\s?€)\s*$/;

/**
 * Reminder entries rebuilt from their data (step, channel, invoices) in the user's language; null when the
 * data is not what this version expects, so the core's own summary shows instead.
 */
function reminderSummary(entry: TimelineEntry, t: TFunction): string | null {
  const data = entry.data;
  if (entry.kind === 'reminder.postponed' && isChannel(data.channel) && typeof data.until === 'string') {
    return t('timeline.reminderPostponed', {
      channel: t(`reminders.channels.${data.channel}`),
      date: formatDate(data.until),
    });
  }
  if (entry.kind === 'reminder.tracking') {
    if (typeof data.trackingNumber === 'string') return t('timeline.reminderTracking', { number: data.trackingNumber });
    return data.trackingNumber === null ? t('timeline.reminderTrackingCleared') : null;
  }
  if (entry.kind !== 'reminder.done' && entry.kind !== 'reminder.skipped') return null;
  if (!isChannel(data.channel) || typeof data.offsetDays !== 'number') return null;
  const level =
    typeof data.level === 'string' && (templateLevels as readonly string[]).includes(data.level)
      ? (data.level as (typeof templateLevels)[number])
      : null;
  const step = stepLabel({ level, channel: data.channel, offsetDays: data.offsetDays }, t);
  if (entry.kind === 'reminder.skipped') return t('timeline.reminderSkipped', { step });
  const numbers = Array.isArray(data.invoices)
    ? data.invoices
        .map((invoice: unknown) =>
          invoice && typeof invoice === 'object' && 'number' in invoice ? String(invoice.number) : '',
        )
        .filter(Boolean)
    : [];
  const amount = TRAILING_AMOUNT.exec(entry.summary)?.[1];
  // "Appel · J+15 · Appel" says it twice: a call script's step already names the channel.
  const how =
    level === 'call_script' && data.channel === 'call' ? step : `${step} · ${t(`reminders.channels.${data.channel}`)}`;
  return [how, numbers.join(', '), amount].filter(Boolean).join(' — ');
}

const isOutcome = (value: unknown): value is CallOutcome =>
  typeof value === 'string' && (callOutcomes as readonly string[]).includes(value);

/** The core writes `Appel au 01 23 45 67 89 (Paul) : messagerie, à rappeler le 29/11/2026 — note`. */
const CALL_SUMMARY = /^Appel au (.+?) : .*?(?:, à rappeler le (\d{2}\/\d{2}\/\d{4}))?(?: — ([\s\S]*))?$/;

/** A call in the user's language: its outcome, the number (and who), the callback date and the note. */
function callSummary(entry: TimelineEntry, t: TFunction): string | null {
  const match = CALL_SUMMARY.exec(entry.summary);
  if (!match || !isOutcome(entry.data.outcome)) return null;
  const [, phone, next, note] = match;
  const text = t('timeline.callLogged', { outcome: t(`timeline.callOutcomes.${entry.data.outcome}`), phone });
  return [text, next ? t('timeline.callNext', { date: next }) : '', note ?? ''].filter(Boolean).join(' — ');
}

function clientFieldLabel(name: string, t: TFunction): string {
  switch (name) {
    case 'code':
      return t('clientForm.code');
    case 'name':
      return t('clientForm.name');
    case 'siren':
      return t('clientFile.siren');
    case 'vatNumber':
      return t('clientFile.vatNumber');
    case 'addressLine1':
    case 'addressLine2':
    case 'postalCode':
    case 'city':
    case 'country':
      return t(`clientForm.${name}`);
    case 'paymentTerms':
      return t('clientFile.paymentTerms');
    case 'creditLimitCents':
      return t('clientFile.creditLimit');
    case 'riskClassOverride':
      return t('clientForm.riskClass');
    case 'notes':
      return t('clientForm.notes');
    default:
      return name;
  }
}
