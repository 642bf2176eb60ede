import { processIo } from './cli-io';
import { runCli } from './run-cli';

/** Entry point of the `encaisse` command (bin/encaisse.js loads this file through tsx; so does `npm run encaisse`). */
process.exitCode = await runCli(process.argv.slice(2), processIo);
