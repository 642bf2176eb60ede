import type { Kysely, Selectable, Transaction } from 'kysely';
import { CoreError } from '../../../shared/contract/errors';
import { requireClient } from '../clients/clients.repo';
import type { ClientTable, DB } from '../db/tables';

/** A client calls and promises may be written for: it exists and is not archived. */
export async function requireActiveClient(
  db: Kysely<DB> | Transaction<DB>,
  clientId: number,
  action: string,
): Promise<Selectable<ClientTable>> {
  const client = await requireClient(db, clientId);
  if (client.archived === 1)
    throw new CoreError(
      'validation',
      `Client ${client.code} (${client.name}) is archived: restore it before ${action}.`,
      'clientId',
    );
  return client;
}

/** The collector named, which must exist and be active; the client's own collector when none is named. */
export async function resolveCollector(
  db: Kysely<DB> | Transaction<DB>,
  collectorId: number | undefined,
  client: Selectable<ClientTable>,
): Promise<number | null> {
  if (collectorId === undefined) return client.collector_id;
  const row = await db
    .selectFrom('collector')
    .select(['id', 'name', 'archived'])
    .where('id', '=', collectorId)
    .executeTakeFirst();
  if (!row) throw new CoreError('not_found', `No collector with id ${collectorId}.`, 'collectorId');
  if (row.archived === 1)
    throw new CoreError('validation', `Collector ${row.name} is archived: choose an active collector.`, 'collectorId');
  return row.id;
}
