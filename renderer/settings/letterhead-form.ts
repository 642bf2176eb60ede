import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { InputOf } from '../../shared/contract/contract';
import type { CompanySettings } from '../../shared/contract/types';
import { emailText, optionalText, requiredText, sirenText, type FormErrorKey } from '../forms/form-schemas';

/** The company identity printed on letters, as the letterhead form edits it. */
export const LETTERHEAD_FIELDS = [
  'name',
  'legalForm',
  'siren',
  'siret',
  'vatNumber',
  'addressLine1',
  'addressLine2',
  'postalCode',
  'city',
  'country',
  'email',
  'phone',
  'iban',
  'bic',
  'signatoryName',
  'signatoryTitle',
] as const;
export type LetterheadField = (typeof LETTERHEAD_FIELDS)[number];
export type LetterheadValues = Record<LetterheadField, string>;
export type LetterheadInput = Pick<InputOf<'company.update'>, LetterheadField>;

export function letterheadValues(company: CompanySettings): LetterheadValues {
  return Object.fromEntries(LETTERHEAD_FIELDS.map((key) => [key, company[key] ?? ''])) as LetterheadValues;
}

const compact = (v: string) => v.replace(/\s+/g, '').toUpperCase();

/** ISO 13616 check: the country and key moved to the end, letters as numbers, the whole modulo 97 is 1. */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of moved) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** The form's own checks (messages already in the user's language), then the core's `company.update` input. */
export function letterheadSchema(t: TFunction) {
  return z.object({
    name: requiredText(200),
    legalForm: optionalText(50),
    siren: sirenText,
    siret: z
      .string()
      .transform((v) => v.replace(/\s+/g, ''))
      .refine((v) => v === '' || /^\d{14}$/.test(v), { message: t('dunningSettings.errors.siret') }),
    vatNumber: optionalText(32).transform(compact),
    addressLine1: optionalText(200),
    addressLine2: optionalText(200),
    postalCode: optionalText(16),
    city: optionalText(100),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .refine((v) => v === '' || /^[A-Z]{2}$/.test(v), { message: 'country' satisfies FormErrorKey }),
    email: emailText,
    phone: optionalText(50),
    iban: z
      .string()
      .transform(compact)
      .refine((v) => v === '' || isValidIban(v), { message: t('dunningSettings.errors.iban') }),
    bic: z
      .string()
      .transform(compact)
      .refine((v) => v === '' || /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v), {
        message: t('dunningSettings.errors.bic'),
      }),
    signatoryName: optionalText(200),
    signatoryTitle: optionalText(200),
  }) satisfies z.ZodType<LetterheadInput, LetterheadValues>;
}

const COMPACTED: ReadonlySet<LetterheadField> = new Set(['siren', 'siret', 'vatNumber', 'iban', 'bic']);

/** A stored value as the form would send it back, so `FR76 3000…` kept with spaces is not a change. */
function normalized(key: LetterheadField, value: string): string {
  if (COMPACTED.has(key)) return compact(value);
  return key === 'country' ? value.trim().toUpperCase() : value.trim();
}

/** Only what changed goes to the core, so the history says "IBAN" rather than every field. */
export function changedLetterhead(company: CompanySettings, input: LetterheadInput): Partial<LetterheadInput> {
  const changes: Partial<LetterheadInput> = {};
  for (const key of LETTERHEAD_FIELDS) {
    if (input[key] !== normalized(key, company[key] ?? '')) changes[key] = input[key];
  }
  return changes;
}
