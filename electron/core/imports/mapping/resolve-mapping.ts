import { CoreError } from '../../../../shared/contract/errors';
import type { ImportKind, ImportMapping } from '../../../../shared/contract/imports.types';
import type { Table } from '../source/table';
import { importFields } from './import-fields';

const quoteList = (names: string[]) => names.map((n) => `« ${n} »`).join(', ');

/**
 * Turns field → column name into field → column index, refusing with a clear message what would make the
 * import guess: an unknown field or column, a required field left out, a repeated header picked by its bare name.
 */
export function resolveMapping(kind: ImportKind, table: Table, mapping: ImportMapping): Map<string, number> {
  const definitions = importFields[kind];
  const resolved = new Map<string, number>();
  for (const [key, column] of Object.entries(mapping)) {
    if (column === '') continue;
    if (!definitions.some((d) => d.key === key))
      throw new CoreError('validation', `Champ inconnu pour un import de ${kind} : ${key}.`, `mapping.${key}`);
    if (table.repeatedHeaders.includes(column))
      throw new CoreError(
        'validation',
        `La colonne « ${column} » apparaît plusieurs fois dans le fichier : choisissez ${quoteList(
          table.columns.filter((c) => c === column || c.startsWith(`${column} (`)),
        )}.`,
        `mapping.${key}`,
      );
    const index = table.columns.indexOf(column);
    if (index < 0)
      throw new CoreError(
        'validation',
        `Colonne « ${column} » absente du fichier (colonnes : ${quoteList(table.columns)}).`,
        `mapping.${key}`,
      );
    resolved.set(key, index);
  }
  const missing = definitions.filter((d) => d.required && !resolved.has(d.key));
  if (missing.length > 0) {
    const repeatedNote =
      table.repeatedHeaders.length > 0
        ? ` Colonnes en double dans le fichier : ${quoteList(table.repeatedHeaders)}.`
        : '';
    throw new CoreError(
      'validation',
      `Colonne obligatoire manquante : ${missing.map((d) => d.label).join(', ')}. Associez-la à une colonne du fichier (colonnes : ${quoteList(table.columns)}).${repeatedNote}`,
      `mapping.${missing[0].key}`,
    );
  }
  return resolved;
}

/** For a mapping saved without a file at hand: known fields, and columns among the ones given. */
export function checkMappingFields(kind: ImportKind, mapping: ImportMapping, columns: string[]): void {
  for (const [key, column] of Object.entries(mapping)) {
    if (!importFields[kind].some((d) => d.key === key))
      throw new CoreError('validation', `Champ inconnu pour un import de ${kind} : ${key}.`, `mapping.${key}`);
    if (column !== '' && !columns.includes(column))
      throw new CoreError('validation', `Colonne « ${column} » absente de la liste des colonnes.`, `mapping.${key}`);
  }
}
