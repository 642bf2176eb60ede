import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { IsoDate } from '../../../shared/domain/dates';

/** Generated letters live beside the ledger: `<dir>/<ledger name> – Relances/<day>[ (n)]`. */
export function lettersRoot(ledgerPath: string): string {
  const name = basename(ledgerPath).replace(/\.encaisse$/i, '');
  return join(dirname(ledgerPath), `${name} – Relances`);
}

/** The day's folder; a second run the same day gets " (2)", " (3)"… rather than mixing with the first. */
export function defaultRunDir(ledgerPath: string, today: IsoDate): string {
  const root = lettersRoot(ledgerPath);
  for (let n = 1; ; n += 1) {
    const dir = join(root, n === 1 ? today : `${today} (${n})`);
    if (!existsSync(dir) || readdirSync(dir).length === 0) return dir;
  }
}

/** A file name safe on Windows, macOS and Linux (client codes are user text). */
export function safeFileName(name: string): string {
  return [...name]
    .map((char) => (char.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(char) ? '_' : char))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
}
