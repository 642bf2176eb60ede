import { useCallback, useEffect, useRef } from 'react';

/**
 * Returns a function that calls `apply` once the user has stopped typing for `delayMs`, so a search over
 * 10,000 clients runs once per word rather than once per key.
 */
export function useDebouncedCallback<T>(apply: (value: T) => void, delayMs: number): (value: T) => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(apply);
  useEffect(() => {
    latest.current = apply;
  }, [apply]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return useCallback(
    (value: T) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current(value), delayMs);
    },
    [delayMs],
  );
}
