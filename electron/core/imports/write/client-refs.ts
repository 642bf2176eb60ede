import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { PaymentTerms, PaymentTermsMode } from '../../../../shared/domain/payment-terms';
import type { ClientTable, DB } from '../../db/tables';
import type { RowErrors } from '../row-errors';
import type { ValidRow } from '../rows/validate-rows';
import { chunks, type IdAllocator } from './ids';

type Db = Kysely<DB> | Transaction<DB>;

export async function findClientsByCode(
  db: Db,
  codes: Iterable<string>,
): Promise<Map<string, Selectable<ClientTable>>> {
  const found = new Map<string, Selectable<ClientTable>>();
  for (const chunk of chunks([...new Set(codes)])) {
    const rows = await db.selectFrom('client').selectAll().where('code', 'in', chunk).execute();
    for (const row of rows) found.set(row.code, row);
  }
  return found;
}

export async function companyTerms(db: Db): Promise<PaymentTerms> {
  const row = await db
    .selectFrom('company')
    .select(['payment_terms_days', 'payment_terms_mode'])
    .executeTakeFirstOrThrow();
  return { days: row.payment_terms_days, mode: row.payment_terms_mode as PaymentTermsMode };
}

/** The client an invoice or payment row points at: in the ledger already, or created by this import. */
export interface ClientRef {
  id: number;
  code: string;
  isNew: boolean;
  archived: boolean;
  /** The client's own terms, else the company's (what due dates are computed from). */
  terms: PaymentTerms;
}

export interface ClientRefs {
  byCode: Map<string, ClientRef>;
  newClients: Insertable<ClientTable>[];
  /** Clients of the ledger the file refers to (left as they are: counted « unchanged »). */
  existingCount: number;
}

/**
 * Resolves each row's client code. An unknown code is an error, unless the row also names the client
 * (mapped « Nom du client »): then the client is created with that name, once.
 */
export async function resolveClientRefs(
  db: Db,
  rows: ValidRow<{ clientCode: string; clientName?: string }>[],
  ids: IdAllocator,
  errors: RowErrors,
  codeColumn: string,
): Promise<ClientRefs> {
  const existing = await findClientsByCode(
    db,
    rows.map((r) => r.record.clientCode),
  );
  const defaults = await companyTerms(db);
  const byCode = new Map<string, ClientRef>();
  for (const [code, row] of existing) {
    const terms =
      row.payment_terms_days === null
        ? defaults
        : { days: row.payment_terms_days, mode: (row.payment_terms_mode ?? 'net') as PaymentTermsMode };
    byCode.set(code, { id: row.id, code, isNew: false, archived: row.archived === 1, terms });
  }
  const names = new Map<string, string>();
  for (const { record } of rows)
    if (record.clientName && !names.has(record.clientCode)) names.set(record.clientCode, record.clientName);
  const newClients: Insertable<ClientTable>[] = [];
  for (const { rowNumber, record } of rows) {
    if (byCode.has(record.clientCode)) continue;
    const name = names.get(record.clientCode);
    if (!name) {
      errors.add({
        row: rowNumber,
        column: codeColumn,
        field: 'clientCode',
        value: record.clientCode,
        code: 'unknown_client',
        message: `client inconnu : « ${record.clientCode} » (importez d'abord les clients, ou associez la colonne du nom du client pour le créer)`,
      });
      continue;
    }
    const id = ids.take('client');
    newClients.push({ id, code: record.clientCode, name });
    byCode.set(record.clientCode, { id, code: record.clientCode, isNew: true, archived: false, terms: defaults });
  }
  return { byCode, newClients, existingCount: existing.size };
}
