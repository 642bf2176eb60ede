import type { Transaction } from 'kysely';
import type { DB } from '../db/tables';
import type { ImportProgress } from './import-progress';
import { insertInBatches } from './write/batch-insert';

/** What an import did to one client, for its timeline. */
export interface ClientTouch {
  created: boolean;
  invoices: number;
  creditNotes: number;
  payments: number;
  updated: number;
}

export class TouchedClients {
  readonly byId = new Map<number, ClientTouch>();

  touch(clientId: number, change: Partial<ClientTouch>): void {
    const current = this.byId.get(clientId) ?? { created: false, invoices: 0, creditNotes: 0, payments: 0, updated: 0 };
    this.byId.set(clientId, {
      created: current.created || change.created === true,
      invoices: current.invoices + (change.invoices ?? 0),
      creditNotes: current.creditNotes + (change.creditNotes ?? 0),
      payments: current.payments + (change.payments ?? 0),
      updated: current.updated + (change.updated ?? 0),
    });
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

function summary(fileName: string, t: ClientTouch): string {
  const parts = [
    t.created ? 'client créé' : '',
    t.invoices ? plural(t.invoices, 'facture', 'factures') : '',
    t.creditNotes ? plural(t.creditNotes, 'avoir', 'avoirs') : '',
    t.payments ? plural(t.payments, 'règlement', 'règlements') : '',
    t.updated ? plural(t.updated, 'mise à jour', 'mises à jour') : '',
  ].filter(Boolean);
  return `Import « ${fileName} » : ${parts.join(', ') || 'mis à jour'}`;
}

/**
 * One timeline entry per client the import changed (not one per row: 100,000 invoices must not bury the
 * timeline), plus one entry without client that records the import itself.
 */
export async function recordImportActivities(
  trx: Transaction<DB>,
  fileName: string,
  touched: TouchedClients,
  globalSummary: string,
  data: Record<string, unknown>,
  progress: ImportProgress,
): Promise<void> {
  const rows: Array<Record<string, unknown>> = [...touched.byId].map(([clientId, touch]) => ({
    client_id: clientId,
    kind: 'import',
    summary: summary(fileName, touch),
    data: JSON.stringify({ fileName, ...touch }),
  }));
  rows.push({ client_id: null, kind: 'import', summary: globalSummary, data: JSON.stringify(data) });
  await insertInBatches(trx, 'activity', rows, () => progress.tick());
}
