import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/tables';
import type { RowErrors } from '../row-errors';
import type { ClientRecord } from '../rows/client-schema';
import type { ValidRow } from '../rows/validate-rows';
import { findClientsByCode } from './client-refs';
import { rejectDuplicates } from './duplicates';
import { IdAllocator } from './ids';
import { changedColumns, emptyPlanCounts, type ImportPlan } from './import-plan';
import { LedgerWrites } from './ledger-writes';

type Db = Kysely<DB> | Transaction<DB>;

/** The columns a client row sets; fields left empty are absent, so they never erase the ledger's value. */
function clientColumns(record: ClientRecord): Record<string, unknown> {
  const pairs: Array<[string, unknown]> = [
    ['code', record.code],
    ['name', record.name],
    ['siren', record.siren],
    ['vat_number', record.vatNumber],
    ['address_line1', record.addressLine1],
    ['address_line2', record.addressLine2],
    ['postal_code', record.postalCode],
    ['city', record.city],
    ['country', record.country],
    ['payment_terms_days', record.paymentTerms?.days],
    ['payment_terms_mode', record.paymentTerms?.mode],
    ['credit_limit_cents', record.creditLimit],
    ['notes', record.notes],
  ];
  const columns: Record<string, unknown> = {};
  for (const [column, value] of pairs) if (value !== undefined) columns[column] = value;
  return columns;
}

/** New rows of a multi-row insert need every column: the schema's defaults for what the file left empty. */
const clientDefaults = {
  siren: '',
  vat_number: '',
  address_line1: '',
  address_line2: '',
  postal_code: '',
  city: '',
  country: 'FR',
  payment_terms_days: null,
  payment_terms_mode: null,
  credit_limit_cents: null,
  notes: '',
};

/** Clients are keyed by code: a known code is updated (or left unchanged), an unknown one created. */
export async function planClients(
  db: Db,
  valid: ValidRow<ClientRecord>[],
  errors: RowErrors,
  codeColumn: string,
): Promise<ImportPlan> {
  const rows = rejectDuplicates(
    valid,
    (r) => r.code,
    (r, others) => ({
      column: codeColumn,
      field: 'code',
      value: r.code,
      message: `code client en double dans le fichier (aussi ligne ${others.join(', ')})`,
    }),
    errors,
  );
  const existing = await findClientsByCode(
    db,
    rows.map((r) => r.record.code),
  );
  const ids = await IdAllocator.read(db);
  const counts = emptyPlanCounts();
  const writes = new LedgerWrites();
  for (const { record } of rows) {
    const current = existing.get(record.code);
    const wanted = clientColumns(record);
    if (!current) {
      writes.newClients.push({ ...clientDefaults, ...wanted, id: ids.take('client') });
      counts.clients.created++;
      continue;
    }
    const changes = changedColumns(current, wanted);
    if (Object.keys(changes).length === 0) counts.clients.unchanged++;
    else {
      writes.clientUpdates.push({ id: current.id, clientId: current.id, changes });
      counts.clients.updated++;
    }
  }
  return { counts, write: (trx, progress) => writes.apply(trx, progress) };
}
