import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where the shell finds its pieces, from the app's root folder (the project in development, the asar once packaged). */
export interface AppPaths {
  rendererDir: string;
  preloadPath: string;
  /**
   * The better-sqlite3 build for Electron's ABI (scripts/build-electron-native.mjs). Undefined in a packaged
   * app, where electron-builder already rebuilt node_modules/better-sqlite3 for Electron.
   */
  nativeBinding: string | undefined;
}

export const ELECTRON_NATIVE_BINDING = join('build', 'electron-native', 'better_sqlite3.node');

export function appPaths(appRoot: string, isPackaged: boolean): AppPaths {
  return {
    rendererDir: join(appRoot, 'build', 'renderer'),
    preloadPath: join(appRoot, 'build', 'electron', 'preload.cjs'),
    nativeBinding: isPackaged ? undefined : join(appRoot, ELECTRON_NATIVE_BINDING),
  };
}

/** A message for the user when a development run lacks a piece; null when everything is there. */
export function missingPieces(paths: AppPaths): string | null {
  const missing: string[] = [];
  if (!existsSync(join(paths.rendererDir, 'index.html'))) missing.push(`${paths.rendererDir} (npm run build:renderer)`);
  if (!existsSync(paths.preloadPath)) missing.push(`${paths.preloadPath} (npm run build:electron)`);
  if (paths.nativeBinding && !existsSync(paths.nativeBinding)) {
    missing.push(`${paths.nativeBinding} (node scripts/build-electron-native.mjs)`);
  }
  return missing.length === 0
    ? null
    : `Fichiers manquants / missing files:\n${missing.join('\n')}\n\nLancez / run: npm start`;
}
