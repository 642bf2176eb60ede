import type { DunningChannel, TemplateLevel } from '../../../shared/contract/reminders.types';
import type { IsoDate } from '../../../shared/domain/dates';

/** French words for the timeline summaries of the follow-up (stored text, so plain strings). */

export const LEVEL_NAMES: Record<TemplateLevel, string> = {
  courtesy: 'Rappel de courtoisie',
  reminder_1: 'Relance 1',
  reminder_2: 'Relance 2',
  formal_notice: 'Mise en demeure',
  statement: 'Relevé de compte',
  call_script: 'Appel',
  other: 'Relance',
};

/** "par courrier": how an action went. */
export const CHANNEL_WAYS: Record<DunningChannel, string> = {
  email: 'par e-mail',
  letter: 'par courrier',
  registered_letter: 'par lettre recommandée',
  call: 'par téléphone',
  litigation: 'au contentieux',
};

/** "J+7", "J-5". */
export function stepLabel(offsetDays: number): string {
  return `J${offsetDays >= 0 ? '+' : ''}${offsetDays}`;
}

/** "2026-11-22" → "22/11/2026". */
export function frenchDay(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
