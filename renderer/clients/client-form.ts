import { z } from 'zod';
import type { InputOf } from '../../shared/contract/contract';
import type { Client, RiskClass } from '../../shared/contract/types';
import type { PaymentTermsMode } from '../../shared/domain/payment-terms';
import { centsToInput } from '../format/money-input';
import { optionalAmount, optionalText, requiredText, sirenText, type FormErrorKey } from '../forms/form-schemas';

/** 'default': the company's terms apply (the client stores none). */
export type TermsChoice = 'default' | PaymentTermsMode;
export const TERMS_CHOICES: readonly TermsChoice[] = [
  'default',
  'net',
  'days_then_end_of_month',
  'end_of_month_then_days',
];
export const RISK_CLASSES: readonly RiskClass[] = ['A', 'B', 'C', 'D', 'E'];

export type ClientFormValues = {
  code: string;
  name: string;
  siren: string;
  vatNumber: string;
  addressLine1: string;
  addressLine2: string;
  postalCode: string;
  city: string;
  country: string;
  termsMode: string;
  termsDays: string;
  creditLimitCents: string;
  riskClassOverride: string;
  notes: string;
};

/** Core field names → form fields, so the core's complaints land on the right input. */
export const CLIENT_FIELD_ALIASES = {
  'paymentTerms.days': 'termsDays',
  'paymentTerms.mode': 'termsMode',
  paymentTerms: 'termsDays',
} as const;

export function clientFormValues(client?: Client): ClientFormValues {
  return {
    code: client?.code ?? '',
    name: client?.name ?? '',
    siren: client?.siren ?? '',
    vatNumber: client?.vatNumber ?? '',
    addressLine1: client?.addressLine1 ?? '',
    addressLine2: client?.addressLine2 ?? '',
    postalCode: client?.postalCode ?? '',
    city: client?.city ?? '',
    country: client?.country ?? 'FR',
    termsMode: client?.paymentTerms?.mode ?? 'default',
    termsDays: client?.paymentTerms ? String(client.paymentTerms.days) : '30',
    creditLimitCents: centsToInput(client?.creditLimitCents),
    riskClassOverride: client?.riskClassOverride ?? '',
    notes: client?.notes ?? '',
  };
}

const days = z.string().trim();

/** The form checked and turned into `clients.create`'s input (`clients.update` takes the same plus the id). */
export const clientFormSchema = z
  .object({
    code: requiredText(32),
    name: requiredText(200),
    siren: sirenText,
    vatNumber: optionalText(32),
    addressLine1: optionalText(200),
    addressLine2: optionalText(200),
    postalCode: optionalText(16),
    city: optionalText(100),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => /^[A-Z]{2}$/.test(v), { message: 'country' satisfies FormErrorKey }),
    termsMode: z.enum(['default', 'net', 'days_then_end_of_month', 'end_of_month_then_days']),
    termsDays: days,
    creditLimitCents: optionalAmount({ allowZero: true }),
    riskClassOverride: z.enum(['', 'A', 'B', 'C', 'D', 'E']),
    notes: optionalText(5000),
  })
  .superRefine((v, ctx) => {
    if (v.termsMode !== 'default' && !/^\d{1,3}$/.test(v.termsDays))
      ctx.addIssue({ code: 'custom', path: ['termsDays'], message: 'days' satisfies FormErrorKey });
    else if (v.termsMode !== 'default' && Number(v.termsDays) > 365)
      ctx.addIssue({ code: 'custom', path: ['termsDays'], message: 'days' satisfies FormErrorKey });
  })
  .transform(({ termsMode, termsDays, riskClassOverride, ...rest }): InputOf<'clients.create'> => ({
    ...rest,
    paymentTerms: termsMode === 'default' ? undefined : { mode: termsMode, days: Number(termsDays) },
    riskClassOverride: riskClassOverride === '' ? null : riskClassOverride,
  }));

/**
 * Only what the user changed goes to `clients.update`, so the timeline says "Ville" rather than every field.
 * Terms left on the company default (undefined) equal a client without terms (null).
 */
export function changedClientFields(
  client: Client,
  input: InputOf<'clients.create'>,
): Partial<InputOf<'clients.create'>> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const before = (client as unknown as Record<string, unknown>)[key] ?? null;
    if (stable(value ?? null) !== stable(before)) changes[key] = value;
  }
  return changes as Partial<InputOf<'clients.create'>>;
}

/** JSON with sorted keys: `{days, mode}` and `{mode, days}` are the same terms. */
function stable(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
}
