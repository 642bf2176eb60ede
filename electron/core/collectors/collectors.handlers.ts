import type { Collector } from '../../../shared/contract/client-file.types';
import { CoreError } from '../../../shared/contract/errors';
import { recordActivity } from '../activity';
import { collectorStats } from '../calls/collector-stats';
import { touch } from '../clients/clients.repo';
import type { HandlersFor } from '../handler-types';

const collectorColumns = ['id', 'name', 'email', 'phone', 'archived'] as const;

function toCollector(row: { id: number; name: string; email: string; phone: string; archived: number }): Collector {
  return { ...row, archived: row.archived === 1 };
}

export const collectorHandlers = {
  'collectors.list': async ({ includeArchived }, ctx) => {
    const rows = await ctx.db
      .selectFrom('collector')
      .select(collectorColumns)
      .$if(!includeArchived, (query) => query.where('archived', '=', 0))
      .orderBy('archived')
      .orderBy('name')
      .execute();
    return rows.map(toCollector);
  },

  'collectors.create': async (input, ctx) =>
    toCollector(
      await ctx.db.insertInto('collector').values(input).returning(collectorColumns).executeTakeFirstOrThrow(),
    ),

  'collectors.update': async ({ id, archived, ...fields }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('collector').select('id').where('id', '=', id).executeTakeFirst();
      if (!current) throw new CoreError('not_found', `No collector with id ${id}.`, 'id');
      const values = {
        ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
        ...(archived === undefined ? {} : { archived: archived ? 1 : 0 }),
      };
      if (Object.keys(values).length === 0) throw new CoreError('validation', 'Nothing to change.');
      return toCollector(
        await trx
          .updateTable('collector')
          .set({ ...values, updated_at: touch })
          .where('id', '=', id)
          .returning(collectorColumns)
          .executeTakeFirstOrThrow(),
      );
    }),

  'collectors.assign': async ({ collectorId, clientIds }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      let name = '';
      if (collectorId !== null) {
        const collector = await trx
          .selectFrom('collector')
          .select(['name', 'archived'])
          .where('id', '=', collectorId)
          .executeTakeFirst();
        if (!collector) throw new CoreError('not_found', `No collector with id ${collectorId}.`, 'collectorId');
        if (collector.archived === 1)
          throw new CoreError(
            'validation',
            `Collector ${collector.name} is archived: restore it before giving it clients.`,
            'collectorId',
          );
        name = collector.name;
      }
      const ids = [...new Set(clientIds)];
      const changed: Array<{ id: number; code: string }> = [];
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = await trx
          .selectFrom('client')
          .select(['id', 'code', 'collector_id'])
          .where('id', 'in', chunk)
          .execute();
        const missing = chunk.find((id) => !rows.some((r) => r.id === id));
        if (missing !== undefined) throw new CoreError('not_found', `No client with id ${missing}.`, 'clientIds');
        changed.push(...rows.filter((r) => r.collector_id !== collectorId));
      }
      for (let i = 0; i < changed.length; i += 500) {
        await trx
          .updateTable('client')
          .set({ collector_id: collectorId, updated_at: touch })
          .where(
            'id',
            'in',
            changed.slice(i, i + 500).map((c) => c.id),
          )
          .execute();
      }
      for (const client of changed) {
        await recordActivity(trx, {
          clientId: client.id,
          kind: 'client.updated',
          summary: collectorId === null ? 'Plus de chargé de recouvrement' : `Chargé de recouvrement : ${name}`,
          data: { collectorId },
        });
      }
      return { assigned: changed.length };
    }),

  'collectors.stats': async ({ from, to }, ctx) => collectorStats(ctx, from, to),
} satisfies HandlersFor<'collectors.'>;
