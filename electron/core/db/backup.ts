import Database from 'better-sqlite3';
import type { NativeOptions } from './ledger-file';

/**
 * Copies the ledger beside itself before a migration (`compta.encaisse` → `compta.before-v1-2026-11-22T….encaisse`).
 * SQLite's online backup gives a consistent copy even when a WAL file holds recent writes.
 */
export async function backupBeforeMigration(path: string, fromVersion: number, native: NativeOptions): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const dot = path.lastIndexOf('.');
  const stem = dot > path.lastIndexOf('/') ? path.slice(0, dot) : path;
  const extension = dot > path.lastIndexOf('/') ? path.slice(dot) : '';
  const backupPath = `${stem}.before-v${fromVersion}-${stamp}${extension}`;
  const source = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: native.nativeBinding });
  try {
    await source.backup(backupPath);
  } finally {
    source.close();
  }
  return backupPath;
}
