import { CoreError } from '../../../../shared/contract/errors';
import { decodeText } from '../source/decode-text';
import { emptyFile, readSource, type ImportSource } from '../source/read-source';
import type { RawRow } from '../source/raw-table';
import { sniffFormat } from '../source/sniff';
import type { Table } from '../source/table';

/** FEC columns (arrêté du 29 juillet 2013) this import reads, by the field key used in its schema. */
const FEC_COLUMNS: Record<string, string> = {
  journalCode: 'JournalCode',
  journalLib: 'JournalLib',
  ecritureNum: 'EcritureNum',
  ecritureDate: 'EcritureDate',
  compteNum: 'CompteNum',
  compteLib: 'CompteLib',
  compAuxNum: 'CompAuxNum',
  compAuxLib: 'CompAuxLib',
  pieceRef: 'PieceRef',
  pieceDate: 'PieceDate',
  ecritureLib: 'EcritureLib',
  debit: 'Debit',
  credit: 'Credit',
  montant: 'Montant',
  sens: 'Sens',
  ecritureLet: 'EcritureLet',
  dateLet: 'DateLet',
};
const REQUIRED = ['journalCode', 'ecritureNum', 'ecritureDate', 'compteNum', 'pieceRef', 'ecritureLib'];

export interface FecTable {
  table: Table;
  /** Field key → column index. */
  columns: Map<string, number>;
  /** `Debit`/`Credit`, or the `Montant`/`Sens` variant the format also allows. */
  amounts: 'debit_credit' | 'amount_direction';
}

/**
 * Reads a FEC: tab or pipe separated (no quoting in this format: a `"` is just a character), values padded
 * to fixed widths (trimmed here), BOM, CRLF, UTF-8 or Windows-1252. Columns are found by name, in any order.
 */
export async function readFecTable(
  source: ImportSource,
  encoding: 'auto' | 'utf-8' | 'windows-1252',
): Promise<FecTable> {
  const file = await readSource(source);
  if (sniffFormat(file.fileName, file.bytes) !== 'text')
    throw new CoreError('validation', `« ${file.fileName} » est un classeur, pas un FEC (fichier texte).`, 'source');
  const decoded = decodeText(file.bytes, encoding);
  const lines = decoded.text.replace(/^\ufeff/, '').split(/\r?\n/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) throw emptyFile(file.fileName);
  const header = lines[headerIndex];
  const separator = header.split('\t').length >= header.split('|').length ? '\t' : '|';
  const names = header.split(separator).map((h) => h.trim());
  const normalized = names.map((h) => h.toLowerCase());
  const columns = new Map<string, number>();
  for (const [key, name] of Object.entries(FEC_COLUMNS)) {
    const index = normalized.indexOf(name.toLowerCase());
    if (index >= 0) columns.set(key, index);
  }
  const amounts = columns.has('debit') && columns.has('credit') ? 'debit_credit' : 'amount_direction';
  const missing = [...REQUIRED, ...(amounts === 'debit_credit' ? [] : ['montant', 'sens'])].filter(
    (k) => !columns.has(k),
  );
  if (names.length < 18 || missing.length > 0)
    throw new CoreError(
      'validation',
      `« ${file.fileName} » n'est pas un FEC : ${names.length} colonnes (18 au moins)` +
        (missing.length ? `, colonnes absentes : ${missing.map((k) => FEC_COLUMNS[k]).join(', ')}` : '') +
        '. Exportez le Fichier des Écritures Comptables depuis le logiciel comptable.',
      'source',
    );
  const rows: RawRow[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    rows.push({ rowNumber: i + 1, cells: lines[i].split(separator).map((c) => c.trim()) });
  }
  if (rows.length === 0) throw emptyFile(file.fileName);
  const table: Table = {
    fileName: file.fileName,
    raw: { format: 'csv', rows, encoding: decoded.encoding, separator, sheetName: null, sheets: [] },
    hasHeader: true,
    columns: names,
    repeatedHeaders: [],
    rows,
  };
  return { table, columns, amounts };
}
