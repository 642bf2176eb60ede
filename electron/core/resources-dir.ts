import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The app's `resources/` folder (fonts, images), found by walking up from this module: it sits two levels
 * above the bundled main process (`build/electron/`) and three above this source file, in the repository and
 * inside a packaged app alike.
 */
export function findResourcesDir(): string {
  // The Electron bundle is CommonJS (__dirname); tsx and vitest run this file as an ES module.
  let dir = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'resources');
    if (existsSync(join(candidate, 'fonts'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('The resources folder (fonts for the letters) is missing.');
    dir = parent;
  }
}
