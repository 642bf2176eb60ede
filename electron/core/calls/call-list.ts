import type { CallList, CallListRow, CallReason } from '../../../shared/contract/calls.types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';
import { settlePromises } from '../promises/settle-promises';
import { callPriority, comparePriority } from './call-priority';
import { callReasons } from './call-sources';
import { loadClientFacts, type ClientFacts } from './client-facts';
import { bestPhone, loadClientPhones } from './client-phones';

export function toRow(facts: ClientFacts, reasons: CallReason[], phone: CallListRow['phone']): CallListRow {
  const overCreditLimit = facts.creditLimitCents !== null && facts.exposureCents > facts.creditLimitCents;
  return {
    clientId: facts.id,
    clientCode: facts.code,
    clientName: facts.name,
    collectorId: facts.collectorId,
    collectorName: facts.collectorName,
    phone,
    overdueCents: facts.overdueCents,
    oldestDaysLate: facts.oldestDaysLate,
    exposureCents: facts.exposureCents,
    creditLimitCents: facts.creditLimitCents,
    brokenPromises: facts.brokenPromises,
    lastAction: facts.lastAction,
    reasons,
    priority: callPriority({
      overdueCents: facts.overdueCents,
      oldestDaysLate: facts.oldestDaysLate,
      brokenPromises: facts.brokenPromises,
      overCreditLimit,
    }),
  };
}

/** Today's call list (issue 5 §1): promises settled first, then one row per client with its reasons. */
export async function buildCallList(
  ctx: CoreContext,
  today: IsoDate,
  collectorId: number | undefined,
): Promise<CallList> {
  await settlePromises(ctx.db, today);
  const reasons = await callReasons(ctx, today);
  const facts = await loadClientFacts(ctx.db, [...reasons.keys()], today);
  const kept = [...facts.values()].filter(
    (f) => f.archived === 0 && (collectorId === undefined || f.collectorId === collectorId),
  );
  const phones = await loadClientPhones(
    ctx.db,
    kept.map((f) => f.id),
  );
  const rows = kept.map((f) => toRow(f, reasons.get(f.id)!, bestPhone(phones.get(f.id))));
  rows.sort(comparePriority);
  return {
    today,
    collectorId: collectorId ?? null,
    rows,
    totalOverdueCents: rows.reduce((sum, r) => sum + r.overdueCents, 0),
  };
}
