import type { Dispute } from '../../shared/contract/client-file.types';

/**
 * The order a collector reads disputes in: unresolved ones first, oldest first (they need attention); then
 * resolved ones, most recently closed first (what just happened). The core lists them oldest first.
 */
export function orderDisputes(disputes: readonly Dispute[]): Dispute[] {
  const active = disputes.filter((d) => d.status !== 'resolved');
  const resolved = disputes
    .filter((d) => d.status === 'resolved')
    .sort((a, b) => (b.closedOn ?? '').localeCompare(a.closedOn ?? '') || b.id - a.id);
  return [...active, ...resolved];
}
