import type { TFunction } from 'i18next';
import { isIsoDate } from '../../shared/domain/dates';
import { bpToPercentInput, parsePercentToBp } from './percent';

/** An editable rate table: each row keeps its text as typed, parsed only on save. */
export interface RateColumn {
  /** The core's field name in a row (`effectiveDate`, `rateBp`…), so its errors land on the right cell. */
  key: string;
  label: string;
  kind: 'date' | 'halfYear' | 'percent';
}

export interface RateRow {
  /** Stable across edits, so removing a row keeps the others' focus and errors. */
  id: number;
  cells: Record<string, string>;
}

export type RowErrors = Record<number, Record<string, string>>;

let nextRowId = 1;
export const newRowId = () => nextRowId++;

export function rowsFrom<T extends object>(rates: T[], columns: RateColumn[]): RateRow[] {
  return rates.map((rate) => ({
    id: newRowId(),
    cells: Object.fromEntries(
      columns.map((column) => {
        const value = (rate as Record<string, unknown>)[column.key];
        return [column.key, column.kind === 'percent' ? bpToPercentInput(value as number) : String(value ?? '')];
      }),
    ),
  }));
}

/** The rows as the core takes them, or the errors per row and cell (nothing is sent then). */
export function parseRows(
  rows: RateRow[],
  columns: RateColumn[],
  t: TFunction,
): { ok: true; rates: Record<string, string | number>[] } | { ok: false; errors: RowErrors } {
  const errors: RowErrors = {};
  const rates = rows.map((row) => {
    const rate: Record<string, string | number> = {};
    for (const column of columns) {
      const text = (row.cells[column.key] ?? '').trim();
      const error = (message: string) => ((errors[row.id] ??= {})[column.key] = message);
      if (column.kind === 'percent') {
        const bp = parsePercentToBp(text);
        if (bp === null) error(t('dunningSettings.errors.rate'));
        else rate[column.key] = bp;
      } else if (!isIsoDate(text)) {
        error(t('dunningSettings.errors.date'));
      } else if (column.kind === 'halfYear' && !/-(01|07)-01$/.test(text)) {
        error(t('dunningSettings.errors.halfYear'));
      } else {
        rate[column.key] = text;
      }
    }
    return rate;
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, rates };
}

/** `rates.3.effectiveDate` → row 3's id and the cell; anything else is about the table as a whole. */
export function cellOfError(
  field: string | undefined,
  rows: RateRow[],
  columns: RateColumn[],
): { rowId: number; column: string } | null {
  const match = /^rates\.(\d+)(?:\.(\w+))?/.exec(field ?? '');
  const row = match ? rows[Number(match[1])] : undefined;
  if (!match || !row) return null;
  const column = columns.some((c) => c.key === match[2]) ? match[2]! : columns[0]!.key;
  return { rowId: row.id, column };
}
