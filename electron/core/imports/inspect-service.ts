import type { ParsedInputOf } from '../../../shared/contract/contract';
import type { ImportColumn, ImportInspection } from '../../../shared/contract/imports.types';
import type { CoreContext } from '../context';
import { tableNotices } from './import-report';
import { publicFields } from './mapping/import-fields';
import { findMapping, sourceKeyFor } from './mapping/mappings.repo';
import { suggestMapping } from './mapping/suggest-mapping';
import { readTable } from './source/read-table';
import type { Table } from './source/table';

const SAMPLE_ROWS = 20;
const SAMPLES_PER_COLUMN = 5;

function columnsWithSamples(table: Table): ImportColumn[] {
  return table.columns.map((name, index) => {
    const samples: string[] = [];
    for (const row of table.rows) {
      const value = (row.cells[index] ?? '').trim();
      if (value !== '') samples.push(value);
      if (samples.length === SAMPLES_PER_COLUMN) break;
    }
    return { index, name, samples };
  });
}

/** The mapping step's first screen: what the file looks like and what Encaisse proposes to do with its columns. */
export async function inspectImport(
  ctx: CoreContext,
  input: ParsedInputOf<'imports.inspect'>,
): Promise<ImportInspection> {
  const table = await readTable(input.source, input);
  const sourceKey = sourceKeyFor(table.columns);
  const remembered = await findMapping(ctx.db, input.kind, sourceKey);
  return {
    fileName: table.fileName,
    format: table.raw.format,
    encoding: table.raw.encoding,
    separator: table.raw.separator,
    sheetName: table.raw.sheetName,
    sheets: table.raw.sheets,
    hasHeader: table.hasHeader,
    columns: columnsWithSamples(table),
    rowCount: table.rows.length,
    sampleRows: table.rows.slice(0, SAMPLE_ROWS).map((row) => table.columns.map((_, i) => row.cells[i] ?? '')),
    sourceKey,
    fields: publicFields(input.kind),
    suggestedMapping: suggestMapping(input.kind, table),
    rememberedMapping: remembered?.mapping ?? null,
    notices: tableNotices(table),
  };
}
