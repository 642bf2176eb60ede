import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrations } from '../../migrations';
import { LEDGER_APPLICATION_ID } from '../../electron/core/db/ledger-file';

/** A ledger file and a migrator over the real migration list, to migrate step by step in a test. */
export function migrator(path: string) {
  const sqlite = new Database(path);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`application_id = ${LEDGER_APPLICATION_ID}`);
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { sqlite, db, migrator: new Migrator({ db, provider: { getMigrations: async () => migrations } }) };
}
