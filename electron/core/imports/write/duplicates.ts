import type { ImportRowError } from '../../../../shared/contract/imports.types';
import type { RowErrors } from '../row-errors';
import type { ValidRow } from '../rows/validate-rows';

/**
 * Rows that claim the same key (a client code, an invoice number) are all refused: the file does not say
 * which one is right, and importing the first silently would hide the mistake.
 */
export function rejectDuplicates<T>(
  rows: ValidRow<T>[],
  keyOf: (record: T) => string,
  describe: (record: T, otherRows: number[]) => Omit<ImportRowError, 'row' | 'code'>,
  errors: RowErrors,
): ValidRow<T>[] {
  const firstRow = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  for (const row of rows) {
    const key = keyOf(row.record);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row.rowNumber);
    else repeated.set(key, [...(repeated.get(key) ?? [first]), row.rowNumber]);
  }
  if (repeated.size === 0) return rows;
  return rows.filter((row) => {
    const same = repeated.get(keyOf(row.record));
    if (!same) return true;
    const others = same.filter((n) => n !== row.rowNumber);
    errors.add({ row: row.rowNumber, code: 'duplicate_in_file', ...describe(row.record, others) });
    return false;
  });
}
