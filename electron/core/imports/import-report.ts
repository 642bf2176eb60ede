import type { ImportKind, ImportNotice, ImportReport } from '../../../shared/contract/imports.types';
import type { RowErrors } from './row-errors';
import type { Table } from './source/table';
import type { PlanCounts } from './write/import-plan';

/** Remarks about the file itself that the user should know even when every row is fine. */
export function tableNotices(table: Table): ImportNotice[] {
  const notices: ImportNotice[] = [];
  if (table.raw.encoding === 'windows-1252')
    notices.push({
      code: 'encoding_windows_1252',
      message: 'Fichier encodé en Windows-1252 (ANSI) : accents convertis.',
    });
  if (table.repeatedHeaders.length > 0)
    notices.push({
      code: 'repeated_columns',
      message: `Colonnes en double : ${table.repeatedHeaders.map((h) => `« ${h} »`).join(', ')} — choisissez laquelle utiliser.`,
    });
  if (!table.hasHeader)
    notices.push({
      code: 'no_header',
      message: "Pas de ligne d'en-têtes : les colonnes sont nommées par leur lettre.",
    });
  return notices;
}

const mainCounts = (kind: ImportKind, counts: PlanCounts) => {
  if (kind === 'clients') return counts.clients;
  if (kind === 'payments') return counts.payments;
  const { invoices: i, creditNotes: c } = counts;
  return { created: i.created + c.created, updated: i.updated + c.updated, unchanged: i.unchanged + c.unchanged };
};

export function buildReport(
  kind: ImportKind,
  table: Table,
  counts: PlanCounts,
  errors: RowErrors,
  written: boolean,
): ImportReport {
  const rejectedRows = errors.rejectedRows.size;
  return {
    kind,
    fileName: table.fileName,
    written,
    totalRows: table.rows.length,
    validRows: table.rows.length - rejectedRows,
    rejectedRows,
    ...mainCounts(kind, counts),
    ...counts,
    errors: errors.listed(),
    errorCount: errors.count,
    notices: tableNotices(table),
  };
}
