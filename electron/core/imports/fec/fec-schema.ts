import { z } from 'zod';
import { parseAmountCents } from '../parse/amounts';
import { parseDate } from '../parse/dates';
import { parsed, refused } from '../parse/parsed';
import { parseText } from '../parse/values';
import { optionalCell, requiredCell, rowIssue } from '../rows/cells';

const text = (max: number) => (value: string) => parseText(value, max);
// FEC dates are AAAAMMJJ; some tools write jj/mm/aaaa or ISO, which parseDate also reads.
const date = (value: string) => parseDate(value, 'dmy');
const direction = (value: string) => {
  const v = value.trim().toUpperCase();
  if (v === 'D' || v === '+1' || v === '1') return parsed(1);
  if (v === 'C' || v === '-1') return parsed(-1);
  return refused('invalid_value', `sens : D ou C attendu : « ${value.trim()} »`);
};

/** One FEC line; `netCents` is debit − credit, whichever way the file writes amounts. */
export function fecLineSchema(amounts: 'debit_credit' | 'amount_direction') {
  return z
    .object({
      journalCode: requiredCell(text(20)),
      journalLib: optionalCell(text(200)),
      ecritureNum: requiredCell(text(40)),
      ecritureDate: requiredCell(date),
      compteNum: requiredCell(text(40)),
      compteLib: optionalCell(text(200)),
      compAuxNum: optionalCell(text(40)),
      compAuxLib: optionalCell(text(200)),
      pieceRef: optionalCell(text(100)),
      pieceDate: optionalCell(date),
      ecritureLib: optionalCell(text(200)),
      debit: optionalCell(parseAmountCents),
      credit: optionalCell(parseAmountCents),
      montant: optionalCell(parseAmountCents),
      sens: optionalCell(direction),
      ecritureLet: optionalCell(text(20)),
      dateLet: optionalCell(date),
    })
    .superRefine((v, ctx) => {
      if (amounts === 'amount_direction' && v.montant !== undefined && v.sens === undefined)
        rowIssue(ctx, 'sens', 'sens manquant (D ou C)', 'required');
    })
    .transform((v) => ({
      ...v,
      netCents: amounts === 'debit_credit' ? (v.debit ?? 0) - (v.credit ?? 0) : (v.montant ?? 0) * (v.sens ?? 1),
    }));
}

export type FecLine = z.output<ReturnType<typeof fecLineSchema>>;

export const entryKey = (line: { journalCode: string; ecritureNum: string }) =>
  `${line.journalCode}\u001f${line.ecritureNum}`;
