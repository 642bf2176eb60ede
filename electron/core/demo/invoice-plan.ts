import type { Calendar } from './calendar';
import { createRandom, deriveSeed } from './random';

/**
 * The skeleton of the history, fixed before any row is written: how many invoices each client gets and on
 * which days. Knowing every invoice day up front is what lets numbers be chronological across the company
 * (FA-2025-000001 is the first invoice of 2025, whoever the client), as French law requires, while the rows
 * are still written one client at a time.
 */
export interface ClientSkeleton {
  invoiceDays: Int32Array;
  /** Day of the credit note answering a complaint about each invoice; −1: none. After today: still pending. */
  creditNoteDays: Int32Array;
  /** Day of a credit note not yet used against any invoice (commercial gesture); −1: none. */
  spareCreditNoteDay: number;
  firstDay: number;
}

export interface InvoicePlan {
  skeletons: ClientSkeleton[];
  /** Client index of every issued invoice, in date order (then client order): the order they are written in. */
  dateOrder: Int32Array;
  issuedInvoices: number;
  invoiceNumbers: ChronologicalNumbering;
  creditNoteNumbers: ChronologicalNumbering;
}

/** Document numbers in date order within each year, from counts of documents per day. */
export class ChronologicalNumbering {
  private readonly counts: Int32Array;
  private readonly used: Int32Array;
  private readonly starts: Int32Array;

  constructor(
    private readonly calendar: Calendar,
    private readonly prefix: string,
  ) {
    const length = calendar.lastDay - calendar.firstDay + 1;
    [this.counts, this.used, this.starts] = [new Int32Array(length), new Int32Array(length), new Int32Array(length)];
  }

  register(day: number): void {
    this.counts[day - this.calendar.firstDay]++;
  }

  /** Once every day is registered: each day's numbers follow all of the same year's earlier days. */
  finalize(): void {
    let running = 0;
    let year = -1;
    for (let i = 0; i < this.counts.length; i++) {
      const dayYear = this.calendar.year(this.calendar.firstDay + i);
      if (dayYear !== year) [year, running] = [dayYear, 0];
      this.starts[i] = running;
      running += this.counts[i];
    }
  }

  next(day: number): string {
    const i = day - this.calendar.firstDay;
    const sequence = this.starts[i] + ++this.used[i];
    return `${this.prefix}-${this.calendar.iso(day).slice(0, 4)}-${String(sequence).padStart(6, '0')}`;
  }
}

/** Splits `total` into whole counts proportional to the weights (largest remainders get the leftovers). */
function apportion(total: number, weights: Float64Array): Int32Array {
  let weightSum = 0;
  for (const w of weights) weightSum += w;
  const counts = new Int32Array(weights.length);
  const remainders: Array<[number, number]> = [];
  let given = 0;
  weights.forEach((w, i) => {
    const exact = (total * w) / weightSum;
    counts[i] = Math.floor(exact);
    given += counts[i];
    remainders.push([exact - counts[i], i]);
  });
  remainders.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < total - given; k++) counts[remainders[k][1]]++;
  return counts;
}

/** A quarter of the clients arrived during the period rather than before it. */
function arrivalDay(seed: number, index: number, startDay: number, today: number): number {
  const rng = createRandom(deriveSeed(seed, index, 5));
  return rng.chance(0.25) ? startDay + rng.int(0, Math.floor((today - startDay) * 0.8)) : startDay;
}

function clientSkeleton(
  seed: number,
  index: number,
  count: number,
  firstDay: number,
  startDay: number,
  today: number,
  calendar: Calendar,
): ClientSkeleton {
  const rng = createRandom(deriveSeed(seed, index, 3));
  const invoiceDays = new Int32Array(count);
  for (let k = 0; k < count; k++)
    invoiceDays[k] = Math.max(startDay, calendar.workingDayOnOrBefore(rng.int(firstDay, today)));
  invoiceDays.sort();
  const creditNoteDays = new Int32Array(count).fill(-1);
  for (let k = 0; k < count; k++) {
    if (rng.chance(0.025)) creditNoteDays[k] = calendar.workingDayOnOrBefore(invoiceDays[k] + rng.int(6, 30));
  }
  const spareCreditNoteDay = rng.chance(0.02) ? calendar.workingDayOnOrBefore(today - rng.int(1, 40)) : -1;
  return { invoiceDays, creditNoteDays, spareCreditNoteDay, firstDay };
}

/** Counting sort of all invoices by day; within a day, clients keep their index order. */
function dateOrder(skeletons: readonly ClientSkeleton[], total: number, calendar: Calendar): Int32Array {
  const days = calendar.lastDay - calendar.firstDay + 1;
  const next = new Int32Array(days + 1);
  for (const s of skeletons) for (const day of s.invoiceDays) next[day - calendar.firstDay + 1]++;
  for (let i = 1; i <= days; i++) next[i] += next[i - 1];
  const order = new Int32Array(total);
  skeletons.forEach((s, client) => {
    for (const day of s.invoiceDays) order[next[day - calendar.firstDay]++] = client;
  });
  return order;
}

export function planInvoices(
  seed: number,
  clients: number,
  issuedInvoices: number,
  startDay: number,
  today: number,
  calendar: Calendar,
): InvoicePlan {
  // Client sizes vary a lot: a few big accounts, many small ones; every client has at least one invoice.
  // A client that arrived during the period has had less time to be invoiced.
  const sizeRng = createRandom(deriveSeed(seed, 0x5173));
  const arrivals = Array.from({ length: clients }, (_, i) => arrivalDay(seed, i, startDay, today));
  const weights = new Float64Array(clients).map(
    (_, i) => sizeRng.logNormal(1, 0.8) * ((today - arrivals[i] + 1) / (today - startDay + 1)),
  );
  const counts = apportion(issuedInvoices - clients, weights).map((c) => c + 1);

  const invoiceNumbers = new ChronologicalNumbering(calendar, 'FA');
  const creditNoteNumbers = new ChronologicalNumbering(calendar, 'AV');
  const skeletons: ClientSkeleton[] = [];
  for (let i = 0; i < clients; i++) {
    const skeleton = clientSkeleton(seed, i, counts[i], arrivals[i], startDay, today, calendar);
    for (const day of skeleton.invoiceDays) invoiceNumbers.register(day);
    for (const day of skeleton.creditNoteDays) if (day >= 0 && day <= today) creditNoteNumbers.register(day);
    if (skeleton.spareCreditNoteDay >= 0) creditNoteNumbers.register(skeleton.spareCreditNoteDay);
    skeletons.push(skeleton);
  }
  invoiceNumbers.finalize();
  creditNoteNumbers.finalize();
  return {
    skeletons,
    dateOrder: dateOrder(skeletons, issuedInvoices, calendar),
    issuedInvoices,
    invoiceNumbers,
    creditNoteNumbers,
  };
}
