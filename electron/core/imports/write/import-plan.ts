import type { Transaction } from 'kysely';
import type { ImportCounts } from '../../../../shared/contract/imports.types';
import type { DB } from '../../db/tables';
import type { TouchedClients } from '../import-activity';
import type { ImportProgress } from '../import-progress';

export interface PlanCounts {
  clients: ImportCounts;
  invoices: ImportCounts;
  creditNotes: ImportCounts;
  payments: ImportCounts;
  allocationsCreated: number;
  disputesOpened: number;
}

/**
 * What an import will do, decided against the ledger before anything is written: the preview shows its
 * counts, the run executes `write` in the same transaction the plan was made in.
 */
export interface ImportPlan {
  counts: PlanCounts;
  write(trx: Transaction<DB>, progress: ImportProgress): Promise<TouchedClients>;
}

export const noCounts = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 });

export const emptyPlanCounts = (): PlanCounts => ({
  clients: noCounts(),
  invoices: noCounts(),
  creditNotes: noCounts(),
  payments: noCounts(),
  allocationsCreated: 0,
  disputesOpened: 0,
});

/** The columns whose value differs: an update writes only those, and none at all means « unchanged ». */
export function changedColumns(
  current: Record<string, unknown>,
  wanted: Record<string, unknown>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(wanted)) if (current[column] !== value) changes[column] = value;
  return changes;
}
