import type ExcelJS from 'exceljs';
import { CoreError } from '../../../../shared/contract/errors';
import { isBlankRow, type RawRow, type RawTable } from './raw-table';

/** Excel stores dates as UTC instants that may land a few ms before midnight: round to the minute first. */
function isoDay(date: Date): string {
  return new Date(Math.round(date.getTime() / 60_000) * 60_000).toISOString().slice(0, 10);
}

function numberText(value: number, numFmt: string | undefined): string {
  // An identifier typed as a number but formatted « 00000 » shows its leading zeros: keep them.
  if (numFmt && /^0+$/.test(numFmt) && Number.isInteger(value)) return String(value).padStart(numFmt.length, '0');
  // A computed 1.2 × 12 is stored as 14.399999999999999: 15 significant digits is what Excel itself shows.
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

/**
 * The text of a cell, never evaluated: a formula gives the result Excel cached when the file was saved, or
 * its own text (`=…`) when there is none; a text cell starting with `=`, `+`, `-` or `@` stays that text.
 */
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'number') return numberText(value, cell.numFmt);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return `=${cell.formula ?? ''}`;
    if (result instanceof Date) return isoDay(result);
    if (typeof result === 'number') return numberText(result, cell.numFmt);
    if (typeof result === 'object' && 'error' in result) return String(result.error);
    return String(result);
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return cell.text ?? '';
}

/** Reads one sheet of a workbook (the requested one, else the first with data) into rows of text. */
export async function readXlsxTable(fileName: string, bytes: Buffer, sheet: string | undefined): Promise<RawTable> {
  // Loaded on first use: exceljs is large, and most starts of the app or the CLI never read a spreadsheet.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new CoreError('validation', `« ${fileName} » n'est pas un classeur XLSX lisible.`, 'source');
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const worksheet = sheet
    ? workbook.getWorksheet(sheet)
    : (workbook.worksheets.find((w) => w.actualRowCount > 0) ?? workbook.worksheets[0]);
  if (!worksheet)
    throw new CoreError(
      'validation',
      sheet
        ? `Pas de feuille « ${sheet} » dans ${fileName} (feuilles : ${sheets.join(', ')}).`
        : `${fileName} n'a aucune feuille.`,
      'sheet',
    );
  const rows: RawRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    if (!isBlankRow(cells)) rows.push({ rowNumber, cells });
  });
  return { format: 'xlsx', rows, encoding: null, separator: null, sheetName: worksheet.name, sheets };
}
