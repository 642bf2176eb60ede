import { sql, type Kysely } from 'kysely';

/**
 * Column mappings remembered per source (issue 3 §4): the next file of the same export (same column names,
 * hence the same `source_key`) opens with the mapping the user chose last time. Frozen in time: never import
 * application code here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE import_mapping (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('clients', 'invoices', 'payments')),
    source_key TEXT NOT NULL,
    columns TEXT NOT NULL DEFAULT '[]',
    mapping TEXT NOT NULL DEFAULT '{}',
    date_format TEXT NOT NULL DEFAULT 'dmy' CHECK (date_format IN ('dmy', 'mdy', 'iso')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (kind, source_key)
  )`.execute(db);
}
