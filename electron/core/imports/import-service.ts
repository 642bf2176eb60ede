import type { ParsedInputOf } from '../../../shared/contract/contract';
import { CoreError } from '../../../shared/contract/errors';
import type { ImportKind, ImportMapping, ImportReport } from '../../../shared/contract/imports.types';
import type { Kysely } from 'kysely';
import type { CoreContext } from '../context';
import type { DB } from '../db/tables';
import { recordImportActivities } from './import-activity';
import { ImportProgress } from './import-progress';
import { buildReport } from './import-report';
import { findMapping, saveMapping, sourceKeyFor } from './mapping/mappings.repo';
import { resolveMapping } from './mapping/resolve-mapping';
import { suggestMapping } from './mapping/suggest-mapping';
import { RowErrors } from './row-errors';
import { clientRowSchema, type ClientRecord } from './rows/client-schema';
import { invoiceRowSchema, type InvoiceRecord } from './rows/invoice-schema';
import { paymentRowSchema, type PaymentRecord } from './rows/payment-schema';
import { validateRows, type ValidRow } from './rows/validate-rows';
import { readTable } from './source/read-table';
import type { Table } from './source/table';
import { planClients } from './write/client-plan';
import type { ImportPlan } from './write/import-plan';
import { planInvoices, type PlanContext } from './write/invoice-plan';
import { planPayments } from './write/payment-plan';

type PreviewInput = ParsedInputOf<'imports.preview'>;
type RunInput = ParsedInputOf<'imports.run'>;

const schemas = { clients: clientRowSchema, invoices: invoiceRowSchema, payments: paymentRowSchema };

const kindLabels: Record<ImportKind, string> = { clients: 'clients', invoices: 'factures', payments: 'règlements' };

interface CheckedFile {
  table: Table;
  mapping: ImportMapping;
  columns: Map<string, number>;
  errors: RowErrors;
  valid: ValidRow<unknown>[];
  progress: ImportProgress;
}

/** The mapping given, else the one remembered for this export, else the one suggested by the header names. */
async function chooseMapping(db: Kysely<DB>, kind: ImportKind, table: Table, given?: ImportMapping) {
  if (given) return given;
  const remembered = await findMapping(db, kind, sourceKeyFor(table.columns));
  return remembered?.mapping ?? suggestMapping(kind, table);
}

/** Reading and cell-level checks: no transaction needed, nothing in the ledger involved yet. */
async function checkFile(ctx: CoreContext, input: PreviewInput): Promise<CheckedFile> {
  const table = await readTable(input.source, input);
  const progress = new ImportProgress(ctx.tasks.start(input.taskId), table.rows.length);
  const mapping = await chooseMapping(ctx.db, input.kind, table, input.mapping);
  const columns = resolveMapping(input.kind, table, mapping);
  const errors = new RowErrors();
  const schema = schemas[input.kind](input.dateFormat);
  const valid = await validateRows(table, columns, schema, errors, (done) => progress.checked(done));
  await progress.checked(table.rows.length);
  return { table, mapping, columns, errors, valid, progress };
}

function planImport(db: PlanContext['db'], kind: ImportKind, file: CheckedFile, today: string): Promise<ImportPlan> {
  const column = (field: string) => {
    const index = file.columns.get(field);
    return index === undefined ? null : file.table.columns[index];
  };
  const context: PlanContext = { db, errors: file.errors, column, today, fileName: file.table.fileName };
  // Each kind's rows went through that kind's schema in checkFile.
  if (kind === 'clients')
    return planClients(db, file.valid as ValidRow<ClientRecord>[], file.errors, column('code') ?? '');
  if (kind === 'invoices') return planInvoices(context, file.valid as ValidRow<InvoiceRecord>[]);
  return planPayments(context, file.valid as ValidRow<PaymentRecord>[]);
}

export async function previewImport(ctx: CoreContext, input: PreviewInput): Promise<ImportReport> {
  const file = await checkFile(ctx, input);
  const plan = await planImport(ctx.db, input.kind, file, ctx.today());
  return buildReport(input.kind, file.table, plan.counts, file.errors, false);
}

function refusal(file: CheckedFile): CoreError {
  const first = file.errors.listed()[0];
  const where = first.column ? `ligne ${first.row}, colonne « ${first.column} »` : `ligne ${first.row}`;
  const n = file.errors.rejectedRows.size;
  return new CoreError(
    'validation',
    `${n} ligne${n > 1 ? 's' : ''} invalide${n > 1 ? 's' : ''} sur ${file.table.rows.length} : rien n'a été importé. ` +
      `Corrigez le fichier ou importez en ignorant les lignes invalides. Première erreur : ${where} : ${first.message}.`,
    'source',
  );
}

/** All or nothing: plan and writes share one transaction; a refusal, an error or a cancel rolls it all back. */
export async function runImport(ctx: CoreContext, input: RunInput): Promise<ImportReport> {
  const file = await checkFile(ctx, input);
  return ctx.db.transaction().execute(async (trx) => {
    const plan = await planImport(trx, input.kind, file, ctx.today());
    if (file.errors.count > 0 && !input.skipInvalidRows) throw refusal(file);
    const touched = await plan.write(trx, file.progress);
    const report = buildReport(input.kind, file.table, plan.counts, file.errors, true);
    if (touched.byId.size > 0) {
      const summary =
        `Import « ${file.table.fileName} » (${kindLabels[input.kind]}) : ${report.created} créé(s), ` +
        `${report.updated} mis à jour, ${report.unchanged} inchangé(s), ${report.rejectedRows} ligne(s) rejetée(s)`;
      const data = {
        fileName: file.table.fileName,
        kind: input.kind,
        ...plan.counts,
        rejectedRows: report.rejectedRows,
      };
      await recordImportActivities(trx, file.table.fileName, touched, summary, data, file.progress);
    }
    await saveMapping(trx, {
      kind: input.kind,
      columns: file.table.columns,
      mapping: file.mapping,
      dateFormat: input.dateFormat,
    });
    await file.progress.written(1, 1);
    return report;
  });
}
