import { existsSync } from 'node:fs';
import type { DemoSummary } from '../../core/demo/demo-ledger';
import { choiceOption, dateOption, expectPositionals, integerOption, parseCommandArgs } from '../args';
import { CliFailure, EXIT_OK, type CliIo } from '../cli-io';
import { frenchDate, frenchInteger } from '../text-format';
import { commandHelp } from '../usage';
import type { CliCommand } from './command';

function summaryText(s: DemoSummary): string {
  const n = frenchInteger;
  return (
    [
      `Société de démonstration créée : ${s.path}`,
      `  ${s.companyName}, au ${frenchDate(s.today)} (graine ${s.seed})`,
      `  ${n(s.clients)} clients, ${n(s.contacts)} contacts`,
      `  ${n(s.issuedInvoices)} factures émises, ${n(s.invoicesToIssue)} à émettre, ${n(s.creditNotes)} avoirs`,
      `  ${n(s.payments)} règlements dont ${n(s.advances)} acomptes non lettrés, ${n(s.allocations)} lettrages`,
      `  ${n(s.disputes)} litiges dont ${n(s.openDisputes)} en cours`,
      `  ${n(s.rows)} lignes en ${(s.elapsedMs / 1000).toFixed(1).replace('.', ',')} s`,
    ].join('\n') + '\n'
  );
}

function progressReporter(io: CliIo): ((done: number, total: number) => void) | undefined {
  if (!io.interactive) return undefined;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done * 100) / total);
    io.err(
      `\rGénération : ${percent} % (${frenchInteger(done)} / ${frenchInteger(total)} factures)${done === total ? '\n' : ''}`,
    );
  };
}

export const demoCommand: CliCommand = {
  name: 'demo',
  synopsis: 'demo <fichier> [--seed N] [--today AAAA-MM-JJ] [--scale demo|bench]',
  summary: "Crée le fichier d'une société de démonstration (n'écrase jamais un fichier existant).",
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('demo', args, {
      seed: { type: 'string' },
      today: { type: 'string' },
      scale: { type: 'string' },
    });
    if (values.help) {
      io.out(commandHelp(demoCommand));
      return EXIT_OK;
    }
    const [path] = expectPositionals('demo', positionals, ['fichier']);
    const seed = integerOption('demo', values.seed, '--seed');
    const today = dateOption('demo', values.today);
    const scale = choiceOption('demo', values.scale, '--scale', ['demo', 'bench'] as const) ?? 'demo';
    if (existsSync(path)) {
      throw new CliFailure(`${path} existe déjà : la commande demo n'écrase aucun fichier. Choisissez un autre nom.`);
    }
    // Loaded only now: the generator and the core take seconds to load, a usage error should not.
    const { createDemoLedger } = await import('../../core/demo/demo-ledger');
    const summary = await createDemoLedger(path, { seed, today, scale, onProgress: progressReporter(io) });
    io.out(summaryText(summary));
    return EXIT_OK;
  },
};
