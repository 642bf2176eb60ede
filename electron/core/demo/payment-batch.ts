import type { PaymentMethod } from '../../../shared/contract/types';
import type { Calendar } from './calendar';
import type { LedgerWriter } from './ledger-writer';
import { paymentReference } from './payment-behaviour';
import type { Random } from './random';

const MAX_INVOICES_PER_PAYMENT = 5;
const MAX_SPREAD_DAYS = 10;

interface Settled {
  invoiceId: number;
  number: string;
  cents: number;
}

export interface Payer {
  id: number;
  code: string;
  bankLabel: string;
  method: PaymentMethod;
}

/**
 * Invoices settled in full. A client that groups its payments settles invoices falling due close together
 * with one transfer or cheque (one payment, several allocations), as real accounts departments do.
 */
export class PaymentBatch {
  private members: Settled[] = [];
  private firstDay = 0;
  private lastDay = 0;

  constructor(
    private readonly writer: LedgerWriter,
    private readonly calendar: Calendar,
    private readonly rng: Random,
    private readonly payer: Payer,
    private readonly grouped: boolean,
  ) {}

  settle(invoiceId: number, number: string, cents: number, day: number): void {
    if (!this.grouped) {
      this.write([{ invoiceId, number, cents }], day);
      return;
    }
    const fits =
      this.members.length > 0 &&
      this.members.length < MAX_INVOICES_PER_PAYMENT &&
      Math.abs(day - this.firstDay) <= MAX_SPREAD_DAYS;
    if (!fits) {
      this.flush();
      this.firstDay = day;
      this.lastDay = day;
    }
    this.members.push({ invoiceId, number, cents });
    this.lastDay = Math.max(this.lastDay, day);
  }

  /** Writes the pending grouped payment; call once the client's invoices are done. */
  flush(): void {
    if (this.members.length > 0) this.write(this.members, this.lastDay);
    this.members = [];
  }

  private write(settled: Settled[], day: number): void {
    const date = this.calendar.iso(day);
    const stamp = this.calendar.stamp(day);
    let total = 0;
    for (const s of settled) total += s.cents;
    const numbers = settled.map((s) => s.number);
    const { id, code, bankLabel, method } = this.payer;
    const paymentId = this.writer.payment(
      id,
      date,
      total,
      method,
      paymentReference(this.rng, method, bankLabel, code, numbers),
      stamp,
    );
    for (const s of settled) this.writer.allocation(s.invoiceId, paymentId, null, s.cents, date, stamp);
  }
}
