import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql, type MigrationProvider } from 'kysely';
import { migrations } from '../../../migrations';
import { CoreError } from '../../../shared/contract/errors';
import { backupBeforeMigration } from './backup';
import { inspectLedgerFile, LEDGER_APPLICATION_ID, type NativeOptions } from './ledger-file';
import type { DB } from './tables';

export interface OpenLedger {
  db: Kysely<DB>;
  sqlite: Database.Database;
  path: string;
  schemaVersion: number;
  /** Path of the backup copy taken before migrating, if one was needed. */
  backupPath: string | null;
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

export const LATEST_SCHEMA_VERSION = Object.keys(migrations).length;

function connect(path: string, native: NativeOptions): { sqlite: Database.Database; db: Kysely<DB> } {
  const sqlite = new Database(path, { nativeBinding: native.nativeBinding });
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { sqlite, db };
}

async function migrateToLatest(db: Kysely<DB>): Promise<void> {
  // Kysely runs all pending migrations in one transaction on SQLite: a failure leaves the file as it was.
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new CoreError('internal', `Migration ${failed} failed: ${(error as Error).message ?? String(error)}`);
  }
}

/** Opens an existing ledger: checks it untouched first, backs it up, then brings its schema up to date. */
export async function openLedger(path: string, native: NativeOptions = {}): Promise<OpenLedger> {
  const { appliedMigrations } = inspectLedgerFile(path, native);
  const known = new Set(Object.keys(migrations));
  const unknown = appliedMigrations.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new CoreError(
      'newer_ledger',
      `${path} was written by a newer version of Encaisse (schema ${unknown.join(', ')}). Update Encaisse to open it; the file was left untouched.`,
      'path',
    );
  }
  const pending = Object.keys(migrations).filter((name) => !appliedMigrations.includes(name));
  const backupPath = pending.length > 0 ? await backupBeforeMigration(path, appliedMigrations.length, native) : null;

  const { sqlite, db } = connect(path, native);
  try {
    if (pending.length > 0) {
      await migrateToLatest(db);
      sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
    }
    return { db, sqlite, path, schemaVersion: LATEST_SCHEMA_VERSION, backupPath };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/** Creates a new ledger file for a company. Refuses to overwrite anything. */
export async function createLedger(path: string, companyName: string, native: NativeOptions = {}): Promise<OpenLedger> {
  if (existsSync(path) && statSync(path).size > 0) {
    throw new CoreError('conflict', `${path} already exists; choose another name or open it.`, 'path');
  }
  const { sqlite, db } = connect(path, native);
  try {
    sqlite.pragma(`application_id = ${LEDGER_APPLICATION_ID}`);
    await migrateToLatest(db);
    sqlite.pragma(`user_version = ${LATEST_SCHEMA_VERSION}`);
    // The company row comes after the migrations, so 0004's default plan is set here for new ledgers.
    await db
      .insertInto('company')
      .values({
        id: 1,
        name: companyName,
        default_dunning_plan_id: sql<number | null>`(SELECT id FROM dunning_plan WHERE code = 'standard')`,
      })
      .execute();
    return { db, sqlite, path, schemaVersion: LATEST_SCHEMA_VERSION, backupPath: null };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
