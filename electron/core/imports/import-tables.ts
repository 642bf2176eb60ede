import type { Generated, Kysely, Transaction } from 'kysely';
import type { DB } from '../db/tables';

/** Kysely's view of migration 0003 (kept here until db/tables.ts lists it). */
export interface ImportMappingTable {
  id: Generated<number>;
  kind: 'clients' | 'invoices' | 'payments';
  source_key: string;
  /** JSON array of the file's column names. */
  columns: string;
  /** JSON object field key → column name. */
  mapping: string;
  date_format: Generated<'dmy' | 'mdy' | 'iso'>;
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export type ImportDB = DB & { import_mapping: ImportMappingTable };

/** The ledger seen with the import tables added (kysely's own `withTables`, no cast). */
export function withImportTables(db: Kysely<DB> | Transaction<DB>): Kysely<ImportDB> {
  return db.withTables<{ import_mapping: ImportMappingTable }>();
}
