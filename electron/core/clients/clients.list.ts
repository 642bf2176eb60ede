import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract/contract';
import type { ClientSortField, ClientSummary, Page } from '../../../shared/contract/types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';
import { clientFiguresSql } from './client-figures';

const sortColumns: Record<ClientSortField, string> = {
  code: 'c.code',
  name: 'c.name COLLATE NOCASE',
  city: 'c.city COLLATE NOCASE',
  exposureCents: 'exposure_cents',
  overdueCents: 'overdue_cents',
  oldestDaysLate: 'oldest_days_late',
};

interface ClientSummaryRow {
  id: number;
  code: string;
  name: string;
  city: string;
  archived: number;
  credit_limit_cents: number | null;
  exposure_cents: number;
  overdue_cents: number;
  oldest_days_late: number;
}

function toSummary(row: ClientSummaryRow): ClientSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    city: row.city,
    archived: row.archived === 1,
    creditLimitCents: row.credit_limit_cents,
    exposureCents: row.exposure_cents,
    overdueCents: row.overdue_cents,
    oldestDaysLate: row.oldest_days_late,
  };
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The client list: one query for the page (figures, filter, sort, limit) and one for the total. */
export async function listClients(
  ctx: CoreContext,
  input: Omit<ParsedInputOf<'clients.list'>, 'today'>,
  today: IsoDate,
): Promise<Page<ClientSummary>> {
  const pattern = `%${escapeLike(input.search)}%`;
  const filters = input.filters ?? {};
  const conditions = [
    sql`(${input.includeArchived ? 1 : 0} = 1 OR c.archived = 0)`,
    sql`(${input.search} = '' OR c.name LIKE ${pattern} ESCAPE '\\' OR c.code LIKE ${pattern} ESCAPE '\\'
      OR c.siren LIKE ${pattern} ESCAPE '\\' OR c.city LIKE ${pattern} ESCAPE '\\')`,
  ];
  if (filters.overdue) conditions.push(sql`COALESCE(f.overdue_cents, 0) > 0`);
  if (filters.overCreditLimit)
    conditions.push(sql`c.credit_limit_cents IS NOT NULL AND COALESCE(f.exposure_cents, 0) > c.credit_limit_cents`);
  if (filters.disputed)
    conditions.push(sql`EXISTS (SELECT 1 FROM dispute d WHERE d.client_id = c.id AND d.status <> 'resolved')`);
  const where = sql`WHERE ${sql.join(conditions, sql` AND `)}`;
  // The figures are only joined for counting when a filter reads them: a plain count stays a quick scan.
  const figures = sql`LEFT JOIN (${clientFiguresSql(today)}) f ON f.client_id = c.id`;
  const countFigures = filters.overdue || filters.overCreditLimit ? figures : sql``;
  const direction = input.sortDirection === 'desc' ? 'DESC' : 'ASC';
  const order = sql.raw(`${sortColumns[input.sortField]} ${direction}, c.id ${direction}`);

  const { rows } = await sql<ClientSummaryRow>`
    SELECT c.id, c.code, c.name, c.city, c.archived, c.credit_limit_cents,
      COALESCE(f.exposure_cents, 0) AS exposure_cents,
      COALESCE(f.overdue_cents, 0) AS overdue_cents,
      CASE WHEN f.oldest_due IS NULL THEN 0
        ELSE CAST(julianday(${today}) - julianday(f.oldest_due) AS INTEGER) END AS oldest_days_late
    FROM client c
    ${figures}
    ${where}
    ORDER BY ${order}
    LIMIT ${input.limit} OFFSET ${input.offset}`.execute(ctx.db);

  const count = await sql<{ total: number }>`SELECT COUNT(*) AS total FROM client c ${countFigures} ${where}`.execute(
    ctx.db,
  );
  return { rows: rows.map(toSummary), total: count.rows[0].total };
}
