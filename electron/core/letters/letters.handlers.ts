import type { LedgerHandlers } from '../handler-types';

/** Merged letters, their PDFs and reading them back (helper B fills this in). */
export const letterHandlers: Partial<Pick<LedgerHandlers, 'templates.preview' | 'reminders.preview' | 'letters.read'>> =
  {};
