import type { ParsedInputOf } from '../../../shared/contract/contract';
import { CoreError } from '../../../shared/contract/errors';
import type { FecReport } from '../../../shared/contract/imports.types';
import type { CoreContext } from '../context';
import { formatCentsPlain } from '../format';
import { recordImportActivities } from './import-activity';
import { ImportProgress } from './import-progress';
import { RowErrors } from './row-errors';
import { validateRows } from './rows/validate-rows';
import { companyTerms } from './write/client-refs';
import type { PlanContext } from './write/invoice-plan';
import { CUSTOMER_ACCOUNT, fecDocuments } from './fec/fec-documents';
import { checkEntries } from './fec/fec-entries';
import { planLettering } from './fec/fec-lettering';
import { planFec, type FecPlan } from './fec/fec-plan';
import { fileBalances, ledgerEncours, reconcile } from './fec/fec-reconcile';
import { entryKey, fecLineSchema } from './fec/fec-schema';
import { readFecTable } from './fec/fec-table';
import { fecReport, type CheckedFec } from './fec/fec-report';

type PreviewInput = ParsedInputOf<'imports.fec.preview'>;

/** Reading, line checks and balanced entries: everything that needs the file only. */
async function checkFec(ctx: CoreContext, input: PreviewInput): Promise<CheckedFec> {
  const fec = await readFecTable(input.source, input.encoding);
  const { table, columns } = fec;
  const progress = new ImportProgress(ctx.tasks.start(input.taskId), table.rows.length);
  const errors = new RowErrors();
  const lines = await validateRows(table, columns, fecLineSchema(fec.amounts), errors, (done) =>
    progress.checked(done),
  );
  const journal = columns.get('journalCode')!;
  const number = columns.get('ecritureNum')!;
  const badEntries = new Set(
    table.rows
      .filter((r) => errors.rejects(r.rowNumber))
      .map((r) => entryKey({ journalCode: r.cells[journal] ?? '', ecritureNum: r.cells[number] ?? '' })),
  );
  const entries = checkEntries(lines, badEntries, errors, table.columns[number]);
  const documents = fecDocuments(
    lines.filter((l) => !errors.rejects(l.rowNumber)),
    entries,
  );
  const balances = fileBalances(lines);
  return {
    fileName: table.fileName,
    fileLines: table.rows.length,
    customerLines: lines.filter((l) => CUSTOMER_ACCOUNT.test(l.record.compteNum)).length,
    documents,
    lettering: planLettering(documents),
    balances,
    errors,
    progress,
  };
}

function planContext(ctx: CoreContext, db: PlanContext['db'], fec: CheckedFec): PlanContext {
  return { db, errors: fec.errors, column: () => null, today: ctx.today(), fileName: fec.fileName };
}

export async function previewFec(ctx: CoreContext, input: PreviewInput): Promise<FecReport> {
  const fec = await checkFec(ctx, input);
  const plan = await planFec(planContext(ctx, ctx.db, fec), fec.documents, fec.lettering);
  const before = await ledgerEncours(ctx.db, [...plan.clientIds.values()]);
  const projected = (code: string) =>
    (before.get(plan.clientIds.get(code) ?? -1) ?? 0) + (plan.encoursDelta.get(code) ?? 0);
  return fecReport(fec, plan, reconcile(fec.balances, projected), await companyTerms(ctx.db), false);
}

/** One transaction: refused (nothing written) when lines are invalid, unless skipInvalidRows. */
export async function runFec(ctx: CoreContext, input: ParsedInputOf<'imports.fec.run'>): Promise<FecReport> {
  const fec = await checkFec(ctx, input);
  return ctx.db.transaction().execute(async (trx) => {
    const plan: FecPlan = await planFec(planContext(ctx, trx, fec), fec.documents, fec.lettering);
    const first = fec.errors.listed()[0];
    if (first && !input.skipInvalidRows)
      throw new CoreError(
        'validation',
        `${fec.errors.rejectedRows.size} ligne(s) du FEC refusée(s) : rien n'a été importé. Première erreur, ligne ${first.row} : ${first.message}.`,
        'source',
      );
    const touched = await plan.write(trx, fec.progress);
    const after = await ledgerEncours(trx, [...plan.clientIds.values()]);
    const reconciliation = reconcile(fec.balances, (code) => after.get(plan.clientIds.get(code) ?? -1) ?? 0);
    const report = fecReport(fec, plan, reconciliation, await companyTerms(trx), true);
    if (touched.byId.size > 0) {
      const gap = reconciliation.reduce((s, r) => s + Math.abs(r.differenceCents), 0);
      const summary = `Import FEC « ${fec.fileName} » : ${reconciliation.length} clients, ${
        report.reconciled ? 'encours = soldes 411 du fichier' : `écart total ${formatCentsPlain(gap)}`
      }`;
      await recordImportActivities(
        trx,
        fec.fileName,
        touched,
        summary,
        { fileName: fec.fileName, kind: 'fec', ...plan.counts },
        fec.progress,
      );
    }
    await fec.progress.written(1, 1);
    return report;
  });
}
