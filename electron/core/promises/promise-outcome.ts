import { addDays, type IsoDate } from '../../../shared/domain/dates';

/**
 * When a promise to pay is kept or broken (pure, property-tested). The client's payments dated from the day
 * the promise was made up to its date + the grace days count for it, in date order:
 * - kept as soon as they reach the promised amount (settled on the day of the payment that did it);
 * - broken when the last day of grace has passed without that (settled on the day after it);
 * - open (pending) otherwise. Payments dated after `today` are not known yet and never count.
 * Several promises of one client are each judged on the same payments: a client keeping a promise of 500 €
 * with one payment of 500 € keeps a second one of 300 € made in the same window too.
 */

export interface PromiseTerms {
  createdOn: IsoDate;
  promisedDate: IsoDate;
  amountCents: number;
}

export interface PaymentFact {
  date: IsoDate;
  amountCents: number;
}

export interface PromiseOutcome {
  status: 'open' | 'kept' | 'broken';
  settledOn: IsoDate | null;
  paidCents: number;
}

export function graceEnd(promisedDate: IsoDate, graceDays: number): IsoDate {
  return addDays(promisedDate, graceDays);
}

export function judgePromise(
  terms: PromiseTerms,
  payments: readonly PaymentFact[],
  graceDays: number,
  today: IsoDate,
): PromiseOutcome {
  const lastDay = graceEnd(terms.promisedDate, graceDays);
  const until = today < lastDay ? today : lastDay;
  const counted = payments
    .filter((p) => p.date >= terms.createdOn && p.date <= until)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let paid = 0;
  for (const payment of counted) {
    paid += payment.amountCents;
    if (paid >= terms.amountCents) {
      const total = counted.reduce((sum, p) => sum + p.amountCents, 0);
      return { status: 'kept', settledOn: payment.date, paidCents: total };
    }
  }
  if (today > lastDay) return { status: 'broken', settledOn: addDays(lastDay, 1), paidCents: paid };
  return { status: 'open', settledOn: null, paidCents: paid };
}
