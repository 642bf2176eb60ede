// Bundles the Electron main process and the preload with esbuild (npm run build:electron).
//   node scripts/build-electron.mjs [--outdir build/electron]
// The preload runs sandboxed, where require() only knows 'electron': it must be ONE self-contained file.
// better-sqlite3 stays external: its native build is chosen at run time (nativeBinding).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string', default: join(root, 'build', 'electron') } } });
const outdir = resolve(values.outdir);

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

const results = await Promise.allSettled([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: join(outdir, 'main.cjs'),
    // pdfkit reads its font metrics from its own folder at run time: it cannot be bundled.
    external: ['electron', 'better-sqlite3', 'pdfkit'],
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: join(outdir, 'preload.cjs'),
    external: ['electron'],
  }),
]);
// esbuild has already printed each error with its location; exit without a stack trace.
if (results.some((result) => result.status === 'rejected')) process.exit(1);
console.log(`Electron main and preload bundled in ${outdir}`);
