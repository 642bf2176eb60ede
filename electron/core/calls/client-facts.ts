import { sql, type Kysely, type Transaction } from 'kysely';
import type { LastAction } from '../../../shared/contract/calls.types';
import { addDays, type IsoDate } from '../../../shared/domain/dates';
import { clientFigureColumns, clientFigureResults } from '../clients/client-figures';
import type { DB } from '../db/tables';

type Db = Kysely<DB> | Transaction<DB>;

/** What a call-list row shows about a client, read for a set of clients (in chunks of bound parameters). */
export interface ClientFacts {
  id: number;
  code: string;
  name: string;
  archived: number;
  collectorId: number | null;
  collectorName: string;
  creditLimitCents: number | null;
  exposureCents: number;
  overdueCents: number;
  oldestDaysLate: number;
  brokenPromises: number;
  lastAction: LastAction | null;
}

/** Timeline kinds that are follow-up actions (not bookkeeping like an invoice created or an import). */
const ACTION_KINDS = sql`(kind LIKE 'reminder.%' OR kind LIKE 'call.%' OR kind LIKE 'promise.%'
  OR kind LIKE 'dispute.%' OR kind = 'note' OR kind = 'payment.received')`;

export async function loadClientFacts(db: Db, clientIds: number[], today: IsoDate): Promise<Map<number, ClientFacts>> {
  const facts = new Map<number, ClientFacts>();
  const yearAgo = addDays(today, -365);
  for (let i = 0; i < clientIds.length; i += 500) {
    const ids = clientIds.slice(i, i + 500);
    const { rows } = await sql<{
      id: number;
      code: string;
      name: string;
      archived: number;
      collector_id: number | null;
      collector_name: string | null;
      credit_limit_cents: number | null;
      exposure_cents: number;
      overdue_cents: number;
      oldest_days_late: number;
      broken: number;
      activity_id: number | null;
    }>`
      SELECT f.*, ${clientFigureResults(today)}, k.name AS collector_name FROM (
        SELECT c.id, c.code, c.name, c.archived, c.collector_id, c.credit_limit_cents, ${clientFigureColumns(today)},
          (SELECT COUNT(*) FROM promise p WHERE p.client_id = c.id AND p.status = 'broken'
            AND p.settled_on > ${yearAgo}) AS broken,
          (SELECT a.id FROM activity a WHERE a.client_id = c.id AND ${ACTION_KINDS}
            ORDER BY a.occurred_at DESC, a.id DESC LIMIT 1) AS activity_id
        FROM client c WHERE c.id IN (${sql.join(ids)})) f
      LEFT JOIN collector k ON k.id = f.collector_id`.execute(db);
    const activityIds = rows.flatMap((r) => (r.activity_id === null ? [] : [r.activity_id]));
    const activities =
      activityIds.length === 0
        ? []
        : await db
            .selectFrom('activity')
            .select(['id', 'kind', 'occurred_at', 'summary'])
            .where('id', 'in', activityIds)
            .execute();
    const byId = new Map(activities.map((a) => [a.id, a]));
    for (const r of rows) {
      const activity = r.activity_id === null ? undefined : byId.get(r.activity_id);
      facts.set(r.id, {
        id: r.id,
        code: r.code,
        name: r.name,
        archived: r.archived,
        collectorId: r.collector_id,
        collectorName: r.collector_name ?? '',
        creditLimitCents: r.credit_limit_cents,
        exposureCents: r.exposure_cents,
        overdueCents: r.overdue_cents,
        oldestDaysLate: r.oldest_days_late,
        brokenPromises: r.broken,
        lastAction: activity
          ? { kind: activity.kind, occurredAt: activity.occurred_at, summary: activity.summary }
          : null,
      });
    }
  }
  return facts;
}
