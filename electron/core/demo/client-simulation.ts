import { DEFAULT_PAYMENT_TERMS, type PaymentTerms } from '../../../shared/domain/payment-terms';
import type { DemoClient } from './client-identity';
import { creditNoteDispute, plainDispute } from './disputes';
import { exclVat, inclVat, workingDayOnOrAfter, type HistoryContext } from './history-context';
import type { ClientSkeleton } from './invoice-plan';
import { PaymentBatch } from './payment-batch';
import { BEHAVIOURS, paymentDelay } from './payment-behaviour';
import type { Random } from './random';
import { writeRecentItems } from './recent-items';

/**
 * One client's history, simulated invoice by invoice: each invoice is issued, maybe contested or partly
 * credited, then paid on time, late, in two instalments, or not (yet). Whatever is unpaid on `today` is the
 * client's encours: recent invoices are not due yet and late payers carry a backlog.
 *
 * The generator calls `issueNext()` for all clients interleaved in date order, so invoice ids and numbers
 * are both chronological (and inserted in index order, which is what keeps the bulk load fast).
 */
export class ClientSimulation {
  private next = 0;
  private readonly terms: PaymentTerms;
  private readonly automatic: boolean;
  private readonly owner: string;
  private readonly batch: PaymentBatch;

  constructor(
    private readonly ctx: HistoryContext,
    readonly client: DemoClient,
    private readonly skeleton: ClientSkeleton,
    private readonly rng: Random,
  ) {
    this.terms = client.terms ?? DEFAULT_PAYMENT_TERMS;
    this.automatic = client.method === 'direct_debit' || client.method === 'lcr';
    this.owner = ctx.collectorNames[client.collectorId - 1];
    this.batch = new PaymentBatch(ctx.writer, ctx.calendar, rng, client, client.groupsPayments);
  }

  issueNext(): void {
    const { writer, calendar, plan, today } = this.ctx;
    const { client, rng } = this;
    const k = this.next++;
    const day = this.skeleton.invoiceDays[k];
    const dueDay = calendar.dueDay(day, this.terms);
    const exclVatCents = Math.max(1_500, Math.round(client.typicalExclVatCents * (0.3 + 1.4 * rng.next())));
    const cents = inclVat(exclVatCents);
    const number = plan.invoiceNumbers.next(day);
    const ref = rng.chance(0.35) ? `BC ${calendar.iso(day).slice(0, 4)}-${rng.int(100, 9999)}` : '';
    const invoiceId = writer.invoice(
      client.id,
      number,
      calendar.iso(day),
      calendar.iso(dueDay),
      cents,
      exclVatCents,
      ref,
      calendar.stamp(day),
    );
    const disputed = { clientId: client.id, invoiceId, invoiceDay: day, cents, owner: this.owner };
    const behaviour = BEHAVIOURS[client.profile];
    let owed = cents;
    let earliestPayment = day + 1;

    const creditNoteDay = this.skeleton.creditNoteDays[k];
    if (creditNoteDay >= 0) {
      const creditCents = Math.max(100, Math.round(cents * (0.05 + 0.25 * rng.next())));
      creditNoteDispute(writer, calendar, rng, disputed, creditNoteDay, creditCents, today);
      if (creditNoteDay > today) return; // the complaint is still being handled: the invoice waits
      const creditNoteId = writer.creditNote(
        client.id,
        plan.creditNoteNumbers.next(creditNoteDay),
        calendar.iso(creditNoteDay),
        creditCents,
        exclVat(creditCents),
        `Avoir sur ${number}`,
        calendar.stamp(creditNoteDay),
      );
      writer.allocation(
        invoiceId,
        null,
        creditNoteId,
        creditCents,
        calendar.iso(creditNoteDay),
        calendar.stamp(creditNoteDay),
      );
      owed -= creditCents;
      earliestPayment = creditNoteDay + 1;
    } else if (rng.chance(behaviour.dispute)) {
      const outcome = plainDispute(writer, calendar, rng, disputed, today);
      if (outcome?.open) return;
      if (outcome) earliestPayment = outcome.settledDay + rng.int(1, 10);
    }
    if (rng.chance(behaviour.neverPays)) return;

    const dueOrLate = this.automatic ? dueDay : dueDay + paymentDelay(rng, client.profile);
    const payDay = workingDayOnOrAfter(calendar, Math.max(earliestPayment, dueOrLate));
    if (payDay > today) return;

    if (owed >= 200_00 && rng.chance(behaviour.partial)) {
      // Paid in two instalments; the second one may not have come yet.
      const first = Math.round((owed * (0.3 + 0.4 * rng.next())) / 100) * 100;
      this.partPayment(invoiceId, number, first, payDay);
      const secondDay = workingDayOnOrAfter(calendar, payDay + rng.int(15, 60));
      if (secondDay <= today) this.partPayment(invoiceId, number, owed - first, secondDay);
      return;
    }
    this.batch.settle(invoiceId, number, owed, payDay);
  }

  /** After the client's last invoice: the pending grouped payment, then the recent unmatched items. */
  finish(): void {
    this.batch.flush();
    writeRecentItems(this.ctx, this.client, this.skeleton, this.rng);
  }

  private partPayment(invoiceId: number, number: string, cents: number, day: number): void {
    const { writer, calendar } = this.ctx;
    const { client, rng } = this;
    const method = this.automatic ? 'transfer' : client.method;
    const source = method === 'cheque' ? `CHQ n° ${rng.int(1_000_000, 9_999_999)}` : `VIR SEPA ${client.bankLabel}`;
    const paymentId = writer.payment(
      client.id,
      calendar.iso(day),
      cents,
      method,
      `${source} acompte ${number}`,
      calendar.stamp(day),
    );
    writer.allocation(invoiceId, paymentId, null, cents, calendar.iso(day), calendar.stamp(day));
  }
}
