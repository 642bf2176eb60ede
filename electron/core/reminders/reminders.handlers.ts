import type { LedgerHandlers } from '../handler-types';

/** The day's queue and what is done from it (helper A fills this in). */
export const reminderHandlers: Partial<
  Pick<
    LedgerHandlers,
    | 'reminders.queue'
    | 'reminders.postpone'
    | 'reminders.skip'
    | 'reminders.generate'
    | 'reminders.history'
    | 'reminders.setTracking'
  >
> = {};
