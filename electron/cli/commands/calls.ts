import type { CallList } from '../../../shared/contract/calls.types';
import type { CompanySettings } from '../../../shared/contract/types';
import { localToday } from '../../../shared/domain/dates';
import { formatMoney } from '../../../shared/domain/money';
import { reasonText } from '../../core/calls/reason-text';
import { dateOption, expectPositionals, integerOption, parseCommandArgs } from '../args';
import { EXIT_OK } from '../cli-io';
import { frenchDate, frenchInteger, textTable } from '../text-format';
import { commandHelp } from '../usage';
import type { CliCommand } from './command';
import { openLedgerCore, valueOf } from './reminders';

export function callListText(companyName: string, list: CallList): string {
  const title = `${companyName} — appels du ${frenchDate(list.today)}\n\n`;
  if (list.rows.length === 0) return `${title}Aucun appel à faire.\n`;
  const rows = list.rows.map((row) => [
    String(row.priority.score),
    `${row.clientCode} ${row.clientName}`,
    row.phone?.display ?? '—',
    formatMoney(row.overdueCents),
    `${frenchInteger(row.oldestDaysLate)} j`,
    row.lastAction ? frenchDate(row.lastAction.occurredAt.slice(0, 10)) : '—',
  ]);
  const table = textTable(
    [
      ['Priorité', 'Client', 'Téléphone', 'Échu', 'Retard', 'Dernière action'],
      null,
      ...rows,
      null,
      [
        '',
        `${frenchInteger(list.rows.length)} client${list.rows.length > 1 ? 's' : ''}`,
        '',
        formatMoney(list.totalOverdueCents),
        '',
        '',
      ],
    ],
    ['right', 'left', 'left', 'right', 'right', 'left'],
  );
  const reasons = list.rows.map((row) => `  ${row.clientCode} : ${row.reasons.map(reasonText).join(' ; ')}\n`);
  return `${title}${table}\nMotifs :\n${reasons.join('')}`;
}

export const callsCommand: CliCommand = {
  name: 'calls',
  synopsis: 'calls <fichier> [--today AAAA-MM-JJ] [--collector ID] [--json]',
  summary: 'Affiche les appels du jour par priorité : client, téléphone, montant échu, retard, motifs.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('calls', args, {
      today: { type: 'string' },
      collector: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.out(commandHelp(callsCommand));
      return EXIT_OK;
    }
    const [path] = expectPositionals('calls', positionals, ['fichier']);
    const today = dateOption('calls', values.today) ?? localToday();
    const collectorId = integerOption('calls', values.collector, '--collector');
    const core = await openLedgerCore(path, today);
    try {
      const list = valueOf<CallList>(await core.dispatch('calls.list', { today, collectorId }));
      if (values.json) {
        io.out(`${JSON.stringify(list, null, 2)}\n`);
        return EXIT_OK;
      }
      const company = valueOf<CompanySettings>(await core.dispatch('company.get', {}));
      io.out(callListText(company.name, list));
      return EXIT_OK;
    } finally {
      await core.close();
    }
  },
};
