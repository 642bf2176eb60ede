import type Database from 'better-sqlite3';

/**
 * Bulk-load trick: drops the secondary indexes, runs the load, then re-creates them from their own stored
 * definitions (so the ledger ends with exactly the schema the migrations built). Building an index once by
 * sorting is several times cheaper than updating it on every insert and on every allocation trigger.
 * UNIQUE constraints' automatic indexes stay: they are part of their tables.
 */
export async function withIndexesDeferred<T>(sqlite: Database.Database, load: () => Promise<T>): Promise<T> {
  const indexes = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
    .all() as Array<{ name: string; sql: string }>;
  sqlite.transaction(() => {
    for (const { name } of indexes) sqlite.exec(`DROP INDEX "${name.replace(/"/g, '""')}"`);
  })();
  const result = await load();
  sqlite.transaction(() => {
    for (const { sql } of indexes) sqlite.exec(sql);
  })();
  return result;
}
