import type { ParsedInputOf } from '../../../shared/contract/contract';
import { CoreError } from '../../../shared/contract/errors';
import { recordActivity } from '../activity';
import type { HandlersFor } from '../handler-types';
import { readClientFile } from './client-file';
import { listClients } from './clients.list';
import { findClient, requireClient, requireCodeFree, toClient, touch } from './clients.repo';

type ClientFields = Omit<ParsedInputOf<'clients.update'>, 'id'>;

/** Maps the contract's client fields to columns, leaving out the ones not given. */
function clientColumns(input: ClientFields) {
  const values: Record<string, unknown> = {};
  const plain = {
    code: 'code',
    name: 'name',
    siren: 'siren',
    vatNumber: 'vat_number',
    addressLine1: 'address_line1',
    addressLine2: 'address_line2',
    postalCode: 'postal_code',
    city: 'city',
    country: 'country',
    creditLimitCents: 'credit_limit_cents',
    riskClassOverride: 'risk_class_override',
    notes: 'notes',
  } as const;
  for (const [key, column] of Object.entries(plain)) {
    const value = input[key as keyof typeof plain];
    if (value !== undefined) values[column] = value;
  }
  if (input.paymentTerms !== undefined) {
    values.payment_terms_days = input.paymentTerms?.days ?? null;
    values.payment_terms_mode = input.paymentTerms?.mode ?? null;
  }
  return values;
}

export const clientHandlers = {
  'clients.list': async (input, ctx) => listClients(ctx, input, input.today ?? ctx.today()),

  'clients.get': async ({ id }, ctx) => toClient(await requireClient(ctx.db, id, 'id')),

  'clients.file': async ({ id, today }, ctx) => readClientFile(ctx, id, today ?? ctx.today()),

  'clients.create': async (input, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      await requireCodeFree(trx, input.code);
      const { id } = await trx
        .insertInto('client')
        .values(clientColumns(input) as never)
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordActivity(trx, { clientId: id, kind: 'client.created', summary: `${input.code} ${input.name}` });
      return toClient((await findClient(trx, id))!);
    }),

  'clients.update': async ({ id, ...fields }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      await requireClient(trx, id, 'id');
      if (fields.code !== undefined) await requireCodeFree(trx, fields.code, id);
      const values = clientColumns(fields);
      if (Object.keys(values).length === 0) throw new CoreError('validation', 'Nothing to change.');
      await trx
        .updateTable('client')
        .set({ ...values, updated_at: touch })
        .where('id', '=', id)
        .execute();
      await recordActivity(trx, { clientId: id, kind: 'client.updated', summary: Object.keys(fields).join(', ') });
      return toClient((await findClient(trx, id))!);
    }),

  'clients.archive': async ({ id, archived }, ctx) =>
    ctx.db.transaction().execute(async (trx) => {
      await requireClient(trx, id, 'id');
      await trx
        .updateTable('client')
        .set({ archived: archived ? 1 : 0, updated_at: touch })
        .where('id', '=', id)
        .execute();
      await recordActivity(trx, { clientId: id, kind: archived ? 'client.archived' : 'client.restored', summary: '' });
      return toClient((await findClient(trx, id))!);
    }),
} satisfies HandlersFor<'clients.'>;
