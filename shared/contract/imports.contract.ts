import { z } from 'zod';
import { method } from './define';
import { id, requiredText, trimmed } from './schemas';
import type { FecReport, ImportInspection, ImportReport, SavedImportMapping } from './imports.types';

/** Files above this size are refused before being read (60 MB). */
export const IMPORT_MAX_BYTES = 60 * 1024 * 1024;
/** A report lists at most this many row errors; `errorCount` says how many there are in all. */
export const IMPORT_ERRORS_LISTED_MAX = 1000;

export const importKinds = ['clients', 'invoices', 'payments'] as const;

/**
 * Where the file comes from: a path (Electron, CLI) or the bytes themselves (browser mode upload).
 * The base64 cap only stops absurd payloads early; the 60 MB rule is checked on the decoded size.
 */
export const importSource = z.union([
  z.object({ path: requiredText(4096) }),
  z.object({
    fileName: requiredText(255),
    contentBase64: z.string().max(Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 1024 * 1024),
  }),
]);

/** How to read a CSV or XLSX file; everything is detected when left out. */
const readingOptions = {
  /** `dmy` (jj/mm/aaaa, French), `mdy` (m/d/yyyy, only when the user says so), `iso` (aaaa-mm-jj only). ISO dates are read in every mode. */
  dateFormat: z.enum(['dmy', 'mdy', 'iso']).default('dmy'),
  encoding: z.enum(['auto', 'utf-8', 'windows-1252']).default('auto'),
  separator: z.enum(['auto', ';', ',', '\t', '|']).default('auto'),
  /** Absent: detected (a first row of labels is a header). */
  hasHeader: z.boolean().optional(),
  /** XLSX: the sheet to read; the first non-empty one otherwise. */
  sheet: trimmed(100).optional(),
};

/** Field key → column name; absent: the mapping remembered for this source, else the suggested one. */
const mapping = z.record(z.string().trim().max(40), z.string().max(200));

/** Progress comes as `task.progress` events with this id; `tasks.cancel` with it stops the call (a run then writes nothing). */
const taskId = requiredText(100).optional();

const tabularImport = z.object({
  source: importSource,
  kind: z.enum(importKinds),
  mapping: mapping.optional(),
  ...readingOptions,
  taskId,
});

/** Rows with errors are left out (and counted) instead of refusing the whole file. */
const skipInvalidRows = z.boolean().default(false);

const fecImport = z.object({ source: importSource, encoding: readingOptions.encoding, taskId });

/**
 * Imports (issue 3 §4, §5, §7). The UI's steps: `inspect` (columns, samples, suggested or remembered mapping)
 * → `preview` (every bad row, what would be created / updated / unchanged) → `run` (one transaction, all or
 * nothing). Re-importing a file updates instead of duplicating: clients by code, invoices and credit notes by
 * number, payments by (client, date, amount, reference). Empty cells never erase what the ledger holds.
 */
export const importMethods = {
  'imports.inspect': method<ImportInspection>()(
    z.object({ source: importSource, kind: z.enum(importKinds), ...readingOptions }),
    'Read a CSV or XLSX file: encoding, separator, header, columns with samples, the fields of the kind and a suggested (or remembered) mapping.',
  ),
  'imports.preview': method<ImportReport>()(
    tabularImport,
    'Validate every row with the mapping and say what would be created, updated or left unchanged; writes nothing.',
  ),
  'imports.run': method<ImportReport>()(
    tabularImport.extend({ skipInvalidRows }),
    'Import the file in one transaction and remember its mapping. Refuses (validation error) when rows are invalid, unless skipInvalidRows.',
  ),
  'imports.fec.preview': method<FecReport>()(
    fecImport,
    'Read a FEC (Fichier des Écritures Comptables): customer accounts 411… become clients, invoices, credit notes, payments and allocations; reconciles each client with its 411 balance. Writes nothing.',
  ),
  'imports.fec.run': method<FecReport>()(
    fecImport.extend({ skipInvalidRows }),
    'Import a FEC in one transaction; the report shows, per client, the encours beside the 411 balance of the file.',
  ),
  'imports.mappings.list': method<SavedImportMapping[]>()(
    z.object({ kind: z.enum(importKinds).optional() }),
    'The remembered column mappings, most recently used first.',
  ),
  'imports.mappings.save': method<SavedImportMapping>()(
    z.object({
      kind: z.enum(importKinds),
      /** The file's column names, as `inspect` listed them: they identify the source. */
      columns: z.array(z.string().max(200)).min(1).max(500),
      mapping,
      dateFormat: readingOptions.dateFormat,
    }),
    'Remember a mapping for files with these columns (run also remembers the mapping it used).',
  ),
  'imports.mappings.delete': method<null>()(z.object({ id }), 'Forget a remembered mapping.'),
};
