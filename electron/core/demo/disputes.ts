import type { Calendar } from './calendar';
import { DISPUTE_COMMENTS, type DisputeReason } from './french-business';
import type { LedgerWriter } from './ledger-writer';
import type { Random } from './random';

const CREDIT_NOTE_REASONS: readonly DisputeReason[] = ['price', 'quantity', 'quality', 'delivery'];
const OTHER_REASONS: ReadonlyArray<readonly [DisputeReason, number]> = [
  ['price', 20],
  ['quantity', 15],
  ['quality', 20],
  ['delivery', 15],
  ['billing', 15],
  ['duplicate', 5],
  ['other', 10],
];

export interface DisputedInvoice {
  clientId: number;
  invoiceId: number;
  invoiceDay: number;
  cents: number;
  owner: string;
}

/** What became of a complaint: the invoice stays unpaid while it is open; `settledDay` is when it closed. */
export type DisputeOutcome = { open: true } | { open: false; settledDay: number };

/**
 * A complaint answered by a credit note: resolved on the credit note's day, or still being handled when that
 * day is after today (the invoice then waits).
 */
export function creditNoteDispute(
  writer: LedgerWriter,
  calendar: Calendar,
  rng: Random,
  invoice: DisputedInvoice,
  creditNoteDay: number,
  creditCents: number,
  today: number,
): void {
  const reason = rng.pick(CREDIT_NOTE_REASONS);
  const openedDay = Math.min(
    today,
    invoice.invoiceDay + rng.int(2, Math.max(2, creditNoteDay - invoice.invoiceDay - 2)),
  );
  const resolved = creditNoteDay <= today;
  writer.dispute(
    {
      clientId: invoice.clientId,
      invoiceId: invoice.invoiceId,
      openedOn: calendar.iso(openedDay),
      reason,
      disputedCents: creditCents,
      status: resolved ? 'resolved' : 'in_progress',
      owner: invoice.owner,
      comment: DISPUTE_COMMENTS[reason],
      resolution: resolved ? 'credit_note' : null,
      closedOn: resolved ? calendar.iso(creditNoteDay) : null,
    },
    calendar.stamp(openedDay),
  );
}

/**
 * Any other complaint: still open when it was raised recently, otherwise resolved without a credit note
 * (rejected, or the client agreed to pay). Returns null when the complaint would be raised after today.
 */
export function plainDispute(
  writer: LedgerWriter,
  calendar: Calendar,
  rng: Random,
  invoice: DisputedInvoice,
  today: number,
): DisputeOutcome | null {
  const openedDay = invoice.invoiceDay + rng.int(5, 40);
  if (openedDay > today) return null;
  const closedDay = openedDay + rng.int(15, 120);
  const reason = rng.weighted(OTHER_REASONS);
  const open = closedDay > today;
  const partial = reason === 'quality' || reason === 'quantity' || reason === 'price';
  writer.dispute(
    {
      clientId: invoice.clientId,
      invoiceId: invoice.invoiceId,
      openedOn: calendar.iso(openedDay),
      reason,
      disputedCents: partial ? Math.max(100, Math.round(invoice.cents * (0.1 + 0.5 * rng.next()))) : invoice.cents,
      status: open
        ? rng.weighted([
            ['open', 60],
            ['in_progress', 40],
          ] as const)
        : 'resolved',
      owner: invoice.owner,
      comment: DISPUTE_COMMENTS[reason],
      resolution: open
        ? null
        : rng.weighted([
            ['rejected', 65],
            ['paid', 35],
          ] as const),
      closedOn: open ? null : calendar.iso(closedDay),
    },
    calendar.stamp(openedDay),
  );
  return open ? { open: true } : { open: false, settledDay: closedDay };
}
