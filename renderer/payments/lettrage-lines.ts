import type { AllocationSuggestion, AllocationSuggestionReason } from '../../shared/contract/client-file.types';
import type { ApiError } from '../../shared/contract/errors';
import type { Invoice } from '../../shared/contract/types';
import type { Cents } from '../../shared/domain/money';
import { centsToInput, parseMoney } from '../format/money-input';
import type { FormErrorKey } from '../forms/form-schemas';

/** One open invoice in the lettrage dialog, with the amount the user wants to put on it. */
export interface LettrageLine {
  invoiceId: number;
  invoiceNumber: string;
  dueDate: string | null;
  openCents: Cents;
  /** Why the core suggested it; null for the other open invoices, offered with nothing on them. */
  reason: AllocationSuggestionReason | null;
  amountText: string;
}

/**
 * The core's suggestions first, pre-filled with its amounts, then the client's other issued open invoices at
 * zero, due date order: the user can move money to an invoice the suggestions did not pick.
 */
export function buildLettrageLines(suggestions: AllocationSuggestion[], openInvoices: Invoice[]): LettrageLine[] {
  const suggested = new Set(suggestions.map((s) => s.invoiceId));
  const lines: LettrageLine[] = suggestions.map((s) => ({
    invoiceId: s.invoiceId,
    invoiceNumber: s.invoiceNumber,
    dueDate: s.dueDate,
    openCents: s.openCents,
    reason: s.reason,
    amountText: centsToInput(s.amountCents),
  }));
  const others = openInvoices
    .filter((i) => i.kind === 'invoice' && i.issueDate !== null && i.openCents > 0 && !suggested.has(i.id))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.id - b.id);
  for (const invoice of others) {
    lines.push({
      invoiceId: invoice.id,
      invoiceNumber: invoice.number,
      dueDate: invoice.dueDate,
      openCents: invoice.openCents,
      reason: null,
      amountText: '',
    });
  }
  return lines;
}

export interface LettrageCheck {
  /** Cents per line; 0 for an empty line, null when the text is not an amount. */
  amounts: Array<Cents | null>;
  lineErrors: Map<number, FormErrorKey>;
  /** What the lines not yet written would allocate. */
  totalCents: Cents;
  /** What would be left of the payment or credit note (an advance, for a payment). */
  remainingCents: Cents;
  overAvailable: boolean;
  valid: boolean;
}

/** Every amount readable, none above its invoice's open amount, and their sum within what the source has left. */
export function checkLettrage(lines: readonly LettrageLine[], availableCents: Cents): LettrageCheck {
  const lineErrors = new Map<number, FormErrorKey>();
  const amounts = lines.map((line): Cents | null => {
    const parsed = parseMoney(line.amountText);
    if (!parsed.ok) {
      if (parsed.reason === 'empty') return 0;
      lineErrors.set(line.invoiceId, parsed.reason === 'too_precise' ? 'tooPrecise' : 'invalidAmount');
      return null;
    }
    if (parsed.cents < 0) {
      lineErrors.set(line.invoiceId, 'negative');
      return null;
    }
    if (parsed.cents > line.openCents) lineErrors.set(line.invoiceId, 'overOpen');
    return parsed.cents;
  });
  const totalCents = amounts.reduce<number>((sum, cents) => sum + (cents ?? 0), 0);
  const remainingCents = availableCents - totalCents;
  const overAvailable = remainingCents < 0;
  return {
    amounts,
    lineErrors,
    totalCents,
    remainingCents,
    overAvailable,
    valid: lineErrors.size === 0 && !overAvailable && totalCents > 0,
  };
}

/**
 * The line a refused `allocations.createMany` is about: the core names the input (`allocations.1.amountCents`)
 * when the input itself is wrong, and the invoice in its message when an amount exceeds what is open on it.
 * Null: the refusal is about the whole lettrage (e.g. more than the payment has left).
 */
export function lineOfError(error: ApiError, sent: readonly LettrageLine[]): LettrageLine | null {
  const indexed = /^allocations\.(\d+)\./.exec(error.field ?? '');
  if (indexed) return sent[Number(indexed[1])] ?? null;
  if (error.field !== 'amountCents' && error.field !== 'invoiceId') return null;
  const named = sent.filter((line) => new RegExp(`\\b${escapeRegExp(line.invoiceNumber)}\\b`).test(error.message));
  return named.length === 1 ? named[0]! : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
