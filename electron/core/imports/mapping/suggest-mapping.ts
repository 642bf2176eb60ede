import type { ImportKind, ImportMapping } from '../../../../shared/contract/imports.types';
import { normalizeLabel } from '../parse/values';
import type { Table } from '../source/table';
import { importFields } from './import-fields';

/**
 * Proposes a column for each field from the header names: an exact synonym beats a header that merely
 * contains one, earlier synonyms beat later ones, and each column serves one field. A header the file
 * repeats is never proposed: the user must say which of the two is meant.
 */
export function suggestMapping(kind: ImportKind, table: Table): ImportMapping {
  if (!table.hasHeader) return {};
  const repeated = new Set(table.repeatedHeaders);
  const candidates: Array<{ field: string; column: string; score: number }> = [];
  for (const definition of importFields[kind]) {
    table.columns.forEach((column) => {
      if (repeated.has(column) || repeated.has(column.replace(/ \(\d+\)$/, ''))) return;
      const normalized = normalizeLabel(column);
      definition.synonyms.forEach((synonym, rank) => {
        if (normalized === synonym) candidates.push({ field: definition.key, column, score: 200 - rank });
        else if (` ${normalized} `.includes(` ${synonym} `))
          candidates.push({ field: definition.key, column, score: 100 - rank });
      });
    });
  }
  candidates.sort((a, b) => b.score - a.score);
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  for (const { field, column } of candidates) {
    if (field in mapping || used.has(column)) continue;
    mapping[field] = column;
    used.add(column);
  }
  return mapping;
}
