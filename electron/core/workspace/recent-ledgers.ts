import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RecentLedger } from '../../../shared/contract/types';

const MAX_RECENT = 10;

/** The recent-ledgers list, a small JSON file in the app's data folder (written atomically). */
export class RecentLedgers {
  constructor(private readonly file: string) {}

  /** No list yet means Encaisse never opened a ledger on this machine: the UI offers the demo. */
  get firstLaunch(): boolean {
    return !existsSync(this.file);
  }

  read(): RecentLedger[] {
    try {
      const parsed = JSON.parse(readFileSync(this.file, 'utf8')) as unknown;
      return Array.isArray(parsed) ? (parsed as RecentLedger[]).filter((r) => typeof r?.path === 'string') : [];
    } catch {
      return [];
    }
  }

  remember(entry: Omit<RecentLedger, 'openedAt'>): void {
    const list = [
      { ...entry, openedAt: new Date().toISOString() },
      ...this.read().filter((r) => r.path !== entry.path),
    ].slice(0, MAX_RECENT);
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    writeFileSync(temporary, JSON.stringify(list, null, 2));
    renameSync(temporary, this.file);
  }
}
