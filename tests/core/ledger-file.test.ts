import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/open-ledger';
import { LEDGER_APPLICATION_ID } from '../../electron/core/db/ledger-file';
import { migrations } from '../../migrations';
import { newLedger, tempDir } from './helpers';

async function openError(path: string) {
  return createCore({ dbPath: path }).then(
    () => {
      throw new Error('expected the open to fail');
    },
    (error: { code: string; message: string }) => error,
  );
}

function snapshot(path: string): Buffer {
  return readFileSync(path);
}

describe('opening ledger files', () => {
  it('reopens a ledger with its data and schema version', async () => {
    const ledger = await newLedger('Menuiserie Petit');
    await ledger.call('clients.create', { code: 'C1', name: 'Un client' });
    await ledger.core.close();
    const again = await createCore({ dbPath: ledger.path });
    const clients = await again.dispatch('clients.list', {});
    expect(clients.ok && clients.value).toMatchObject({ total: 1 });
    expect(again.ledger.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(again.ledger.backupPath).toBeNull();
    await again.close();
  });

  it.each([
    ['a text file', (p: string) => writeFileSync(p, 'Code;Nom\nC1;Dupont\n'.repeat(20))],
    ['an empty file', (p: string) => writeFileSync(p, '')],
    [
      'another application’s SQLite file',
      (p: string) => {
        const db = new Database(p);
        db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
        db.close();
      },
    ],
  ])('refuses %s and leaves it untouched', async (_label, make) => {
    const path = join(tempDir(), 'file.encaisse');
    make(path);
    const before = snapshot(path);
    const error = await openError(path);
    expect(error.code).toBe('invalid_ledger');
    expect(error.message).toContain('left untouched');
    expect(snapshot(path).equals(before)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
  });

  it('refuses a truncated ledger and a missing file', async () => {
    const ledger = await newLedger();
    for (let i = 0; i < 200; i++)
      await ledger.call('clients.create', { code: `C${i}`, name: `Client ${i} `.repeat(10) });
    await ledger.core.close();
    const path = join(tempDir(), 'cut.encaisse');
    copyFileSync(ledger.path, path);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const before = snapshot(path);
    expect((await openError(path)).code).toBe('invalid_ledger');
    expect(snapshot(path).equals(before)).toBe(true);
    expect((await openError(join(tempDir(), 'nope.encaisse'))).code).toBe('not_found');
  });

  it('refuses a ledger written by a newer version, untouched', async () => {
    const ledger = await newLedger();
    await ledger.core.close();
    const raw = new Database(ledger.path);
    raw.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_from_the_future', '2030-01-01')").run();
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = snapshot(ledger.path);
    const error = await openError(ledger.path);
    expect(error.code).toBe('newer_ledger');
    expect(snapshot(ledger.path).equals(before)).toBe(true);
  });

  it('backs the file up before migrating an older ledger', async () => {
    // A ledger as the first released schema wrote it.
    const path = join(tempDir(), 'old.encaisse');
    const sqlite = new Database(path);
    sqlite.pragma(`application_id = ${LEDGER_APPLICATION_ID}`);
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0001_ledger_schema')).error).toBeUndefined();
    sqlite.prepare("INSERT INTO company (id, name) VALUES (1, 'Ancienne SARL')").run();
    sqlite.prepare("INSERT INTO client (code, name) VALUES ('C1', 'Gardé')").run();
    await db.destroy();

    const core = await createCore({ dbPath: path });
    expect(core.ledger.backupPath).toMatch(/\.before-v1-.*\.encaisse$/);
    const backup = new Database(core.ledger.backupPath!, { readonly: true });
    expect(backup.prepare('SELECT name FROM client').pluck().get()).toBe('Gardé');
    expect(backup.prepare('SELECT COUNT(*) FROM ecb_rate').pluck().get()).toBe(0);
    expect(backup.prepare('SELECT COUNT(*) FROM kysely_migration').pluck().get()).toBe(1);
    backup.close();
    expect(core.ledger.sqlite.prepare('SELECT COUNT(*) FROM ecb_rate').pluck().get()).toBeGreaterThan(10);
    expect(core.ledger.sqlite.prepare('SELECT name FROM client').pluck().get()).toBe('Gardé');
    await core.close();
  });

  it('refuses to create a ledger over an existing file', async () => {
    const dir = tempDir();
    const path = join(dir, 'existing.encaisse');
    writeFileSync(path, 'precious');
    await expect(createCore({ dbPath: path, create: { companyName: 'X' } })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(readFileSync(path, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['existing.encaisse']);
  });
});
