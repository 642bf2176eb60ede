import { z } from 'zod';
import type { ImportDateFormat } from '../../../../shared/contract/imports.types';
import { parsePositiveCents } from '../parse/amounts';
import { parseDate } from '../parse/dates';
import { parsed, refused } from '../parse/parsed';
import { parseDocumentKind, parseFlag, parseText } from '../parse/values';
import { optionalCell, requiredCell, rowIssue } from './cells';

const text = (max: number) => (value: string) => parseText(value, max);
const amount = (value: string) =>
  parsePositiveCents(value, "un avoir s'importe avec un montant positif et le type « avoir »");
const currency = (value: string) => {
  const code = value.trim().toUpperCase().replace('€', 'EUR');
  return /^[A-Z]{3}$/.test(code)
    ? parsed(code)
    : refused('invalid_value', `devise : code ISO attendu (EUR…) : « ${value.trim()} »`);
};

/** One row of an invoice file, with the checks that tie its cells together. */
export function invoiceRowSchema(dateFormat: ImportDateFormat) {
  const date = (value: string) => parseDate(value, dateFormat);
  return z
    .object({
      clientCode: requiredCell(text(32)),
      clientName: optionalCell(text(200)),
      number: requiredCell(text(64)),
      kind: optionalCell(parseDocumentKind),
      issueDate: optionalCell(date),
      dueDate: optionalCell(date),
      amount: requiredCell(amount),
      amountExclVat: optionalCell(amount),
      currency: optionalCell(currency),
      externalRef: optionalCell(text(100)),
      settlementDate: optionalCell(date),
      settledAmount: optionalCell(amount),
      disputed: optionalCell(parseFlag),
    })
    .superRefine((v, ctx) => {
      const kind = v.kind ?? 'invoice';
      if (v.issueDate && v.dueDate && v.dueDate < v.issueDate)
        rowIssue(ctx, 'dueDate', `échéance avant la date d'émission (${v.issueDate})`);
      if (v.amountExclVat !== undefined && v.amountExclVat > v.amount)
        rowIssue(ctx, 'amountExclVat', 'montant HT supérieur au montant TTC');
      if (!v.issueDate && kind === 'credit_note')
        rowIssue(ctx, 'issueDate', "un avoir doit avoir une date d'émission", 'required');
      if (!v.issueDate && v.dueDate) rowIssue(ctx, 'issueDate', "échéance sans date d'émission", 'required');
      const settles = v.settlementDate !== undefined || v.settledAmount !== undefined;
      if (settles && kind === 'credit_note')
        rowIssue(ctx, 'settledAmount', "un avoir ne se règle pas : seule une facture s'encaisse");
      else if (settles && !v.issueDate)
        rowIssue(ctx, 'settlementDate', "une facture réglée doit avoir une date d'émission", 'required');
      if (v.settledAmount !== undefined && v.settlementDate === undefined)
        rowIssue(ctx, 'settlementDate', 'montant réglé sans date de règlement', 'required');
      if (v.settledAmount !== undefined && v.settledAmount > v.amount)
        rowIssue(ctx, 'settledAmount', 'montant réglé supérieur au montant de la facture');
      if (v.disputed && v.settlementDate && (v.settledAmount ?? v.amount) === v.amount)
        rowIssue(ctx, 'disputed', 'facture réglée en totalité : elle ne peut pas être en litige');
    });
}

export type InvoiceRecord = z.output<ReturnType<typeof invoiceRowSchema>>;
