import type { ImportTextEncoding } from '../../../../shared/contract/imports.types';

/** One row of a file as text cells; `rowNumber` is what a spreadsheet would show (first row = 1). */
export interface RawRow {
  rowNumber: number;
  cells: string[];
}

/** A file read into rows of text, before header detection and mapping. */
export interface RawTable {
  format: 'csv' | 'xlsx';
  rows: RawRow[];
  encoding: ImportTextEncoding | null;
  separator: string | null;
  sheetName: string | null;
  sheets: string[];
}

export const isBlankRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');
