import type { ParsedInputOf } from '../../../shared/contract/contract';
import type { AllocationSuggestion } from '../../../shared/contract/client-file.types';
import { CoreError } from '../../../shared/contract/errors';
import { rankAllocationSuggestions } from '../../../shared/domain/allocation-suggestions';
import type { CoreContext } from '../context';
import { isOpen, openCents } from '../db/open-amounts';

/** Suggestions for the lettrage dialog: which of the client's open invoices this payment or credit note settles. */
export async function suggestAllocations(
  ctx: CoreContext,
  input: ParsedInputOf<'allocations.suggest'>,
): Promise<AllocationSuggestion[]> {
  const source =
    input.paymentId !== undefined
      ? await ctx.db
          .selectFrom('payment')
          .select(['client_id', 'reference', openCents().as('available')])
          .where('id', '=', input.paymentId)
          .executeTakeFirst()
      : await ctx.db
          .selectFrom('invoice')
          .select(['client_id', 'external_ref as reference', openCents().as('available')])
          .where('id', '=', input.creditNoteId!)
          .where('kind', '=', 'credit_note')
          .executeTakeFirst();
  if (!source) {
    const field = input.paymentId !== undefined ? 'paymentId' : 'creditNoteId';
    throw new CoreError('not_found', `No ${field === 'paymentId' ? 'payment' : 'credit note'} with that id.`, field);
  }
  const candidates = await ctx.db
    .selectFrom('invoice')
    .select(['id', 'number', 'external_ref', 'due_date', openCents().as('open_cents')])
    .where('client_id', '=', source.client_id)
    .where('kind', '=', 'invoice')
    .where('status', '=', 'issued')
    .where(isOpen())
    .execute();
  return rankAllocationSuggestions(
    { reference: source.reference, availableCents: source.available },
    candidates.map((c) => ({
      invoiceId: c.id,
      number: c.number,
      externalRef: c.external_ref,
      dueDate: c.due_date,
      openCents: c.open_cents,
    })),
  ).map((s) => ({
    invoiceId: s.invoiceId,
    invoiceNumber: s.number,
    dueDate: s.dueDate,
    openCents: s.openCents,
    amountCents: s.amountCents,
    reason: s.reason,
  }));
}
