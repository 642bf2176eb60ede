// Compiles better-sqlite3 for Electron's ABI into build/electron-native/better_sqlite3.node.
//   node scripts/build-electron-native.mjs [--force]
// node_modules/better-sqlite3 stays compiled for Node (tests, CLI, browser mode): we build in a copy of the
// package, never in place, and the Electron main process loads the result through `nativeBinding`.
// Needs Electron's headers from https://electronjs.org/headers (network) and a C++ toolchain.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'build', 'electron-native');
const output = join(outDir, 'better_sqlite3.node');
const stampFile = join(outDir, 'stamp.json');
const require = createRequire(import.meta.url);

const readVersion = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const stamp = { electron: readVersion('electron'), betterSqlite3: readVersion('better-sqlite3'), arch: process.arch };

function fail(why) {
  console.error(
    `\nLa version Electron de better-sqlite3 n'a pas pu être compilée / could not build better-sqlite3 for Electron ${stamp.electron}:\n` +
      `  ${why}\n` +
      `It needs network access to https://electronjs.org/headers and a C++ toolchain (python3, make, g++).\n` +
      `Delete build/electron-native/ and run again once they are available.`,
  );
  process.exit(1);
}

const upToDate = () =>
  existsSync(output) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === JSON.stringify(stamp);
if (!process.argv.includes('--force') && upToDate()) {
  console.log(`better-sqlite3 for Electron ${stamp.electron} is up to date (${output}).`);
  process.exit(0);
}

const packageCopy = join(outDir, 'better-sqlite3');
rmSync(packageCopy, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const source = join(root, 'node_modules', 'better-sqlite3');
cpSync(source, packageCopy, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });

// The machine's npm config may set nodedir (Node's own headers); it would silently win over --target.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|dist_url|disturl)$/i.test(key)),
);
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
console.log(`Compiling better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} (about a minute)…`);
const result = spawnSync(
  process.execPath,
  [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${stamp.electron}`,
    '--dist-url=https://electronjs.org/headers',
    `--arch=${process.arch}`,
    `--devdir=${join(outDir, '.node-gyp')}`,
  ],
  { cwd: packageCopy, env, stdio: 'inherit' },
);
if (result.error) fail(result.error.message);
if (result.status !== 0) fail(`node-gyp exited with code ${result.status}`);
const built = join(packageCopy, 'build', 'Release', 'better_sqlite3.node');
if (!existsSync(built)) fail(`node-gyp finished but ${built} is missing`);
copyFileSync(built, output);
writeFileSync(stampFile, JSON.stringify(stamp));
console.log(`better-sqlite3 for Electron ${stamp.electron}: ${output}`);
