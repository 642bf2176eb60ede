import { CoreError } from '../../../../shared/contract/errors';
import { decodeText } from './decode-text';
import { readCsvTable, type Separator } from './csv-table';
import { emptyFile, readSource, type ImportSource } from './read-source';
import { sniffFormat } from './sniff';
import { buildTable, type Table } from './table';
import { readXlsxTable } from './xlsx-table';

export interface ReadingOptions {
  encoding: 'auto' | 'utf-8' | 'windows-1252';
  separator: 'auto' | Separator;
  hasHeader?: boolean;
  sheet?: string;
}

/** From a source to named columns and rows, whatever the format: the first step of inspect, preview and run. */
export async function readTable(source: ImportSource, options: ReadingOptions): Promise<Table> {
  const file = await readSource(source);
  const raw =
    sniffFormat(file.fileName, file.bytes) === 'xlsx'
      ? await readXlsxTable(file.fileName, file.bytes, options.sheet)
      : readCsvTable(decodeText(file.bytes, options.encoding), options.separator);
  if (raw.rows.length === 0) throw emptyFile(file.fileName);
  const table = buildTable(file.fileName, raw, options.hasHeader);
  if (table.rows.length === 0)
    throw new CoreError(
      'validation',
      `« ${file.fileName} » n'a qu'une ligne d'en-têtes : aucune donnée à importer.`,
      'source',
    );
  return table;
}
