// npm start: build the UI and the Electron bundles, then run the desktop app — or, where Electron cannot run
// (binary not downloadable, no display), the same UI in browser mode through the local harness.
// Never touches node_modules/better-sqlite3 (the Node build the tests use).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const passThrough = process.argv.slice(2);

function runStep(label, command, args) {
  console.log(`\n› ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`\n${label}: échec / failed (code ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** The Electron binary's path, or null. Asked in a child process: require('electron') throws when not installed. */
function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  return path && existsSync(path) ? path : null;
}

function findElectron() {
  const found = electronBinary();
  if (found) return { path: found };
  console.log('\n› Electron binary missing: trying to download it once (node node_modules/electron/install.js)');
  const install = spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    stdio: 'inherit',
    timeout: 180_000,
  });
  if (install.status === 0) {
    const installed = electronBinary();
    if (installed) return { path: installed };
  }
  return { why: 'the Electron binary could not be installed (no access to its download site?)' };
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Runs a long-lived child in the foreground and exits with it; Ctrl+C reaches it through the terminal. */
function foreground(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function browserMode(why) {
  console.log(
    "\nElectron n'a pas pu être installé ou lancé sur cette machine : Encaisse démarre en mode navigateur.\n" +
      `Electron could not be installed or started on this machine (${why}): starting Encaisse in browser mode.\n`,
  );
  foreground(bin('tsx'), [join('tests', 'harness', 'serve.ts'), ...passThrough]);
}

runStep('Build the UI (vite build)', bin('vite'), ['build']);
runStep('Bundle the Electron main process and preload', process.execPath, [join('scripts', 'build-electron.mjs')]);

const electron = hasDisplay() ? findElectron() : { why: 'no graphical display' };
if (!electron.path) {
  browserMode(electron.why);
} else {
  const native = spawnSync(process.execPath, [join('scripts', 'build-electron-native.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (native.status !== 0) browserMode('better-sqlite3 could not be compiled for Electron');
  else foreground(electron.path, ['.', ...passThrough]);
}
