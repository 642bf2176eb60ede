import type { LedgerHandlers } from './handler-types';

/**
 * Merges the per-domain handler maps into one, refusing a method registered twice (a silent override would
 * send calls to the wrong service). Completeness is checked by the type and by a test.
 */
export function mergeHandlers(...maps: Array<Partial<LedgerHandlers>>): LedgerHandlers {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (name in merged) throw new Error(`Handler registered twice: ${name}`);
      merged[name] = handler;
    }
  }
  return merged as LedgerHandlers;
}
