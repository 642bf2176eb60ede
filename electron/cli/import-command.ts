import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ApiResult } from '../../shared/contract/errors';
import type {
  FecReport,
  ImportCounts,
  ImportDateFormat,
  ImportMapping,
  ImportReport,
} from '../../shared/contract/imports.types';
import { formatMoney } from '../../shared/domain/money';
import { createCore, type Core } from '../core/core';
import { choiceOption, expectPositionals, parseCommandArgs } from './args';
import { CliFailure, EXIT_FAILURE, EXIT_OK, UsageError, type CliIo } from './cli-io';
import type { CliCommand } from './commands/command';
import { frenchInteger, textTable } from './text-format';
import { commandHelp } from './usage';

const KINDS = ['clients', 'invoices', 'payments', 'fec'] as const;
const DATE_FORMATS = ['dmy', 'mdy', 'iso'] as const;
const TASK_ID = 'cli-import';
const kindLabels = { clients: 'clients', invoices: 'factures', payments: 'règlements', fec: 'FEC' };

type AnyReport = ImportReport | FecReport;

/** `--mapping m.json`: `{ "champ": "Colonne" }`, or `{ "mapping": {…}, "dateFormat": "dmy" }`. */
async function readMappingFile(path: string): Promise<{ mapping: ImportMapping; dateFormat?: ImportDateFormat }> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new CliFailure(`--mapping : ${path} illisible (${(error as Error).message}).`);
  }
  const object = (parsed ?? {}) as Record<string, unknown>;
  const mapping = (typeof object.mapping === 'object' ? object.mapping : object) as Record<string, unknown>;
  if (Object.values(mapping).some((v) => typeof v !== 'string'))
    throw new CliFailure(`--mapping : ${path} doit associer chaque champ au nom d'une colonne (texte).`);
  const dateFormat = DATE_FORMATS.find((f) => f === object.dateFormat);
  return { mapping: mapping as ImportMapping, dateFormat };
}

const n = frenchInteger;

function countsLine(label: string, c: ImportCounts): string | null {
  if (c.created + c.updated + c.unchanged === 0) return null;
  return `  ${label} : ${n(c.created)} créé(s), ${n(c.updated)} mis à jour, ${n(c.unchanged)} inchangé(s)`;
}

function fecLines(report: FecReport): string[] {
  const off = report.reconciliation.filter((r) => r.differenceCents !== 0);
  const lines = [
    `  Lignes du FEC : ${n(report.fileLines)}, dont ${n(report.customerLines)} sur comptes clients (411)`,
    `  Lettrages du fichier : ${n(report.lettering.groups)} (${n(report.lettering.unbalanced)} non soldés)`,
    `  Échéances : ${report.dueDateRule.message}`,
    off.length === 0
      ? `  Rapprochement : l'encours de chacun des ${n(report.reconciliation.length)} clients égale le solde de son compte 411 dans le fichier.`
      : `  Rapprochement : ${n(off.length)} client(s) sur ${n(report.reconciliation.length)} avec un écart :`,
  ];
  if (off.length > 0) {
    const rows = off.map((r) => [
      r.clientCode,
      r.clientName,
      formatMoney(r.fileBalanceCents),
      formatMoney(r.encoursCents),
      formatMoney(r.differenceCents),
    ]);
    const table = textTable(
      [['Code', 'Client', 'Solde 411', 'Encours', 'Écart'], null, ...rows],
      ['left', 'left', 'right', 'right', 'right'],
    );
    lines.push(
      ...table
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`),
    );
  }
  return lines;
}

/** The French report: what was (or would be) done, every listed error, the file's remarks. */
export function importReportText(report: AnyReport): string {
  const kind = kindLabels[report.kind];
  const lines = [
    `${report.written ? 'Import' : 'Vérification'} de « ${report.fileName} » (${kind}) : ${n(report.totalRows)} ligne(s), ${n(report.rejectedRows)} rejetée(s)`,
    // Clients the file only refers to are not news, unless clients are what is imported.
    report.kind === 'clients' || report.clients.created + report.clients.updated > 0
      ? countsLine('Clients', report.clients)
      : null,
    countsLine('Factures', report.invoices),
    countsLine('Avoirs', report.creditNotes),
    countsLine('Règlements', report.payments),
    report.allocationsCreated ? `  Lettrages créés : ${n(report.allocationsCreated)}` : null,
    report.disputesOpened ? `  Litiges ouverts : ${n(report.disputesOpened)}` : null,
    ...(report.kind === 'fec' ? fecLines(report) : []),
  ].filter((l): l is string => l !== null);
  if (report.errorCount > 0) {
    lines.push(
      '',
      `Erreurs (${n(report.errorCount)}${report.errorCount > report.errors.length ? `, ${n(report.errors.length)} premières affichées` : ''}) :`,
    );
    for (const e of report.errors)
      lines.push(`  ligne ${e.row}${e.column ? `, colonne « ${e.column} »` : ''} : ${e.message}`);
  }
  if (report.notices.length > 0) lines.push('', 'Remarques :', ...report.notices.map((r) => `  ${r.message}`));
  return `${lines.join('\n')}\n`;
}

function valueOf<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new CliFailure(result.error.message);
  return result.value as T;
}

async function openCore(path: string): Promise<Core> {
  try {
    return await createCore({ dbPath: path });
  } catch (error) {
    throw new CliFailure((error as Error).message);
  }
}

function showProgress(core: Core, io: CliIo): () => void {
  if (!io.interactive) return () => {};
  return core.subscribe((event) => {
    if (event.type !== 'task.progress' || event.taskId !== TASK_ID) return;
    const percent = event.total === 0 ? 100 : Math.floor((event.done * 100) / event.total);
    io.err(`\rImport : ${percent} %${event.done >= event.total ? '\n' : ''}`);
  });
}

/**
 * `encaisse import`: the same calls as the UI — a preview that lists every bad row, then the run in one
 * transaction. Invalid rows refuse the whole file (exit 1, nothing written) unless `--skip-invalid`.
 */
export async function runImportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, {
    kind: { type: 'string' },
    mapping: { type: 'string' },
    'date-format': { type: 'string' },
    'skip-invalid': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    io.out(commandHelp(importCommand));
    return EXIT_OK;
  }
  const [ledgerPath, filePath] = expectPositionals('import', positionals, ['fichier-encaisse', 'fichier-import']);
  const kind = choiceOption('import', values.kind, '--kind', KINDS);
  if (!kind) throw new UsageError('--kind manquant (clients, invoices, payments ou fec).', 'import');
  if (kind === 'fec' && (values.mapping || values['date-format']))
    throw new UsageError('--mapping et --date-format ne s’appliquent pas à un FEC.', 'import');
  const mappingFile = typeof values.mapping === 'string' ? await readMappingFile(values.mapping) : undefined;
  const dateFormat =
    choiceOption('import', values['date-format'], '--date-format', DATE_FORMATS) ?? mappingFile?.dateFormat ?? 'dmy';
  const skipInvalidRows = values['skip-invalid'] === true;
  const source = { path: resolve(filePath) };

  const core = await openCore(ledgerPath);
  const stopProgress = showProgress(core, io);
  try {
    const [previewMethod, runMethod] =
      kind === 'fec'
        ? (['imports.fec.preview', 'imports.fec.run'] as const)
        : (['imports.preview', 'imports.run'] as const);
    const input =
      kind === 'fec'
        ? { source }
        : { source, kind, dateFormat, ...(mappingFile ? { mapping: mappingFile.mapping } : {}) };
    const preview = valueOf<AnyReport>(await core.dispatch(previewMethod, input));
    const refused = preview.rejectedRows > 0 && !skipInvalidRows;
    const report = refused
      ? preview
      : valueOf<AnyReport>(await core.dispatch(runMethod, { ...input, skipInvalidRows, taskId: TASK_ID }));
    io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : importReportText(report));
    if (!refused) return EXIT_OK;
    io.err(
      `Rien n'a été importé : ${n(preview.rejectedRows)} ligne(s) invalide(s). Corrigez le fichier ou relancez avec --skip-invalid.\n`,
    );
    return EXIT_FAILURE;
  } finally {
    stopProgress();
    await core.close();
  }
}

export const importCommand: CliCommand = {
  name: 'import',
  synopsis:
    'import <fichier-encaisse> <fichier-import> --kind clients|invoices|payments|fec [--mapping m.json] [--date-format dmy|mdy|iso] [--skip-invalid] [--json]',
  summary: 'Importe des clients, factures ou règlements (CSV, XLSX) ou un FEC ; tout ou rien, sauf --skip-invalid.',
  run: runImportCommand,
};
