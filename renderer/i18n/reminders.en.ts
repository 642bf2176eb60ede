import type { remindersFr } from './reminders.fr';

/** The Relances screen (English). */
export const remindersEn: typeof remindersFr = {
  reminders: {
    title: 'Reminders',
  },
};
