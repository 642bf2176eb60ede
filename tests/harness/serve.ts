import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createWorkspace } from '../../electron/core/workspace/workspace';
import { isIsoDate } from '../../shared/domain/dates';
import { defaultDataDir } from './default-data-dir';
import { createHarness } from './harness';

/**
 * Browser mode (npm run harness, and npm start where Electron cannot run):
 *   tsx tests/harness/serve.ts [--port N] [--data-dir DIR] [--ledger FILE | FILE.encaisse] [--today YYYY-MM-DD]
 *                              [--renderer-dir build/renderer]
 */
const usage =
  'Usage: npm run harness -- [--port N] [--data-dir DIR] [--ledger FILE] [--today YYYY-MM-DD] [--renderer-dir DIR]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse();
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = args;
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: not a port number: ${values.port}`);
  if (values.today !== undefined && !isIsoDate(values.today)) fail(`--today: expected YYYY-MM-DD, got ${values.today}`);
  const ledger = values.ledger ?? positionals.find((arg) => arg.toLowerCase().endsWith('.encaisse'));

  const dataDir = resolve(values['data-dir'] ?? defaultDataDir());
  const workspace = createWorkspace({ dataDir, today: values.today });
  if (ledger) {
    try {
      await workspace.open(resolve(ledger));
    } catch (error) {
      console.error(`Impossible d'ouvrir / cannot open ${ledger}: ${(error as Error).message}`);
      await workspace.close();
      process.exit(1);
    }
  }
  const rendererDir = resolve(values['renderer-dir'] ?? 'build/renderer');
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.warn(`${rendererDir}/index.html est absent / is missing: run \`npx vite build\` first.`);
  }
  const harness = await createHarness({ workspace, rendererDir, port });

  console.log(`Encaisse (mode navigateur / browser mode) — données / data: ${dataDir}`);
  console.log('Ouvrez cette adresse dans un navigateur / open this address in a browser:');
  console.log(harness.url);
  console.log('Ctrl+C pour arrêter / to stop.');

  const stop = async () => {
    await harness.close();
    await workspace.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      ledger: { type: 'string' },
      today: { type: 'string' },
      'renderer-dir': { type: 'string' },
    },
  });
}

void main();
