import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * Open amounts are derived from two stored columns. These exact expressions match the partial indexes of
 * migration 0001 (`WHERE allocated_cents < amount_cents`): written any other way, SQLite scans the table.
 */
export function isOpen(alias?: string): RawBuilder<SqlBool> {
  const p = alias ? `${alias}.` : '';
  return sql<SqlBool>`${sql.raw(`${p}allocated_cents < ${p}amount_cents`)}`;
}

/** What is left to settle (invoice), to use (credit note) or to allocate (payment). */
export function openCents(alias?: string): RawBuilder<number> {
  const p = alias ? `${alias}.` : '';
  return sql<number>`${sql.raw(`${p}amount_cents - ${p}allocated_cents`)}`;
}
