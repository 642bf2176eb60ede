import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appPaths, missingPieces } from '../../electron/main/app-paths';

const root = mkdtempSync(join(tmpdir(), 'encaisse-paths-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('where the shell finds its pieces', () => {
  it('uses the Electron build of better-sqlite3 in development, the packaged one otherwise', () => {
    expect(appPaths(root, false).nativeBinding).toBe(join(root, 'build', 'electron-native', 'better_sqlite3.node'));
    expect(appPaths(root, true).nativeBinding).toBeUndefined();
  });

  it('names every missing piece and the command that makes it', () => {
    const message = missingPieces(appPaths(root, false))!;
    expect(message).toContain('npm run build:renderer');
    expect(message).toContain('npm run build:electron');
    expect(message).toContain('build-electron-native.mjs');

    mkdirSync(join(root, 'build', 'renderer'), { recursive: true });
    mkdirSync(join(root, 'build', 'electron'), { recursive: true });
    writeFileSync(join(root, 'build', 'renderer', 'index.html'), '');
    writeFileSync(join(root, 'build', 'electron', 'preload.cjs'), '');
    expect(missingPieces(appPaths(root, true))).toBeNull();
    expect(missingPieces(appPaths(root, false))).toContain('build-electron-native.mjs');
  });
});
