import type { ApiResult } from '../../../shared/contract/errors';
import type { AgedBalance, CompanySettings, Exposure } from '../../../shared/contract/types';
import { localToday } from '../../../shared/domain/dates';
import type { Core } from '../../core/core';
import { choiceOption, dateOption, expectPositionals, parseCommandArgs } from '../args';
import { CliFailure, EXIT_OK, UsageError } from '../cli-io';
import { agingText, exposureText } from '../report-text';
import { commandHelp } from '../usage';
import type { CliCommand } from './command';

const REPORTS = ['encours', 'aging'] as const;

function valueOf<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new CliFailure(result.error.message);
  return result.value as T;
}

/** Opens the ledger through the core; a refused file (not a ledger, newer, missing) is left untouched. */
async function openCore(path: string): Promise<Core> {
  // Loaded only now: the core takes seconds to load, a usage error should not wait for it.
  const { createCore } = await import('../../core/core');
  try {
    return await createCore({ dbPath: path });
  } catch (error) {
    throw new CliFailure((error as Error).message);
  }
}

export const reportCommand: CliCommand = {
  name: 'report',
  synopsis: 'report <fichier> encours|aging [--today AAAA-MM-JJ] [--json]',
  summary: "Affiche l'encours client ou la balance âgée d'un fichier de comptes clients.",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('report', args, {
      today: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.out(commandHelp(reportCommand));
      return EXIT_OK;
    }
    const [path, name] = expectPositionals('report', positionals, ['fichier', 'rapport']);
    const report = choiceOption('report', name, 'le rapport', REPORTS);
    if (!report) throw new UsageError('rapport manquant.', 'report');
    const today = dateOption('report', values.today) ?? localToday();

    const core = await openCore(path);
    try {
      const method = report === 'encours' ? 'reports.exposure' : 'reports.aging';
      const value = valueOf<Exposure | AgedBalance>(await core.dispatch(method, { today }));
      if (values.json) {
        io.out(`${JSON.stringify(value, null, 2)}\n`);
        return EXIT_OK;
      }
      const company = valueOf<CompanySettings>(await core.dispatch('company.get', {}));
      io.out(
        report === 'encours'
          ? exposureText(company.name, today, value as Exposure)
          : agingText(company.name, value as AgedBalance),
      );
      return EXIT_OK;
    } finally {
      await core.close();
    }
  },
};
