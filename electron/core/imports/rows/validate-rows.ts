import type { z } from 'zod';
import type { ImportErrorCode } from '../../../../shared/contract/imports.types';
import type { RowErrors } from '../row-errors';
import type { Table } from '../source/table';

export interface ValidRow<T> {
  rowNumber: number;
  record: T;
}

const BATCH = 5000;

/**
 * Runs the kind's zod schema over every row. Each refused cell becomes a report line naming the row, the
 * column, the value and why; `between` runs every few thousand rows (progress, cancel, yield).
 */
export async function validateRows<S extends z.ZodType>(
  table: Table,
  columns: Map<string, number>,
  schema: S,
  errors: RowErrors,
  between: (done: number) => Promise<void>,
): Promise<ValidRow<z.output<S>>[]> {
  const valid: ValidRow<z.output<S>>[] = [];
  const fields = [...columns.entries()];
  // One input object refilled per row (zod builds a fresh output): 100,000 rows, 100,000 fewer objects to collect.
  const input: Record<string, string> = {};
  for (let i = 0; i < table.rows.length; i++) {
    if (i % BATCH === 0 && i > 0) await between(i);
    const row = table.rows[i];
    for (const [field, index] of fields) input[field] = row.cells[index] ?? '';
    const result = schema.safeParse(input);
    if (result.success) {
      valid.push({ rowNumber: row.rowNumber, record: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      const field = issue.path.length > 0 ? String(issue.path[0]) : null;
      const index = field === null ? undefined : columns.get(field);
      const params = (issue as { params?: { code?: ImportErrorCode } }).params;
      errors.add({
        row: row.rowNumber,
        column: index === undefined ? null : table.columns[index],
        field,
        value: index === undefined ? '' : (row.cells[index] ?? ''),
        code: params?.code ?? 'invalid_value',
        message: issue.message,
      });
    }
  }
  return valid;
}
