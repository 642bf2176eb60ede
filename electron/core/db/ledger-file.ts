import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CoreError } from '../../../shared/contract/errors';

/** `PRAGMA application_id` of every Encaisse ledger: "ENCA" in ASCII. Tells our files from other SQLite files. */
export const LEDGER_APPLICATION_ID = 0x454e4341;

const SQLITE_HEADER = 'SQLite format 3\u0000';
/** Ledgers below this size get a full `quick_check` at open; larger ones a cheap size-vs-header check. */
const QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024;

export interface NativeOptions {
  /** Path of a better-sqlite3 `.node` build to load (the Electron build lives beside the Node one). */
  nativeBinding?: string;
}

export interface LedgerFileFacts {
  appliedMigrations: string[];
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function invalid(path: string, why: string): CoreError {
  return new CoreError(
    'invalid_ledger',
    `${path} is not a usable Encaisse ledger: ${why}. The file was left untouched.`,
    'path',
  );
}

/**
 * Looks at an existing file without changing a byte of it (read-only, no WAL created): is it an SQLite
 * database, whole, and an Encaisse ledger? Returns which migrations it has.
 */
export function inspectLedgerFile(path: string, native: NativeOptions = {}): LedgerFileFacts {
  let size: number;
  try {
    const stats = statSync(path);
    if (!stats.isFile()) throw invalid(path, 'it is a folder');
    size = stats.size;
  } catch (error) {
    if (error instanceof CoreError) throw error;
    throw new CoreError('not_found', `No ledger file at ${path}.`, 'path');
  }
  if (size < 100) throw invalid(path, 'the file is empty or too short');
  const header = readHeader(path);
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) throw invalid(path, 'it is not an SQLite database');
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  const pageCount = header.readUInt32BE(28);
  const changeCounter = header.readUInt32BE(24);
  const versionValidFor = header.readUInt32BE(92);
  // The in-header page count is only trustworthy when written by a recent SQLite (same change counter).
  if (versionValidFor === changeCounter && pageCount > 0 && size < pageCount * pageSize) {
    throw invalid(path, `the file is truncated (${size} bytes, ${pageCount * pageSize} expected)`);
  }

  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: native.nativeBinding });
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== LEDGER_APPLICATION_ID) throw invalid(path, 'it is an SQLite database of another application');
    if (size <= QUICK_CHECK_MAX_BYTES) {
      const check = db.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw invalid(path, `the database is damaged (${check})`);
    }
    const hasMigrationTable = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
      .get();
    const appliedMigrations = hasMigrationTable
      ? (db.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() as string[])
      : [];
    return { appliedMigrations };
  } catch (error) {
    if (error instanceof CoreError) throw error;
    throw invalid(path, `SQLite could not read it (${(error as Error).message})`);
  } finally {
    db?.close();
  }
}
