import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const outdir = mkdtempSync(join(tmpdir(), 'encaisse-electron-build-'));

/** Every module name the bundle requires at run time. */
function requiredModules(code: string): string[] {
  return [...code.matchAll(/\brequire\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((match) => match[2]!);
}

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-electron.mjs'), '--outdir', outdir], { cwd: root });
}, 60_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('scripts/build-electron.mjs', () => {
  it('writes main.cjs and preload.cjs', () => {
    expect(
      readdirSync(outdir)
        .filter((name) => name.endsWith('.cjs'))
        .sort(),
    ).toEqual(['main.cjs', 'preload.cjs']);
  });

  it('bundles the sandboxed preload into one file that requires nothing but electron', () => {
    const code = readFileSync(join(outdir, 'preload.cjs'), 'utf8');
    expect(requiredModules(code)).toEqual(['electron']);
    // No other way of loading code either.
    expect(code.match(/\brequire\(/g)).toHaveLength(1);
    expect(code).not.toMatch(/\bimport\(|\bimportScripts\(/);
    expect(code).toContain('exposeInMainWorld("api"');
  });

  it('bundles the main process with only electron, better-sqlite3, pdfkit and Node built-ins left outside', () => {
    const code = readFileSync(join(outdir, 'main.cjs'), 'utf8');
    const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
    const external = requiredModules(code).filter((name) => !builtins.has(name));
    // pdfkit reads its font metrics from its own folder at run time, so it stays in node_modules.
    expect([...new Set(external)].sort()).toEqual(['better-sqlite3', 'electron', 'pdfkit']);
  });

  it('main.cjs runs as CommonJS: with an Electron stub it loads every module, asks for the lock and quits', () => {
    const stub = join(__dirname, 'fixtures', 'electron-stub.cjs');
    // The bundle sits in a temp folder: NODE_PATH lets it find better-sqlite3 as it would beside node_modules.
    const env = { ...process.env, NODE_PATH: join(root, 'node_modules') };
    const output = execFileSync(process.execPath, ['-r', stub, join(outdir, 'main.cjs')], { encoding: 'utf8', env });
    expect(output.trim().split('\n')).toEqual(['lock requested', 'quit']);
  });
});
