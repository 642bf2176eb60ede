import { z } from 'zod';
import type { InputOf } from '../../shared/contract/contract';
import type { Invoice } from '../../shared/contract/types';
import { localToday } from '../../shared/domain/dates';
import { centsToInput } from '../format/money-input';
import {
  optionalAmount,
  optionalDate,
  optionalText,
  requiredAmount,
  requiredText,
  type FormErrorKey,
} from '../forms/form-schemas';

/** What the user creates: an issued invoice, an invoice still to issue (no issue date), or a credit note. */
export type InvoiceFormKind = 'invoice' | 'to_issue' | 'credit_note';
export const INVOICE_FORM_KINDS: readonly InvoiceFormKind[] = ['invoice', 'to_issue', 'credit_note'];

export type InvoiceFormValues = {
  kind: string;
  number: string;
  issueDate: string;
  dueDate: string;
  amountCents: string;
  amountExclVatCents: string;
  externalRef: string;
};

export function newInvoiceValues(kind: InvoiceFormKind, today = localToday()): InvoiceFormValues {
  return {
    kind,
    number: '',
    issueDate: kind === 'to_issue' ? '' : today,
    dueDate: '',
    amountCents: '',
    amountExclVatCents: '',
    externalRef: '',
  };
}

export function editInvoiceValues(invoice: Invoice): InvoiceFormValues {
  return {
    kind: invoice.kind === 'credit_note' ? 'credit_note' : invoice.issueDate ? 'invoice' : 'to_issue',
    number: invoice.number,
    issueDate: invoice.issueDate ?? '',
    dueDate: invoice.dueDate ?? '',
    amountCents: centsToInput(invoice.amountCents),
    amountExclVatCents: centsToInput(invoice.amountExclVatCents),
    externalRef: invoice.externalRef,
  };
}

const fields = z.object({
  kind: z.enum(['invoice', 'to_issue', 'credit_note']),
  number: requiredText(64),
  issueDate: optionalDate,
  dueDate: optionalDate,
  amountCents: requiredAmount,
  amountExclVatCents: optionalAmount(),
  externalRef: optionalText(100),
});

type Checked = z.output<typeof fields>;

/** Rules the user can break without asking the core: the same ones the core applies, said sooner. */
function checkDates(v: Checked, ctx: z.RefinementCtx, issueDateRequired: boolean) {
  const issue = (path: keyof Checked, message: FormErrorKey) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (issueDateRequired && v.issueDate === null) issue('issueDate', 'required');
  if (v.issueDate && v.dueDate && v.dueDate < v.issueDate) issue('dueDate', 'dueBeforeIssue');
  if (v.amountExclVatCents !== null && v.amountExclVatCents > v.amountCents)
    issue('amountExclVatCents', 'exclVatOverAmount');
}

/** New document → `invoices.create`: an invoice to issue has no issue date; empty due date = from the terms. */
export function createInvoiceSchema(clientId: number) {
  return fields
    .superRefine((v, ctx) => checkDates(v, ctx, v.kind !== 'to_issue'))
    .transform((v): InputOf<'invoices.create'> => ({
      clientId,
      kind: v.kind === 'credit_note' ? 'credit_note' : 'invoice',
      number: v.number,
      issueDate: v.kind === 'to_issue' ? null : v.issueDate,
      dueDate: v.kind === 'invoice' ? v.dueDate : null,
      amountCents: v.amountCents,
      amountExclVatCents: v.amountExclVatCents,
      externalRef: v.externalRef,
    }));
}

/** Correction → `invoices.update`; giving an invoice to issue its issue date issues it. */
export function updateInvoiceSchema(invoice: Invoice) {
  return fields
    .superRefine((v, ctx) => checkDates(v, ctx, invoice.issueDate !== null))
    .transform((v): Omit<InputOf<'invoices.update'>, 'id'> => ({
      number: v.number,
      issueDate: v.issueDate,
      dueDate: invoice.kind === 'credit_note' ? null : v.dueDate,
      amountCents: v.amountCents,
      amountExclVatCents: v.amountExclVatCents,
      externalRef: v.externalRef,
    }));
}
