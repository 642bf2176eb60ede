import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { CoreError } from '../../../shared/contract/errors';
import type { Client, RiskClass } from '../../../shared/contract/types';
import type { PaymentTermsMode } from '../../../shared/domain/payment-terms';
import type { ClientTable, DB } from '../db/tables';

type Db = Kysely<DB> | Transaction<DB>;

export function toClient(row: Selectable<ClientTable>): Client {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    siren: row.siren,
    vatNumber: row.vat_number,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    paymentTerms:
      row.payment_terms_days === null
        ? null
        : { days: row.payment_terms_days, mode: (row.payment_terms_mode ?? 'net') as PaymentTermsMode },
    creditLimitCents: row.credit_limit_cents,
    riskClassOverride: row.risk_class_override as RiskClass | null,
    collectorId: row.collector_id,
    dunningPlanId: row.dunning_plan_id,
    notes: row.notes,
    archived: row.archived === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findClient(db: Db, id: number): Promise<Selectable<ClientTable> | undefined> {
  return db.selectFrom('client').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The client, or a `not_found` error naming the input field that pointed at it. */
export async function requireClient(db: Db, id: number, field = 'clientId'): Promise<Selectable<ClientTable>> {
  const row = await findClient(db, id);
  if (!row) throw new CoreError('not_found', `No client with id ${id}.`, field);
  return row;
}

export async function requireCodeFree(db: Db, code: string, exceptId?: number): Promise<void> {
  let query = db.selectFrom('client').select('id').where('code', '=', code);
  if (exceptId !== undefined) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst())
    throw new CoreError('conflict', `A client with code ${code} already exists.`, 'code');
}

export const touch = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
