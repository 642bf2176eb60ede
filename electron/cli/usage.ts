import type { CliCommand } from './commands/command';

export function commandHelp(command: CliCommand): string {
  return `Usage : encaisse ${command.synopsis}\n\n${command.summary}\n`;
}

export function generalUsage(commands: readonly CliCommand[]): string {
  const lines = commands.map((c) => `  encaisse ${c.synopsis}\n      ${c.summary}`);
  return [
    'Usage : encaisse <commande> [arguments] [options]',
    '',
    'Commandes :',
    ...lines,
    '',
    'Options :',
    '  -h, --help   Affiche cette aide (ou celle d’une commande : encaisse <commande> --help).',
    '',
    'Codes de sortie : 0 terminé, 1 échec (fichier refusé, erreur), 2 ligne de commande incorrecte.',
    '',
  ].join('\n');
}
