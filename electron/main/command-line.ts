import { isAbsolute, resolve } from 'node:path';

/**
 * The ledger to open from a command line (double-click on a .encaisse file, `encaisse-app file.encaisse`, a
 * second launch): the first argument naming a .encaisse file, resolved against the launch folder. Options and
 * Electron's own arguments (the executable, `.` in development) are skipped.
 */
export function ledgerPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (!arg.toLowerCase().endsWith('.encaisse')) continue;
    return isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
  }
  return null;
}
