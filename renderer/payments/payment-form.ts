import { z } from 'zod';
import type { InputOf } from '../../shared/contract/contract';
import type { PaymentMethod } from '../../shared/contract/types';
import { localToday } from '../../shared/domain/dates';
import { optionalText, requiredAmount, requiredDate } from '../forms/form-schemas';

export const PAYMENT_METHODS: readonly PaymentMethod[] = [
  'transfer',
  'cheque',
  'card',
  'direct_debit',
  'cash',
  'lcr',
  'other',
];

export type PaymentFormValues = { date: string; amountCents: string; method: string; reference: string };

export function newPaymentValues(today = localToday()): PaymentFormValues {
  return { date: today, amountCents: '', method: 'transfer', reference: '' };
}

/** The form → `payments.create`; the payment stays unallocated (an advance) until it is lettered. */
export function paymentSchema(clientId: number) {
  return z
    .object({
      date: requiredDate,
      amountCents: requiredAmount,
      method: z.enum(['transfer', 'cheque', 'card', 'direct_debit', 'cash', 'lcr', 'other']),
      reference: optionalText(100),
    })
    .transform((v): InputOf<'payments.create'> => ({ clientId, ...v, allocate: 'none' }));
}
