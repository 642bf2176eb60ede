import type { Bridge, CoreEvent } from '../../shared/contract/bridge';
import type { InputOf, MethodName, ResultOf } from '../../shared/contract/contract';
import type { ApiError, ApiErrorCode, ApiResult } from '../../shared/contract/errors';

/** A handler returns the value, or throws `new FakeFailure(...)` to answer `{ ok: false }`. */
export type FakeHandler<M extends MethodName> = (input: InputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
export type FakeHandlers = { [M in MethodName]?: FakeHandler<M> };

export class FakeFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface RecordedCall {
  method: MethodName;
  input: unknown;
}

export interface FakeBridge extends Bridge {
  calls: RecordedCall[];
  /** Inputs of every call to `method`, in order. */
  inputsOf<M extends MethodName>(method: M): InputOf<M>[];
  /** Push an event to the UI as the core would. */
  emit(event: CoreEvent): void;
  listenerCount(): number;
  handlers: FakeHandlers;
}

/**
 * An in-memory Bridge: records every call and answers from `handlers`. A method with no handler answers
 * `unknown_method`, so a test notices a screen calling something it did not expect.
 */
export function createFakeBridge(
  handlers: FakeHandlers,
  options: { runtime?: 'electron' | 'browser'; pickLedgerPath?: Bridge['pickLedgerPath'] } = {},
): FakeBridge {
  const listeners = new Set<(event: CoreEvent) => void>();
  const calls: RecordedCall[] = [];
  const bridge: FakeBridge = {
    runtime: options.runtime ?? 'browser',
    pickLedgerPath: options.pickLedgerPath,
    calls,
    handlers,
    async call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiResult<ResultOf<M>>> {
      calls.push({ method, input: structuredClone(input) });
      const handler = bridge.handlers[method] as FakeHandler<M> | undefined;
      if (!handler) return { ok: false, error: { code: 'unknown_method', message: `no fake for ${method}` } };
      try {
        return { ok: true, value: await handler(input) };
      } catch (error) {
        if (error instanceof FakeFailure) {
          const apiError: ApiError = { code: error.code, message: error.message };
          if (error.field) apiError.field = error.field;
          return { ok: false, error: apiError };
        }
        throw error;
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    inputsOf<M extends MethodName>(method: M) {
      return calls.filter((c) => c.method === method).map((c) => c.input as InputOf<M>);
    },
    emit(event) {
      for (const listener of [...listeners]) listener(event);
    },
    listenerCount: () => listeners.size,
  };
  return bridge;
}

/** A promise the test resolves by hand, to look at the UI while a call is still running. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
