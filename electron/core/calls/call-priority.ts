import type { CallPriority } from '../../../shared/contract/calls.types';

/** The facts a call's priority is computed from. Pure: the numbers are explained in CallPriority's JSDoc. */
export interface PriorityFacts {
  overdueCents: number;
  oldestDaysLate: number;
  brokenPromises: number;
  overCreditLimit: boolean;
}

export const PRIORITY_CAPS = { overdue: 60, lateness: 40, brokenPromises: 45, creditLimit: 15 } as const;

export function callPriority(facts: PriorityFacts): CallPriority {
  const euros = Math.max(0, facts.overdueCents) / 100;
  // log10 of whole euros keeps the points integer-stable: 999,99 € and 1 000 € differ by at most one point.
  const overduePoints = Math.min(PRIORITY_CAPS.overdue, Math.floor(10 * Math.log10(1 + Math.floor(euros))));
  const latenessPoints = Math.min(PRIORITY_CAPS.lateness, Math.floor(Math.max(0, facts.oldestDaysLate) / 3));
  const brokenPromisePoints = Math.min(PRIORITY_CAPS.brokenPromises, 15 * Math.max(0, facts.brokenPromises));
  const creditLimitPoints = facts.overCreditLimit ? PRIORITY_CAPS.creditLimit : 0;
  return {
    score: overduePoints + latenessPoints + brokenPromisePoints + creditLimitPoints,
    overduePoints,
    latenessPoints,
    brokenPromisePoints,
    creditLimitPoints,
  };
}

/** Highest score first; then the larger overdue amount, the older debt, and the client id so the order is total. */
export function comparePriority(
  a: { priority: CallPriority; overdueCents: number; oldestDaysLate: number; clientId: number },
  b: { priority: CallPriority; overdueCents: number; oldestDaysLate: number; clientId: number },
): number {
  return (
    b.priority.score - a.priority.score ||
    b.overdueCents - a.overdueCents ||
    b.oldestDaysLate - a.oldestDaysLate ||
    a.clientId - b.clientId
  );
}
