import { z } from 'zod';
import type { ImportDateFormat } from '../../../../shared/contract/imports.types';
import { parsePositiveCents } from '../parse/amounts';
import { parseDate } from '../parse/dates';
import { parsePaymentMethod, parseText } from '../parse/values';
import { optionalCell, requiredCell } from './cells';

const text = (max: number) => (value: string) => parseText(value, max);

/** One row of a payment file. */
export function paymentRowSchema(dateFormat: ImportDateFormat) {
  return z.object({
    clientCode: requiredCell(text(32)),
    clientName: optionalCell(text(200)),
    date: requiredCell((value) => parseDate(value, dateFormat)),
    amount: requiredCell((value) => parsePositiveCents(value, "un remboursement ne s'importe pas comme règlement")),
    method: optionalCell(parsePaymentMethod),
    reference: optionalCell(text(100)),
    invoiceNumber: optionalCell(text(64)),
  });
}

export type PaymentRecord = z.output<ReturnType<typeof paymentRowSchema>>;
