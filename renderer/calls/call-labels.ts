import type { TFunction } from 'i18next';
import type { CallListRow, CallOutcome, CallReason } from '../../shared/contract/calls.types';
import { callOutcomes } from '../../shared/contract/calls.types';
import { formatMoney } from '../format/format';
import type { Language } from '../i18n/i18n';

/** The single keys that log an outcome on the call sheet: 1 → reached … 8 → call back. */
export const OUTCOME_KEYS: Record<CallOutcome, string> = Object.fromEntries(
  callOutcomes.map((outcome, index) => [outcome, String(index + 1)]),
) as Record<CallOutcome, string>;

export function outcomeOfKey(key: string): CallOutcome | null {
  const index = Number(key) - 1;
  return Number.isInteger(index) && index >= 0 && index < callOutcomes.length ? callOutcomes[index] : null;
}

/** Outcomes that need more than a click: the promise, the dispute, the callback date. */
export const OUTCOMES_WITH_DETAILS: readonly CallOutcome[] = ['promise', 'dispute', 'call_back'];

/** J+15, J−5 as on the dunning plans. */
export function offsetLabel(offsetDays: number): string {
  if (offsetDays === 0) return 'J';
  return offsetDays > 0 ? `J+${offsetDays}` : `J\u2212${-offsetDays}`;
}

export function reasonLabel(reason: CallReason, t: TFunction): string {
  if (reason.kind === 'call_step') return t('calls.reasons.call_step', { offset: offsetLabel(reason.offsetDays) });
  return t(`calls.reasons.${reason.kind}`);
}

/** "Échu 4 200 € · 95 j de retard · 1 promesse non tenue · plafond dépassé": why the row ranks where it does. */
export function priorityParts(row: CallListRow, t: TFunction, language: Language): string {
  const parts = [t('calls.priority.overdue', { amount: formatMoney(row.overdueCents, language) })];
  if (row.oldestDaysLate > 0) parts.push(t('calls.priority.late', { count: row.oldestDaysLate }));
  if (row.brokenPromises > 0) parts.push(t('calls.priority.broken', { count: row.brokenPromises }));
  if (row.priority.creditLimitPoints > 0) parts.push(t('calls.priority.credit'));
  return parts.join(' · ');
}

/** The points behind the score, for the tooltip: "30 + 31 + 15 + 0". */
export function priorityPoints(row: CallListRow): string {
  const p = row.priority;
  return `${p.overduePoints} + ${p.latenessPoints} + ${p.brokenPromisePoints} + ${p.creditLimitPoints}`;
}
