import { sql } from 'kysely';
import type { FecClientBalance } from '../../../../shared/contract/imports.types';
import type { ValidRow } from '../rows/validate-rows';
import { chunks } from '../write/ids';
import type { PlanContext } from '../write/invoice-plan';
import { clientOf, CUSTOMER_ACCOUNT } from './fec-documents';
import type { FecLine } from './fec-schema';

/** Debits − credits of each client's 411 lines, straight from the file (every readable line counts). */
export function fileBalances(lines: ValidRow<FecLine>[]): Map<string, { name: string; cents: number }> {
  const balances = new Map<string, { name: string; cents: number }>();
  for (const { record } of lines) {
    if (!CUSTOMER_ACCOUNT.test(record.compteNum)) continue;
    const { code, name } = clientOf(record);
    const current = balances.get(code) ?? { name, cents: 0 };
    balances.set(code, { name: current.name, cents: current.cents + record.netCents });
  }
  return balances;
}

/**
 * The encours of these clients as the dashboard computes it (DESIGN §4): invoices to issue and issued invoices'
 * open amounts, minus unused credit notes and unallocated payments. Open rows are written
 * `allocated_cents < amount_cents` so the partial covering indexes answer.
 */
export async function ledgerEncours(db: PlanContext['db'], clientIds: number[]): Promise<Map<number, number>> {
  const encours = new Map<number, number>();
  const add = (id: number, cents: number | null) => encours.set(id, (encours.get(id) ?? 0) + (cents ?? 0));
  for (const chunk of chunks(clientIds)) {
    const docs = await sql<{ client_id: number; cents: number | null }>`
      SELECT client_id, SUM(CASE WHEN kind = 'invoice' THEN amount_cents - allocated_cents
                                 WHEN status = 'issued' THEN allocated_cents - amount_cents ELSE 0 END) AS cents
      FROM invoice WHERE allocated_cents < amount_cents AND status <> 'cancelled' AND client_id IN (${sql.join(chunk)})
      GROUP BY client_id`.execute(db);
    for (const row of docs.rows) add(row.client_id, row.cents);
    const payments = await sql<{ client_id: number; cents: number | null }>`
      SELECT client_id, SUM(allocated_cents - amount_cents) AS cents
      FROM payment WHERE allocated_cents < amount_cents AND client_id IN (${sql.join(chunk)})
      GROUP BY client_id`.execute(db);
    for (const row of payments.rows) add(row.client_id, row.cents);
  }
  return encours;
}

export function reconcile(
  balances: Map<string, { name: string; cents: number }>,
  encoursOf: (code: string) => number,
): FecClientBalance[] {
  return [...balances]
    .map(([clientCode, { name, cents }]) => {
      const encoursCents = encoursOf(clientCode);
      return {
        clientCode,
        clientName: name,
        fileBalanceCents: cents,
        encoursCents,
        differenceCents: encoursCents - cents,
      };
    })
    .sort((a, b) => a.clientCode.localeCompare(b.clientCode));
}
