import type { Cents } from '../domain/money';
import type { PaymentTerms } from '../domain/payment-terms';

/** Result types of the imports (issue 3 §4, §5, §7). JSON-safe: money in cents, dates ISO, no Dates or Buffers. */

/** What a tabular file (CSV, XLSX) holds. A FEC has its own methods. */
export type ImportKind = 'clients' | 'invoices' | 'payments';

export type ImportDateFormat = 'dmy' | 'mdy' | 'iso';

export type ImportTextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** A target field of the mapping step (e.g. `amount` ← column « Montant TTC »). */
export interface ImportField {
  key: string;
  /** French label shown in the mapping step. */
  label: string;
  required: boolean;
  /** What the column may hold (French), e.g. « jj/mm/aaaa ou aaaa-mm-jj ». */
  hint: string;
}

/** Field key → column name (as listed in `ImportInspection.columns`). Unlisted fields are not imported. */
export type ImportMapping = Record<string, string>;

export interface ImportColumn {
  index: number;
  /** The header text, or « Colonne A » when the file has no header; a repeated header gets « (2) ». */
  name: string;
  /** The first few non-empty values, as text. */
  samples: string[];
}

/** A remark about the whole file that does not stop the import (e.g. « encodage Windows-1252 détecté »). */
export interface ImportNotice {
  code: string;
  message: string;
}

export interface ImportInspection {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** CSV only. */
  encoding: ImportTextEncoding | null;
  /** CSV only: the detected (or forced) separator. */
  separator: string | null;
  /** XLSX only: the sheet read, and all sheets of the workbook. */
  sheetName: string | null;
  sheets: string[];
  hasHeader: boolean;
  columns: ImportColumn[];
  /** Data rows (the header excluded, empty rows skipped). */
  rowCount: number;
  /** The first 20 data rows, one string per column. */
  sampleRows: string[][];
  /** Identifies this kind of export (its column names): mappings are remembered per source key. */
  sourceKey: string;
  fields: ImportField[];
  suggestedMapping: ImportMapping;
  /** The mapping saved for this source, if any: it wins over the suggestion. */
  rememberedMapping: ImportMapping | null;
  notices: ImportNotice[];
}

export type ImportErrorCode =
  | 'required'
  | 'too_long'
  | 'invalid_amount'
  | 'zero_amount'
  | 'negative_amount'
  | 'invalid_date'
  | 'impossible_date'
  | 'invalid_value'
  | 'duplicate_in_file'
  | 'unknown_client'
  | 'unknown_invoice'
  | 'archived_client'
  | 'conflict'
  | 'below_allocated'
  | 'inconsistent'
  | 'unbalanced_entry';

/** One problem of one row. `row` is the row number as a spreadsheet shows it (the header is row 1). */
export interface ImportRowError {
  row: number;
  /** Column name, null when the problem is about the row as a whole. */
  column: string | null;
  field: string | null;
  value: string;
  code: ImportErrorCode;
  /** French, ready to show. */
  message: string;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

interface ReportBase {
  fileName: string;
  /** false for a preview (nothing written), true once `run` committed. */
  written: boolean;
  /** Data rows read from the file. */
  totalRows: number;
  validRows: number;
  /** Rows with at least one error: left out by `run` with `skipInvalidRows`, refused otherwise. */
  rejectedRows: number;
  clients: ImportCounts;
  invoices: ImportCounts;
  creditNotes: ImportCounts;
  payments: ImportCounts;
  allocationsCreated: number;
  disputesOpened: number;
  /** The first `IMPORT_ERRORS_LISTED_MAX` errors, in row order (a file of bad rows must not make a huge report). */
  errors: ImportRowError[];
  /** All errors, including those beyond the listed ones. */
  errorCount: number;
  notices: ImportNotice[];
}

export interface ImportReport extends ReportBase {
  kind: ImportKind;
  /** The kind's own rows: created / updated / unchanged (e.g. invoices for an invoice file). */
  created: number;
  updated: number;
  unchanged: number;
}

/** A client's encours after the FEC import next to the net balance of its 411 account in the file. */
export interface FecClientBalance {
  clientCode: string;
  clientName: string;
  /** Debits − credits of the client's 411 lines in the file. */
  fileBalanceCents: Cents;
  /** Encours in the ledger (after the import; projected in a preview). */
  encoursCents: Cents;
  differenceCents: Cents;
}

export interface FecReport extends ReportBase {
  kind: 'fec';
  /** Lines of the file, and those on customer accounts (411…). */
  fileLines: number;
  customerLines: number;
  /** Opening-balance lines (à-nouveaux) imported as opening items dated on the opening day. */
  openingLines: number;
  lettering: { groups: number; balanced: number; unbalanced: number };
  /** FEC carries no due dates: they are derived from the client's terms, or these company terms. */
  dueDateRule: { terms: PaymentTerms; message: string };
  reconciliation: FecClientBalance[];
  /** True when every client's encours equals its 411 balance in the file. */
  reconciled: boolean;
}

export interface SavedImportMapping {
  id: number;
  kind: ImportKind;
  sourceKey: string;
  columns: string[];
  mapping: ImportMapping;
  dateFormat: ImportDateFormat;
  updatedAt: string;
}
