import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { CoreError } from '../../../../shared/contract/errors';
import type {
  ImportDateFormat,
  ImportKind,
  ImportMapping,
  SavedImportMapping,
} from '../../../../shared/contract/imports.types';
import type { DB } from '../../db/tables';
import { withImportTables } from '../import-tables';
import { normalizeLabel } from '../parse/values';

type Db = Kysely<DB> | Transaction<DB>;

/** Files of the same export have the same column names, whatever their order of rows or case of headers. */
export function sourceKeyFor(columns: readonly string[]): string {
  return createHash('sha256').update(columns.map(normalizeLabel).join('\u001f')).digest('hex').slice(0, 32);
}

type Row = {
  id: number;
  kind: string;
  source_key: string;
  columns: string;
  mapping: string;
  date_format: string;
  updated_at: string;
};

function toSaved(row: Row): SavedImportMapping {
  return {
    id: row.id,
    kind: row.kind as ImportKind,
    sourceKey: row.source_key,
    columns: JSON.parse(row.columns) as string[],
    mapping: JSON.parse(row.mapping) as ImportMapping,
    dateFormat: row.date_format as ImportDateFormat,
    updatedAt: row.updated_at,
  };
}

export async function findMapping(db: Db, kind: ImportKind, sourceKey: string): Promise<SavedImportMapping | null> {
  const row = await withImportTables(db)
    .selectFrom('import_mapping')
    .selectAll()
    .where('kind', '=', kind)
    .where('source_key', '=', sourceKey)
    .executeTakeFirst();
  return row ? toSaved(row) : null;
}

export async function saveMapping(
  db: Db,
  input: { kind: ImportKind; columns: string[]; mapping: ImportMapping; dateFormat: ImportDateFormat },
): Promise<SavedImportMapping> {
  const values = {
    kind: input.kind,
    source_key: sourceKeyFor(input.columns),
    columns: JSON.stringify(input.columns),
    mapping: JSON.stringify(input.mapping),
    date_format: input.dateFormat,
  };
  const row = await withImportTables(db)
    .insertInto('import_mapping')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['kind', 'source_key']).doUpdateSet({
        columns: values.columns,
        mapping: values.mapping,
        date_format: values.date_format,
        updated_at: sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSaved(row);
}

export async function listMappings(db: Db, kind: ImportKind | undefined): Promise<SavedImportMapping[]> {
  let query = withImportTables(db).selectFrom('import_mapping').selectAll();
  if (kind) query = query.where('kind', '=', kind);
  return (await query.orderBy('updated_at', 'desc').orderBy('id', 'desc').execute()).map(toSaved);
}

export async function deleteMapping(db: Db, id: number): Promise<void> {
  const result = await withImportTables(db).deleteFrom('import_mapping').where('id', '=', id).executeTakeFirst();
  if (result.numDeletedRows === 0n)
    throw new CoreError('not_found', `Aucune correspondance enregistrée n° ${id}.`, 'id');
}
