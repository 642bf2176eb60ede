import { resolve } from 'node:path';
import type { ReminderQueue, ReminderRun } from '../../../shared/contract/reminders.types';
import { localToday } from '../../../shared/domain/dates';
import { dateOption, expectPositionals, parseCommandArgs } from '../args';
import { EXIT_OK, UsageError, type CliIo } from '../cli-io';
import { frenchDate, frenchInteger } from '../text-format';
import { commandHelp } from '../usage';
import type { CliCommand } from './command';
import { CHANNEL_LABELS, openLedgerCore, staleWarning, valueOf } from './reminders';

function progressReporter(io: CliIo, taskId: string) {
  return (event: { type: string; taskId?: string; done?: number; total?: number }) => {
    if (!io.interactive || event.type !== 'task.progress' || event.taskId !== taskId) return;
    const { done = 0, total = 0 } = event;
    io.err(`\rLettres : ${frenchInteger(done)} / ${frenchInteger(total)}${done === total ? '\n' : ''}`);
  };
}

function runText(run: ReminderRun): string {
  const lines = [
    `${frenchInteger(run.letterCount)} lettre(s) et ${frenchInteger(run.emailCount)} brouillon(s) d'e-mail dans ${run.outDir}`,
  ];
  if (run.combinedPdfPath) lines.push(`À imprimer (toutes les lettres) : ${run.combinedPdfPath}`);
  for (const d of run.documents) {
    for (const file of [d.pdfPath, d.emlPath]) if (file) lines.push(`  ${file}`);
  }
  return `${lines.join('\n')}\n`;
}

export const lettersCommand: CliCommand = {
  name: 'letters',
  synopsis: 'letters <fichier> --out DOSSIER [--today AAAA-MM-JJ] [--json]',
  summary:
    'Génère et enregistre les lettres et brouillons d’e-mail du jour (les appels et les relances à corriger sont laissés de côté).',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('letters', args, {
      out: { type: 'string' },
      today: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.out(commandHelp(lettersCommand));
      return EXIT_OK;
    }
    const [path] = expectPositionals('letters', positionals, ['fichier']);
    if (typeof values.out !== 'string' || values.out.trim() === '')
      throw new UsageError('--out DOSSIER est obligatoire : le dossier où écrire les lettres.', 'letters');
    const outDir = resolve(values.out);
    const today = dateOption('letters', values.today) ?? localToday();
    const core = await openLedgerCore(path, today);
    try {
      const queue = valueOf<ReminderQueue>(await core.dispatch('reminders.queue', { today }));
      io.err(staleWarning(queue));
      const blocked = queue.items.filter((i) => i.channel !== 'call' && i.problems.length > 0);
      for (const item of blocked) {
        for (const p of item.problems)
          io.err(`Laissé de côté — ${item.clientCode} (${CHANNEL_LABELS[item.channel]}) : ${p.message}\n`);
      }
      const items = queue.items
        .filter((i) => i.channel !== 'call' && i.problems.length === 0)
        .map((i) => ({ clientId: i.clientId, channel: i.channel }));
      if (items.length === 0) {
        if (values.json) {
          const empty: ReminderRun = { outDir, combinedPdfPath: null, documents: [], letterCount: 0, emailCount: 0 };
          io.out(`${JSON.stringify(empty, null, 2)}\n`);
        }
        io.err(`Aucune lettre ni e-mail à générer le ${frenchDate(today)}.\n`);
        return EXIT_OK;
      }
      const taskId = `cli-letters-${process.pid}`;
      const unsubscribe = core.subscribe(progressReporter(io, taskId));
      try {
        const run = valueOf<ReminderRun>(await core.dispatch('reminders.generate', { items, outDir, taskId, today }));
        io.out(values.json ? `${JSON.stringify(run, null, 2)}\n` : runText(run));
      } finally {
        unsubscribe();
      }
      return EXIT_OK;
    } finally {
      await core.close();
    }
  },
};
