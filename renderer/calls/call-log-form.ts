import { z } from 'zod';
import type { CallOutcome, CallSheet } from '../../shared/contract/calls.types';
import type { InputOf } from '../../shared/contract/contract';
import { addDays } from '../../shared/domain/dates';
import { centsToInput } from '../format/money-input';
import { optionalDate, optionalText, requiredAmount, requiredDate, requiredText } from '../forms/form-schemas';

export type CallLogValues = {
  phone: string;
  note: string;
  nextActionDate: string;
  promiseDate: string;
  promiseAmount: string;
  disputeInvoice: string;
  disputeReason: string;
};

/** Invoices a promise covers unless the user says otherwise: the overdue ones that are not disputed. */
export function defaultPromiseInvoices(sheet: CallSheet): number[] {
  return sheet.invoices.filter((i) => i.daysLate > 0 && !i.disputed).map((i) => i.invoiceId);
}

export function promiseAmountOf(sheet: CallSheet, invoiceIds: readonly number[]): number {
  return sheet.invoices.filter((i) => invoiceIds.includes(i.invoiceId)).reduce((sum, i) => sum + i.openCents, 0);
}

export function callLogValues(sheet: CallSheet): CallLogValues {
  const invoiceIds = defaultPromiseInvoices(sheet);
  const firstUndisputed = sheet.invoices.find((i) => !i.disputed);
  return {
    phone: sheet.phones[0]?.number ?? '',
    note: '',
    nextActionDate: '',
    promiseDate: addDays(sheet.today, 7),
    promiseAmount: centsToInput(promiseAmountOf(sheet, invoiceIds) || sheet.client.overdueCents || null),
    disputeInvoice: firstUndisputed ? String(firstUndisputed.invoiceId) : '',
    disputeReason: 'price',
  };
}

/** Core fields → the inputs of the form, so the core's complaint lands under the right one. */
export const CALL_LOG_ALIASES: Readonly<Record<string, string>> = {
  'promise.date': 'promiseDate',
  'promise.amountCents': 'promiseAmount',
  'dispute.invoiceId': 'disputeInvoice',
  'dispute.reason': 'disputeReason',
};

const reasons = ['price', 'quantity', 'quality', 'delivery', 'billing', 'duplicate', 'other'] as const;

/** The form → `calls.log`: only the fields its outcome needs are checked and sent. */
export function callLogSchema(sheet: CallSheet, outcome: CallOutcome, promiseInvoiceIds: readonly number[]) {
  const base = { phone: requiredText(40), note: optionalText(5000) };
  const shape =
    outcome === 'promise'
      ? { ...base, nextActionDate: optionalDate, promiseDate: requiredDate, promiseAmount: requiredAmount }
      : outcome === 'dispute'
        ? {
            ...base,
            nextActionDate: optionalDate,
            disputeInvoice: requiredText(20),
            disputeReason: z.enum(reasons),
          }
        : outcome === 'call_back'
          ? { ...base, nextActionDate: requiredDate }
          : { ...base, nextActionDate: optionalDate };
  const schema = z.object(shape).transform((v): InputOf<'calls.log'> => {
    const values = v as Partial<Record<string, unknown>> & { phone: string; note: string };
    const contactId = sheet.phones.find((p) => p.number === values.phone)?.contactId ?? undefined;
    const next = typeof values.nextActionDate === 'string' && values.nextActionDate ? values.nextActionDate : undefined;
    return {
      clientId: sheet.client.id,
      ...(contactId !== undefined && contactId !== null && { contactId }),
      phone: values.phone,
      outcome,
      note: values.note,
      ...(next && { nextActionDate: next }),
      ...(outcome === 'promise' && {
        promise: {
          date: values.promiseDate as string,
          amountCents: values.promiseAmount as number,
          invoiceIds: [...promiseInvoiceIds],
          note: '',
        },
      }),
      ...(outcome === 'dispute' && {
        dispute: {
          invoiceId: Number(values.disputeInvoice),
          reason: values.disputeReason as (typeof reasons)[number],
          disputedCents: null,
          comment: values.note,
        },
      }),
    };
  });
  // Each outcome reads only some of the values: the schema's input is a part of them.
  return schema as unknown as z.ZodType<InputOf<'calls.log'>, CallLogValues>;
}
