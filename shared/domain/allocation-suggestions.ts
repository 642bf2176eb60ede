import type { Cents } from './money';

export interface SuggestionSource {
  reference: string;
  availableCents: Cents;
}

export interface SuggestionCandidate {
  invoiceId: number;
  number: string;
  externalRef: string;
  dueDate: string | null;
  openCents: Cents;
}

export type SuggestionReason = 'same_reference' | 'exact_amount' | 'oldest_first';

export interface RankedSuggestion extends SuggestionCandidate {
  amountCents: Cents;
  reason: SuggestionReason;
}

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** True when the payment's reference (bank label, cheque note…) names this invoice. */
function referenceMatches(reference: string, candidate: SuggestionCandidate): boolean {
  const ref = normalise(reference);
  if (ref.length < 3) return false;
  return [candidate.number, candidate.externalRef].some((key) => {
    const k = normalise(key);
    return k.length >= 3 && ref.includes(k);
  });
}

/**
 * Lettrage suggestions, as an accountant would look: invoices named in the reference first, then an invoice
 * of exactly the amount, then the oldest due. Amounts are what the source can still cover, in that order.
 */
export function rankAllocationSuggestions(
  source: SuggestionSource,
  candidates: readonly SuggestionCandidate[],
): RankedSuggestion[] {
  const byDue = [...candidates].sort(
    (a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.invoiceId - b.invoiceId,
  );
  const ordered: Array<[SuggestionCandidate, SuggestionReason]> = [];
  const taken = new Set<number>();
  const take = (candidate: SuggestionCandidate, reason: SuggestionReason) => {
    if (taken.has(candidate.invoiceId)) return;
    taken.add(candidate.invoiceId);
    ordered.push([candidate, reason]);
  };
  for (const c of byDue) if (referenceMatches(source.reference, c)) take(c, 'same_reference');
  for (const c of byDue) if (c.openCents === source.availableCents) take(c, 'exact_amount');
  for (const c of byDue) take(c, 'oldest_first');

  let remaining = source.availableCents;
  const suggestions: RankedSuggestion[] = [];
  for (const [candidate, reason] of ordered) {
    if (remaining <= 0) break;
    const amountCents = Math.min(candidate.openCents, remaining);
    remaining -= amountCents;
    suggestions.push({ ...candidate, amountCents, reason });
  }
  return suggestions;
}
