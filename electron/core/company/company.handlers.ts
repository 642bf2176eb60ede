import { sql } from 'kysely';
import { CoreError } from '../../../shared/contract/errors';
import type { CompanySettings } from '../../../shared/contract/types';
import { validateAgingBounds } from '../../../shared/domain/aging';
import type { PaymentTermsMode } from '../../../shared/domain/payment-terms';
import type { CoreContext } from '../context';
import type { HandlersFor } from '../handler-types';

export async function readCompany(ctx: CoreContext): Promise<CompanySettings> {
  const row = await ctx.db.selectFrom('company').selectAll().where('id', '=', 1).executeTakeFirst();
  if (!row) throw new CoreError('invalid_ledger', 'The ledger has no company settings.');
  return {
    name: row.name,
    legalForm: row.legal_form,
    siren: row.siren,
    siret: row.siret,
    vatNumber: row.vat_number,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    email: row.email,
    phone: row.phone,
    iban: row.iban,
    bic: row.bic,
    signatoryName: row.signatory_name,
    signatoryTitle: row.signatory_title,
    currency: row.currency,
    defaultPaymentTerms: { days: row.payment_terms_days, mode: row.payment_terms_mode as PaymentTermsMode },
    agingBounds: JSON.parse(row.aging_bounds) as number[],
    updatedAt: row.updated_at,
  };
}

const columnOf = {
  name: 'name',
  legalForm: 'legal_form',
  siren: 'siren',
  siret: 'siret',
  vatNumber: 'vat_number',
  addressLine1: 'address_line1',
  addressLine2: 'address_line2',
  postalCode: 'postal_code',
  city: 'city',
  country: 'country',
  email: 'email',
  phone: 'phone',
  iban: 'iban',
  bic: 'bic',
  signatoryName: 'signatory_name',
  signatoryTitle: 'signatory_title',
} as const;

export const companyHandlers = {
  'company.get': async (_input, ctx) => readCompany(ctx),

  'company.update': async (input, ctx) => {
    if (input.agingBounds) {
      const problem = validateAgingBounds(input.agingBounds);
      if (problem) throw new CoreError('validation', `agingBounds: ${problem}`, 'agingBounds');
    }
    const values: Record<string, unknown> = {};
    for (const [key, column] of Object.entries(columnOf)) {
      const value = input[key as keyof typeof columnOf];
      if (value !== undefined) values[column] = value;
    }
    if (input.defaultPaymentTerms) {
      values.payment_terms_days = input.defaultPaymentTerms.days;
      values.payment_terms_mode = input.defaultPaymentTerms.mode;
    }
    if (input.agingBounds) values.aging_bounds = JSON.stringify(input.agingBounds);
    if (Object.keys(values).length > 0) {
      await ctx.db
        .updateTable('company')
        .set({ ...values, updated_at: sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')` })
        .where('id', '=', 1)
        .execute();
    }
    return readCompany(ctx);
  },
} satisfies HandlersFor<'company.'>;
