import type {
  FecReport,
  ImportDateFormat,
  ImportInspection,
  ImportKind,
  ImportMapping,
  ImportReport,
} from '../../shared/contract/imports.types';

/** What the user imports: a table of clients, invoices or payments (CSV, XLSX), or a FEC. */
export type WizardKind = ImportKind | 'fec';
export const WIZARD_KINDS: readonly WizardKind[] = ['clients', 'invoices', 'payments', 'fec'];
export const DATE_FORMATS: readonly ImportDateFormat[] = ['dmy', 'mdy', 'iso'];

export type WizardStep = 'file' | 'mapping' | 'preview' | 'running' | 'summary';

/** A FEC has a fixed layout: no mapping step. */
export function stepsOf(kind: WizardKind): WizardStep[] {
  return kind === 'fec'
    ? ['file', 'preview', 'running', 'summary']
    : ['file', 'mapping', 'preview', 'running', 'summary'];
}

/** The mapping to start from: the one remembered for this source, else the core's suggestion. */
export function initialMapping(inspection: ImportInspection): ImportMapping {
  const start = inspection.rememberedMapping ?? inspection.suggestedMapping;
  const columns = new Set(inspection.columns.map((c) => c.name));
  // A remembered column the file no longer has would only be refused by the core.
  return Object.fromEntries(Object.entries(start).filter(([, column]) => columns.has(column)));
}

/** Required fields without a column. */
export function missingRequired(inspection: ImportInspection, mapping: ImportMapping): string[] {
  return inspection.fields.filter((f) => f.required && !mapping[f.key]).map((f) => f.key);
}

export type AnyReport = ImportReport | FecReport;

export function isFecReport(report: AnyReport): report is FecReport {
  return report.kind === 'fec';
}
