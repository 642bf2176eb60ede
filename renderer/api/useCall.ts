import { useCallback, useEffect, useState } from 'react';
import type { CoreEvent } from '../../shared/contract/bridge';
import type { InputOf, MethodName, ResultOf } from '../../shared/contract/contract';
import type { ApiError } from '../../shared/contract/errors';
import { useBridge } from './bridge';

export interface CallState<T> {
  /** The last value received; kept while a refresh is under way so tables do not flash empty. */
  value: T | null;
  /** The error of the last answer, null when it succeeded. */
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Which core events make the data stale: `ledger` data (clients, reports…) on `ledger.changed`; the
 * `workspace` (which ledger is open) on `workspace.changed`. Ledger data deliberately ignores
 * `workspace.changed`: when the ledger is closed or replaced, the app frame is unmounted or re-keyed, and
 * re-asking the old screen's data would only flash a `no_ledger_open` error.
 */
export type RefreshOn = 'ledger' | 'workspace' | 'none';

function isStale(event: CoreEvent, refreshOn: RefreshOn): boolean {
  if (refreshOn === 'ledger') return event.type === 'ledger.changed';
  if (refreshOn === 'workspace') return event.type === 'workspace.changed';
  return false;
}

interface Answer<T> {
  requestKey: string;
  value: T | null;
  error: ApiError | null;
}

/**
 * Calls `method` with `input` and re-calls it when the input changes (compared as JSON, so callers can pass
 * object literals), when `reload()` is called, or when the core says the ledger changed. Answers to
 * superseded requests are dropped, so a slow old page never overwrites a newer one.
 */
export function useCall<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  refreshOn: RefreshOn = 'ledger',
): CallState<ResultOf<M>> {
  const bridge = useBridge();
  const inputKey = JSON.stringify(input);
  const [version, setVersion] = useState(0);
  const [answer, setAnswer] = useState<Answer<ResultOf<M>>>({ requestKey: '', value: null, error: null });
  const requestKey = `${method}|${inputKey}|${version}`;

  useEffect(() => {
    let current = true;
    bridge.call(method, JSON.parse(inputKey) as InputOf<M>).then(
      (result) => {
        if (!current) return;
        setAnswer((previous) =>
          result.ok
            ? { requestKey, value: result.value, error: null }
            : { requestKey, value: previous.value, error: result.error },
        );
      },
      (error: unknown) => {
        // A Bridge never rejects by contract; a broken one still must not leave a spinner forever.
        if (!current) return;
        const message = error instanceof Error ? error.message : String(error);
        setAnswer((previous) => ({ requestKey, value: previous.value, error: { code: 'internal', message } }));
      },
    );
    return () => {
      current = false;
    };
  }, [bridge, method, inputKey, requestKey]);

  useEffect(
    () =>
      bridge.onEvent((event) => {
        if (isStale(event, refreshOn)) setVersion((v) => v + 1);
      }),
    [bridge, refreshOn],
  );

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { value: answer.value, error: answer.error, loading: answer.requestKey !== requestKey, reload };
}
