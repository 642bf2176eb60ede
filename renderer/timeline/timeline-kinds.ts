/**
 * Timeline kinds as the core writes them (`invoice.created`, `note`…) and the filters the user picks from.
 * A filter is a prefix: the core matches `invoice` to `invoice.created` and `invoice.updated`.
 */

export const TIMELINE_FILTERS = [
  'invoice',
  'credit_note',
  'payment',
  'allocation',
  'dispute',
  'reminder',
  'call',
  'promise',
  'note',
  'contact',
  'import',
  'client',
] as const;
export type TimelineFilter = (typeof TIMELINE_FILTERS)[number];

/** Translation keys of the kinds the core records today (i18next reads dots as nesting, hence underscores). */
export const TIMELINE_KINDS = {
  'client.created': 'client_created',
  'client.updated': 'client_updated',
  'client.archived': 'client_archived',
  'client.restored': 'client_restored',
  'invoice.created': 'invoice_created',
  'invoice.updated': 'invoice_updated',
  'credit_note.created': 'credit_note_created',
  'payment.received': 'payment_received',
  'allocation.created': 'allocation_created',
  'allocation.deleted': 'allocation_deleted',
  'dispute.opened': 'dispute_opened',
  'dispute.updated': 'dispute_updated',
  'dispute.resolved': 'dispute_resolved',
  'reminder.done': 'reminder_done',
  'reminder.skipped': 'reminder_skipped',
  'reminder.postponed': 'reminder_postponed',
  'reminder.tracking': 'reminder_tracking',
  'call.logged': 'call_logged',
  'promise.created': 'promise_created',
  'promise.kept': 'promise_kept',
  'promise.broken': 'promise_broken',
  'promise.cancelled': 'promise_cancelled',
  'contact.created': 'contact_created',
  'contact.updated': 'contact_updated',
  'contact.archived': 'contact_archived',
  'contact.restored': 'contact_restored',
  note: 'note',
  import: 'import',
} as const;
export type TimelineKindKey = (typeof TIMELINE_KINDS)[keyof typeof TIMELINE_KINDS];

/** The translation key of a kind, or null for one this version does not know (shown as written). */
export function timelineKindKey(kind: string): TimelineKindKey | null {
  return Object.prototype.hasOwnProperty.call(TIMELINE_KINDS, kind)
    ? TIMELINE_KINDS[kind as keyof typeof TIMELINE_KINDS]
    : null;
}

/** The family of a kind, for its icon and colour: `invoice.created` → `invoice`. */
export function timelineFamily(kind: string): TimelineFilter | 'other' {
  const family = kind.split('.')[0];
  return (TIMELINE_FILTERS as readonly string[]).includes(family) ? (family as TimelineFilter) : 'other';
}
