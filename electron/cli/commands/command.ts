import type { CliIo } from '../cli-io';

/** One `encaisse` sub-command, in its own file; `commands/index.ts` lists them. */
export interface CliCommand {
  name: string;
  /** Arguments and options, as shown in the usage. */
  synopsis: string;
  /** One line in French. */
  summary: string;
  /** Returns the exit code; throws UsageError (exit 2) or CliFailure (exit 1). */
  run(args: string[], io: CliIo): Promise<number>;
}
