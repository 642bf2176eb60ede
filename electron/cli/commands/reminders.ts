import type { ApiResult } from '../../../shared/contract/errors';
import type { DunningChannel, ReminderQueue } from '../../../shared/contract/reminders.types';
import type { CompanySettings } from '../../../shared/contract/types';
import { localToday } from '../../../shared/domain/dates';
import { formatMoney } from '../../../shared/domain/money';
import type { Core } from '../../core/core';
import { dateOption, expectPositionals, parseCommandArgs } from '../args';
import { CliFailure, EXIT_OK } from '../cli-io';
import { frenchDate, frenchInteger, textTable } from '../text-format';
import { commandHelp } from '../usage';
import type { CliCommand } from './command';

export const CHANNEL_LABELS: Record<DunningChannel, string> = {
  email: 'e-mail',
  letter: 'courrier',
  registered_letter: 'recommandé',
  call: 'appel',
  litigation: 'contentieux',
};

export function valueOf<T>(result: ApiResult<unknown>): T {
  if (!result.ok) throw new CliFailure(result.error.message);
  return result.value as T;
}

/** Opens the ledger through the core; a refused file (not a ledger, newer, missing) is left untouched. */
export async function openLedgerCore(path: string, today: string): Promise<Core> {
  // Loaded only now: the core takes seconds to load, a usage error should not wait for it.
  const { createCore } = await import('../../core/core');
  try {
    return await createCore({ dbPath: path, today });
  } catch (error) {
    throw new CliFailure((error as Error).message);
  }
}

function plural(n: number, word: string): string {
  return `${frenchInteger(n)} ${word}${n > 1 ? 's' : ''}`;
}

/** The stale-payments warning, or '' when payments look up to date. */
export function staleWarning(queue: ReminderQueue): string {
  if (!queue.paymentsStale) return '';
  const last = queue.lastPaymentDate
    ? `le dernier règlement enregistré date du ${frenchDate(queue.lastPaymentDate)}`
    : 'aucun règlement enregistré';
  return `Attention : ${last} (plus de ${queue.paymentsStaleDays} jours). Les règlements sont-ils à jour ?\n`;
}

export function queueText(companyName: string, queue: ReminderQueue): string {
  const title = `${companyName} — relances du ${frenchDate(queue.today)}\n\n`;
  const { disputed, promised, belowMinimum, postponed } = queue.excluded;
  const excluded =
    `Écartés : ${frenchInteger(disputed)} en litige, ${frenchInteger(promised)} sous promesse, ` +
    `${frenchInteger(belowMinimum)} sous le minimum, ${frenchInteger(postponed)} reportés\n`;
  if (queue.items.length === 0) return `${title}Aucune relance à faire.\n${excluded}${staleWarning(queue)}`;
  const rows = queue.items.map((item) => [
    `${item.clientCode} ${item.clientName}`,
    `J${item.offsetDays >= 0 ? '+' : ''}${item.offsetDays}`,
    CHANNEL_LABELS[item.channel],
    frenchInteger(item.invoices.length),
    formatMoney(item.totalOpenCents),
    item.problems.map((p) => p.code).join(', '),
  ]);
  const total = queue.items.reduce((sum, i) => sum + i.totalOpenCents, 0);
  const table = textTable(
    [
      ['Client', 'Étape', 'Canal', 'Factures', 'Montant', 'Problèmes'],
      null,
      ...rows,
      null,
      [plural(queue.items.length, 'action'), '', '', '', formatMoney(total), ''],
    ],
    ['left', 'left', 'left', 'right', 'right', 'left'],
  );
  const problems = queue.items.flatMap((item) => item.problems.map((p) => `  ${item.clientCode} : ${p.message}\n`));
  return (
    title +
    table +
    (problems.length > 0 ? `\nÀ corriger avant l'envoi :\n${problems.join('')}` : '') +
    `\n${excluded}${staleWarning(queue)}`
  );
}

export const remindersCommand: CliCommand = {
  name: 'reminders',
  synopsis: 'reminders <fichier> [--today AAAA-MM-JJ] [--json]',
  summary: 'Affiche les relances du jour : par client, l’étape, le canal, les factures et le montant.',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('reminders', args, {
      today: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.out(commandHelp(remindersCommand));
      return EXIT_OK;
    }
    const [path] = expectPositionals('reminders', positionals, ['fichier']);
    const today = dateOption('reminders', values.today) ?? localToday();
    const core = await openLedgerCore(path, today);
    try {
      const queue = valueOf<ReminderQueue>(await core.dispatch('reminders.queue', { today }));
      if (values.json) {
        io.out(`${JSON.stringify(queue, null, 2)}\n`);
        return EXIT_OK;
      }
      const company = valueOf<CompanySettings>(await core.dispatch('company.get', {}));
      io.out(queueText(company.name, queue));
      return EXIT_OK;
    } finally {
      await core.close();
    }
  },
};
