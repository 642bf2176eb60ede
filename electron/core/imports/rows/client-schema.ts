import { z } from 'zod';
import type { ImportDateFormat } from '../../../../shared/contract/imports.types';
import { parseAmountCents } from '../parse/amounts';
import { refused, type Parsed } from '../parse/parsed';
import { parseCountry, parsePaymentTerms, parseSiren, parseText } from '../parse/values';
import { optionalCell, requiredCell } from './cells';

const text = (max: number) => (value: string) => parseText(value, max);

function nonNegative(value: string): Parsed<number> {
  const result = parseAmountCents(value);
  if (result.ok && result.value < 0) return refused('negative_amount', `plafond négatif : « ${value.trim()} »`);
  return result;
}

/** One row of a client file; limits are those of the contract's `clients.create`. */
export function clientRowSchema(_dateFormat: ImportDateFormat) {
  return z.object({
    code: requiredCell(text(32)),
    name: requiredCell(text(200)),
    siren: optionalCell(parseSiren),
    vatNumber: optionalCell(text(32)),
    addressLine1: optionalCell(text(200)),
    addressLine2: optionalCell(text(200)),
    postalCode: optionalCell(text(16)),
    city: optionalCell(text(100)),
    country: optionalCell(parseCountry),
    paymentTerms: optionalCell(parsePaymentTerms),
    creditLimit: optionalCell(nonNegative),
    notes: optionalCell(text(5000)),
  });
}

export type ClientRecord = z.output<ReturnType<typeof clientRowSchema>>;
