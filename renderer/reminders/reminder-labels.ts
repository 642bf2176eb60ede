import type { TFunction } from 'i18next';
import type { DunningChannel, QueueItem, TemplateLevel } from '../../shared/contract/reminders.types';

/** "J+7", "J−5" (a real minus sign), "J" on the due date itself: how the plans write their offsets. */
export function offsetLabel(offsetDays: number): string {
  if (offsetDays === 0) return 'J';
  return offsetDays > 0 ? `J+${offsetDays}` : `J\u2212${-offsetDays}`;
}

/** "Relance 1 · J+7", "Mise en demeure · J+45"; a step without a template is named by its channel. */
export function stepLabel(
  step: { level: TemplateLevel | null; channel: DunningChannel; offsetDays: number },
  t: TFunction,
): string {
  const name = step.level ? t(`reminders.levels.${step.level}`) : t(`reminders.channels.${step.channel}`);
  return `${name} · ${offsetLabel(step.offsetDays)}`;
}

/** An action of the queue is named by its client and channel (one action per client per channel). */
export function itemKey(item: { clientId: number; channel: DunningChannel }): string {
  return `${item.clientId}:${item.channel}`;
}

/** Calls are logged from the Appels screen; an item with a problem cannot be generated until fixed. */
export function isSelectable(item: QueueItem): boolean {
  return item.problems.length === 0 && item.channel !== 'call';
}

/** Letters are printed: plain and registered ones go to the combined PDF. */
export function isLetter(channel: DunningChannel): boolean {
  return channel === 'letter' || channel === 'registered_letter';
}
