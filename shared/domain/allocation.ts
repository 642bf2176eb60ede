import type { Cents } from './money';

export interface AllocationSource<K> {
  key: K;
  availableCents: Cents;
}

export interface AllocationTarget {
  invoiceId: number;
  openCents: Cents;
}

export interface PlannedAllocation<K> {
  source: K;
  invoiceId: number;
  amountCents: Cents;
}

/**
 * FIFO lettrage: each source (payment or credit note, in the order given) settles the targets (open invoices,
 * oldest first) in turn. Never allocates more than a source has or a target owes.
 */
export function planFifoAllocations<K>(
  sources: readonly AllocationSource<K>[],
  targets: readonly AllocationTarget[],
): PlannedAllocation<K>[] {
  const remaining = targets.map((t) => t.openCents);
  const plan: PlannedAllocation<K>[] = [];
  let t = 0;
  for (const source of sources) {
    let available = source.availableCents;
    while (available > 0 && t < targets.length) {
      const amount = Math.min(available, remaining[t]);
      if (amount > 0) {
        plan.push({ source: source.key, invoiceId: targets[t].invoiceId, amountCents: amount });
        available -= amount;
        remaining[t] -= amount;
      }
      if (remaining[t] === 0) t++;
    }
  }
  return plan;
}
