import type { DemoClient } from './client-identity';
import { exclVat, inclVat, type HistoryContext } from './history-context';
import type { ClientSkeleton } from './invoice-plan';
import type { Random } from './random';

/** What happened lately and is not matched yet: work still to invoice, down payments, an unused credit note. */
export function writeRecentItems(ctx: HistoryContext, client: DemoClient, skeleton: ClientSkeleton, rng: Random): void {
  const { writer, calendar, plan, today } = ctx;
  if (rng.chance(0.12)) {
    for (let n = rng.int(1, 2); n > 0; n--) {
      const deliveredDay = calendar.workingDayOnOrBefore(today - rng.int(0, 20));
      const exclVatCents = Math.max(1_500, Math.round(client.typicalExclVatCents * (0.3 + 1.4 * rng.next())));
      writer.invoiceToIssue(
        client.id,
        ctx.nextToIssueNumber(),
        inclVat(exclVatCents),
        exclVatCents,
        `BL ${rng.int(10_000, 99_999)}`,
        calendar.stamp(deliveredDay),
      );
    }
  }
  if (rng.chance(0.04)) {
    const day = calendar.workingDayOnOrBefore(today - rng.int(1, 45));
    const cents = Math.max(100_00, Math.round((client.typicalExclVatCents * (0.3 + 0.7 * rng.next())) / 1_000) * 1_000);
    const method = client.method === 'cheque' ? 'cheque' : 'transfer';
    writer.advance(
      client.id,
      calendar.iso(day),
      cents,
      method,
      `Acompte sur commande BC ${rng.int(100, 9999)}`,
      calendar.stamp(day),
    );
  }
  if (skeleton.spareCreditNoteDay >= 0) {
    const day = skeleton.spareCreditNoteDay;
    const cents = rng.int(5, 30) * 10_00;
    writer.creditNote(
      client.id,
      plan.creditNoteNumbers.next(day),
      calendar.iso(day),
      cents,
      exclVat(cents),
      'Geste commercial',
      calendar.stamp(day),
    );
  }
}
