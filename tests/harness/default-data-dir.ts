import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron's app.getPath('userData') gives Encaisse, so browser mode and the desktop app share the
 * recent list and the demo company: appData (per platform) + "Encaisse".
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Encaisse');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Encaisse');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Encaisse');
}
