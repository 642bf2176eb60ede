import type { CliCommand } from './command';
import { importCommand } from '../import-command';
import { demoCommand } from './demo';
import { reportCommand } from './report';
import { remindersCommand } from './reminders';
import { lettersCommand } from './letters';
import { callsCommand } from './calls';

/** Every `encaisse` command; a new one (e.g. `import`) is one file plus one line here. */
export const commands: readonly CliCommand[] = [
  demoCommand,
  reportCommand,
  importCommand,
  remindersCommand,
  lettersCommand,
  callsCommand,
];

export function findCommand(name: string): CliCommand | undefined {
  return commands.find((command) => command.name === name);
}
