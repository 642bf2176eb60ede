import type { Selectable } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract/contract';
import type { Contact, PreferredChannel } from '../../../shared/contract/client-file.types';
import { CoreError } from '../../../shared/contract/errors';
import { recordActivity } from '../activity';
import { requireClient, touch } from '../clients/clients.repo';
import type { ContactTable } from '../db/tables';
import type { HandlersFor } from '../handler-types';

function toContact(row: Selectable<ContactTable>): Contact {
  return {
    id: row.id,
    clientId: row.client_id,
    name: row.name,
    role: row.role,
    email: row.email,
    phone: row.phone,
    mobile: row.mobile,
    preferredChannel: row.preferred_channel as PreferredChannel,
    isPrimaryBilling: row.is_primary_billing === 1,
    archived: row.archived === 1,
  };
}

type ContactFields = Omit<ParsedInputOf<'contacts.update'>, 'id'>;

function contactColumns(input: ContactFields) {
  const values: Record<string, unknown> = {};
  const plain = {
    name: 'name',
    role: 'role',
    email: 'email',
    phone: 'phone',
    mobile: 'mobile',
    preferredChannel: 'preferred_channel',
  } as const;
  for (const [key, column] of Object.entries(plain)) {
    const value = input[key as keyof typeof plain];
    if (value !== undefined) values[column] = value;
  }
  if (input.isPrimaryBilling !== undefined) values.is_primary_billing = input.isPrimaryBilling ? 1 : 0;
  return values;
}

export const contactHandlers = {
  'contacts.list': async ({ clientId, includeArchived }, ctx) => {
    await requireClient(ctx.db, clientId);
    let query = ctx.db.selectFrom('contact').selectAll().where('client_id', '=', clientId);
    if (!includeArchived) query = query.where('archived', '=', 0);
    const rows = await query.orderBy('is_primary_billing', 'desc').orderBy('name').execute();
    return rows.map(toContact);
  },

  'contacts.create': async ({ clientId, ...fields }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      await requireClient(trx, clientId);
      // One primary billing contact per client: the new one takes over.
      if (fields.isPrimaryBilling)
        await trx
          .updateTable('contact')
          .set({ is_primary_billing: 0, updated_at: touch })
          .where('client_id', '=', clientId)
          .execute();
      const row = await trx
        .insertInto('contact')
        .values({ client_id: clientId, ...contactColumns(fields) } as never)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordActivity(trx, {
        clientId,
        kind: 'contact.created',
        summary: `${fields.name}${fields.role ? ` (${fields.role})` : ''}`,
      });
      return toContact(row);
    }),

  'contacts.update': async ({ id, ...fields }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('contact').selectAll().where('id', '=', id).executeTakeFirst();
      if (!current) throw new CoreError('not_found', `No contact with id ${id}.`, 'id');
      const values = contactColumns(fields);
      if (Object.keys(values).length === 0) throw new CoreError('validation', 'Nothing to change.');
      if (fields.isPrimaryBilling)
        await trx
          .updateTable('contact')
          .set({ is_primary_billing: 0, updated_at: touch })
          .where('client_id', '=', current.client_id)
          .execute();
      const row = await trx
        .updateTable('contact')
        .set({ ...values, updated_at: touch })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordActivity(trx, {
        clientId: current.client_id,
        kind: 'contact.updated',
        summary: `${row.name}: ${Object.keys(fields).join(', ')}`,
      });
      return toContact(row);
    }),

  'contacts.archive': async ({ id, archived }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('contact').selectAll().where('id', '=', id).executeTakeFirst();
      if (!current) throw new CoreError('not_found', `No contact with id ${id}.`, 'id');
      const row = await trx
        .updateTable('contact')
        .set({ archived: archived ? 1 : 0, ...(archived ? { is_primary_billing: 0 } : {}), updated_at: touch })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordActivity(trx, {
        clientId: current.client_id,
        kind: archived ? 'contact.archived' : 'contact.restored',
        summary: row.name,
      });
      return toContact(row);
    }),
} satisfies HandlersFor<'contacts.'>;
