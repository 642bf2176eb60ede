import { sql, type Selectable } from 'kysely';
import type { TimelineEntry } from '../../../shared/contract/client-file.types';
import { recordActivity } from '../activity';
import { requireClient } from '../clients/clients.repo';
import type { ActivityTable } from '../db/tables';
import type { HandlersFor } from '../handler-types';

function toEntry(row: Selectable<ActivityTable>): TimelineEntry {
  return {
    id: row.id,
    clientId: row.client_id,
    kind: row.kind,
    occurredAt: row.occurred_at,
    actor: row.actor,
    summary: row.summary,
    invoiceId: row.invoice_id,
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}

export const timelineHandlers = {
  'timeline.list': async ({ clientId, kinds, offset, limit }, ctx) => {
    await requireClient(ctx.db, clientId);
    let query = ctx.db.selectFrom('activity').where('client_id', '=', clientId);
    if (kinds && kinds.length > 0) {
      // 'invoice' matches 'invoice.created' and 'invoice.updated'; 'note' matches 'note'.
      query = query.where((eb) =>
        eb.or(kinds.flatMap((kind) => [eb('kind', '=', kind), eb('kind', 'like', `${kind.replace(/[%_]/g, '')}.%`)])),
      );
    }
    const rows = await query
      .selectAll()
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute();
    const { total } = await query.select(sql<number>`COUNT(*)`.as('total')).executeTakeFirstOrThrow();
    return { rows: rows.map(toEntry), total };
  },
} satisfies HandlersFor<'timeline.'>;

export const noteHandlers = {
  'notes.create': async ({ clientId, text }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      await requireClient(trx, clientId);
      await recordActivity(trx, { clientId, kind: 'note', summary: text });
      const row = await trx
        .selectFrom('activity')
        .selectAll()
        .where('client_id', '=', clientId)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirstOrThrow();
      return toEntry(row);
    }),
} satisfies HandlersFor<'notes.'>;
