import { useCallback, useState } from 'react';
import type { ApiError } from '../../shared/contract/errors';
import type { LedgerInfo } from '../../shared/contract/types';
import { toApiError } from '../api/bridge';

export type LedgerActionKind = 'demo' | 'create' | 'open';

export interface LedgerAction {
  /** What is running, null when idle: one ledger operation at a time. */
  busy: LedgerActionKind | null;
  error: ApiError | null;
  clearError: () => void;
  /** Runs `open` (which resolves to the ledger, or null when the user cancelled a dialog), then `onOpened`. */
  run: (kind: LedgerActionKind, open: () => Promise<LedgerInfo | null>) => Promise<void>;
}

export function useLedgerAction(onOpened: () => void): LedgerAction {
  const [busy, setBusy] = useState<LedgerActionKind | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const run = useCallback(
    async (kind: LedgerActionKind, open: () => Promise<LedgerInfo | null>) => {
      setBusy(kind);
      setError(null);
      try {
        const ledger = await open();
        if (ledger) onOpened();
      } catch (failure) {
        setError(toApiError(failure));
      } finally {
        setBusy(null);
      }
    },
    [onOpened],
  );

  const clearError = useCallback(() => setError(null), []);
  return { busy, error, clearError, run };
}
