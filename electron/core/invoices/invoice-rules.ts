import { sql, type Kysely, type RawBuilder, type SqlBool, type Transaction } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract/contract';
import { CoreError } from '../../../shared/contract/errors';
import type { IsoDate } from '../../../shared/domain/dates';
import { dueDateFor, type PaymentTermsMode } from '../../../shared/domain/payment-terms';
import { isOpen } from '../db/open-amounts';
import type { DB } from '../db/tables';

type Db = Kysely<DB> | Transaction<DB>;

/** Invoice and credit-note numbers are unique per kind. */
export async function requireNumberFree(db: Db, kind: 'invoice' | 'credit_note', number: string): Promise<void> {
  const taken = await db
    .selectFrom('invoice')
    .select('id')
    .where('kind', '=', kind)
    .where('number', '=', number)
    .executeTakeFirst();
  if (taken) {
    const what = kind === 'invoice' ? 'An invoice' : 'A credit note';
    throw new CoreError('conflict', `${what} numbered ${number} already exists.`, 'number');
  }
}

/** The client's payment terms (the company's when the client has none); a credit note is due at once. */
export async function defaultDueDate(
  db: Db,
  clientId: number,
  kind: 'invoice' | 'credit_note',
  issueDate: IsoDate,
): Promise<IsoDate> {
  if (kind === 'credit_note') return issueDate;
  const terms = await db
    .selectFrom('client')
    .innerJoin('company', (join) => join.on('company.id', '=', 1))
    .select([
      sql<number>`COALESCE(client.payment_terms_days, company.payment_terms_days)`.as('days'),
      sql<string>`COALESCE(client.payment_terms_mode, company.payment_terms_mode)`.as('mode'),
    ])
    .where('client.id', '=', clientId)
    .executeTakeFirstOrThrow();
  return dueDateFor(issueDate, { days: terms.days, mode: terms.mode as PaymentTermsMode });
}

const activeDispute = sql<SqlBool>`EXISTS (SELECT 1 FROM dispute d WHERE d.invoice_id = i.id AND d.status <> 'resolved')`;

/** The WHERE clause of the invoice list (on alias `i`), shared by the page query and its count. */
export function invoiceListFilter(input: ParsedInputOf<'invoices.list'>, today: IsoDate): RawBuilder<SqlBool> {
  const conditions: RawBuilder<SqlBool>[] = [sql<SqlBool>`i.status <> 'cancelled'`];
  if (input.clientId !== undefined) conditions.push(sql<SqlBool>`i.client_id = ${input.clientId}`);
  if (input.kind !== undefined) conditions.push(sql<SqlBool>`i.kind = ${input.kind}`);
  if (input.filter === 'open') conditions.push(isOpen('i'));
  if (input.filter === 'settled') conditions.push(sql<SqlBool>`NOT (${isOpen('i')})`);
  if (input.filter === 'overdue')
    conditions.push(
      sql<SqlBool>`${isOpen('i')} AND i.kind = 'invoice' AND i.status = 'issued' AND i.due_date < ${today}`,
    );
  if (input.filter === 'disputed') conditions.push(sql<SqlBool>`${isOpen('i')} AND ${activeDispute}`);
  return sql<SqlBool>`${sql.join(conditions, sql` AND `)}`;
}
