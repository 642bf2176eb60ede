import type { TFunction } from 'i18next';
import type { QueueItem } from '../../shared/contract/reminders.types';

/** "3 courriers dont 1 recommandé, 2 e-mails (brouillons .eml)": what a run will produce, before it runs. */
export function generateSummary(items: QueueItem[], t: TFunction): string[] {
  const count = (predicate: (item: QueueItem) => boolean) => items.filter(predicate).length;
  const letters = count((item) => item.channel === 'letter' || item.channel === 'registered_letter');
  const registered = count((item) => item.channel === 'registered_letter');
  const emails = count((item) => item.channel === 'email');
  const litigation = count((item) => item.channel === 'litigation');
  const lines: string[] = [];
  if (letters > 0) {
    const letterText = t('reminders.confirm.letters', { count: letters });
    lines.push(
      registered > 0 ? `${letterText} ${t('reminders.confirm.registered', { count: registered })}` : letterText,
    );
  }
  if (emails > 0) lines.push(t('reminders.confirm.emails', { count: emails }));
  if (litigation > 0) lines.push(t('reminders.confirm.litigation', { count: litigation }));
  return lines;
}
