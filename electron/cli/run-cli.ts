import { CoreError } from '../../shared/contract/errors';
import { CliFailure, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './cli-io';
import { commands, findCommand } from './commands';
import { commandHelp, generalUsage } from './usage';

/**
 * Runs one `encaisse` command line and returns the exit code. Never throws: usage mistakes print the usage
 * (exit 2), failures print their message (exit 1), both on stderr.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '-h' || name === '--help' || name === 'help') {
    io.out(generalUsage(commands));
    return EXIT_OK;
  }
  const command = name === undefined ? undefined : findCommand(name);
  if (!command) {
    io.err(
      `${name === undefined ? 'Commande manquante.' : `Commande inconnue : ${name}.`}\n\n${generalUsage(commands)}`,
    );
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`encaisse ${command.name} : ${error.message}\n\n${commandHelp(command)}`);
      return EXIT_USAGE;
    }
    if (error instanceof CliFailure || error instanceof CoreError) {
      io.err(`encaisse ${command.name} : ${error.message}\n`);
      return EXIT_FAILURE;
    }
    io.err(
      `encaisse ${command.name} : erreur inattendue : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT_FAILURE;
  }
}
