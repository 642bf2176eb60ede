import { sql, type RawBuilder } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract/contract';
import type { ClientSortField, ClientSummary, Page } from '../../../shared/contract/types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';
import { clientFigureColumns, clientFigureResults } from './client-figures';

const sortColumns: Record<ClientSortField, string> = {
  code: 'code',
  name: 'name COLLATE NOCASE',
  city: 'city COLLATE NOCASE',
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

const figureSorts: ReadonlySet<ClientSortField> = new Set(['exposureCents', 'overdueCents', 'oldestDaysLate']);

/**
 * The client list: one query for the page and one for the total. Sorted by code, name or city without a
 * figure filter, the page is chosen first and the figures computed for its clients only; sorted or filtered
 * by a figure, every client's figures are needed (still read from open items only).
 */
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
  if (filters.disputed)
    conditions.push(sql`EXISTS (SELECT 1 FROM dispute d WHERE d.client_id = c.id AND d.status <> 'resolved')`);
  const figureFilters = [];
  if (filters.overdue) figureFilters.push(sql`overdue_cents > 0`);
  if (filters.overCreditLimit)
    figureFilters.push(sql`credit_limit_cents IS NOT NULL AND exposure_cents > credit_limit_cents`);
  const where = sql`WHERE ${sql.join(conditions, sql` AND `)}`;
  const figureWhere = figureFilters.length > 0 ? sql`WHERE ${sql.join(figureFilters, sql` AND `)}` : sql``;
  const direction = input.sortDirection === 'desc' ? 'DESC' : 'ASC';
  const order = sql.raw(`${sortColumns[input.sortField]} ${direction}, id ${direction}`);
  const page = sql`LIMIT ${input.limit} OFFSET ${input.offset}`;
  const pageFirst = !figureSorts.has(input.sortField) && figureFilters.length === 0;

  /** Every client passing the plain filters (or only the page's), with its figures. */
  const withFigures = (scope: RawBuilder<unknown>) => sql`
    SELECT id, code, name, city, archived, credit_limit_cents, ${clientFigureResults(today)}
    FROM (
      SELECT c.id, c.code, c.name, c.city, c.archived, c.credit_limit_cents, ${clientFigureColumns(today)}
      FROM client c ${where} ${scope}
    )`;
  const pageIds = sql`SELECT id FROM client c ${where} ORDER BY ${order} ${page}`;
  const { rows } = pageFirst
    ? await sql<ClientSummaryRow>`${withFigures(sql`AND c.id IN (${pageIds})`)} ORDER BY ${order}`.execute(ctx.db)
    : await sql<ClientSummaryRow>`SELECT * FROM (${withFigures(sql``)}) ${figureWhere} ORDER BY ${order} ${page}`.execute(
        ctx.db,
      );
  const count =
    figureFilters.length > 0
      ? await sql<{ total: number }>`SELECT COUNT(*) AS total FROM (${withFigures(sql``)}) ${figureWhere}`.execute(
          ctx.db,
        )
      : await sql<{ total: number }>`SELECT COUNT(*) AS total FROM client c ${where}`.execute(ctx.db);
  return { rows: rows.map(toSummary), total: count.rows[0].total };
}
