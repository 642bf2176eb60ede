import { parseAmountCents } from '../parse/amounts';
import { parseDate } from '../parse/dates';
import type { RawRow, RawTable } from './raw-table';

/** A file as named columns and data rows: what mapping and validation work on. */
export interface Table {
  fileName: string;
  raw: RawTable;
  hasHeader: boolean;
  /** Unique column names: the header texts, « Colonne C » for unnamed ones, « Montant (2) » for a repeat. */
  columns: string[];
  /** Header texts found more than once (a mapping must not pick one of them silently). */
  repeatedHeaders: string[];
  rows: RawRow[];
}

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A first row with no amount and no date in it is a row of labels. */
function looksLikeHeader(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length > 0 && filled.every((c) => !parseAmountCents(c).ok && !parseDate(c, 'dmy').ok);
}

export function buildTable(fileName: string, raw: RawTable, hasHeader: boolean | undefined): Table {
  const [first, ...rest] = raw.rows;
  const header = hasHeader ?? looksLikeHeader(first.cells);
  const dataRows = header ? rest : raw.rows;
  let width = header ? first.cells.length : 0;
  for (const row of dataRows) width = Math.max(width, row.cells.length);

  const seen = new Map<string, number>();
  const repeated = new Set<string>();
  const columns = Array.from({ length: width }, (_, i) => {
    const label = header ? (first.cells[i] ?? '').trim() : '';
    if (label === '') return `Colonne ${columnLetter(i)}`;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    if (n > 1) repeated.add(label);
    return n === 1 ? label : `${label} (${n})`;
  });
  return { fileName, raw, hasHeader: header, columns, repeatedHeaders: [...repeated], rows: dataRows };
}
