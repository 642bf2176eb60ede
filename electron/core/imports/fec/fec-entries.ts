import { formatCentsPlain } from '../../format';
import type { RowErrors } from '../row-errors';
import type { ValidRow } from '../rows/validate-rows';
import { entryKey, type FecLine } from './fec-schema';

/** What the other lines of an entry say about a customer line in it. */
export interface EntryFacts {
  /** Touches a bank or cash account (512, 514, 517, 53): a credit on 411 is money received. */
  bank: boolean;
  /** Touches sales (70…) or collected VAT (4457…): a credit on 411 is a credit note. */
  sales: boolean;
  /** An opening-balance entry (à-nouveaux). */
  opening: boolean;
}

const BANK_ACCOUNT = /^(51[247]|53)/;
const SALES_ACCOUNT = /^(70|4457)/;
const OPENING_JOURNAL = /^(AN|RAN|ANO|ANX|OUV)$/i;

/**
 * Groups lines into entries (JournalCode + EcritureNum), refuses the unbalanced ones (debit ≠ credit: the
 * file is damaged or truncated), and classifies the others. Entries with a line already refused for a bad
 * amount are not re-checked: their total is unknown.
 */
export function checkEntries(
  lines: ValidRow<FecLine>[],
  entriesWithBadLines: Set<string>,
  errors: RowErrors,
  ecritureNumColumn: string,
): Map<string, EntryFacts> {
  const groups = new Map<string, ValidRow<FecLine>[]>();
  for (const line of lines) {
    const key = entryKey(line.record);
    const group = groups.get(key);
    if (group) group.push(line);
    else groups.set(key, [line]);
  }
  const facts = new Map<string, EntryFacts>();
  for (const [key, group] of groups) {
    const net = group.reduce((sum, l) => sum + l.record.netCents, 0);
    if (net !== 0 && !entriesWithBadLines.has(key)) {
      const debit = group.reduce((sum, l) => sum + Math.max(0, l.record.netCents), 0);
      const { journalCode, ecritureNum } = group[0].record;
      for (const line of group)
        errors.add({
          row: line.rowNumber,
          column: ecritureNumColumn,
          field: 'ecritureNum',
          value: ecritureNum,
          code: 'unbalanced_entry',
          message: `écriture ${journalCode} ${ecritureNum} déséquilibrée : débit ${formatCentsPlain(debit)} ≠ crédit ${formatCentsPlain(debit - net)}`,
        });
      continue;
    }
    const { journalCode, journalLib } = group[0].record;
    facts.set(key, {
      bank: group.some((l) => BANK_ACCOUNT.test(l.record.compteNum)) || /^(BQ|BNQ|BAN|CAI)/i.test(journalCode),
      sales: group.some((l) => SALES_ACCOUNT.test(l.record.compteNum)) || /^(VE|VT)/i.test(journalCode),
      opening: OPENING_JOURNAL.test(journalCode) || /nouveau/i.test(journalLib ?? ''),
    });
  }
  return facts;
}
