import type { Bridge, CoreEvent } from '../../shared/contract/bridge';
import type { InputOf, MethodName, ResultOf } from '../../shared/contract/contract';
import type { ApiResult } from '../../shared/contract/errors';

/**
 * The Bridge over HTTP, for browser mode (the harness and `npm start` without Electron). The harness opens the
 * page at `/#token=SECRET`; every request must carry that secret, so nothing else on the machine can drive the
 * core through the loopback port.
 */

export const TOKEN_STORAGE_KEY = 'encaisse.token';

/** Takes the token out of the address bar (so it is not bookmarked or shown) and keeps it for reloads. */
export function takeTokenFromLocation(win: Window = window): string {
  const match = /(?:^#|&)token=([^&]*)/.exec(win.location.hash);
  if (match) {
    const token = decodeURIComponent(match[1]);
    win.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    win.history.replaceState(win.history.state, '', win.location.pathname + win.location.search);
    return token;
  }
  return win.sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
}

function refused(message: string): ApiResult<never> {
  return { ok: false, error: { code: 'internal', message } };
}

export interface WebBridgeOptions {
  token: string;
  /** Origin-relative by default; tests may pass another base. */
  baseUrl?: string;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
}

export function createWebBridge(options: WebBridgeOptions): Bridge {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const EventSourceImpl = options.EventSource ?? (typeof EventSource === 'undefined' ? undefined : EventSource);
  const listeners = new Set<(event: CoreEvent) => void>();
  let source: EventSource | null = null;

  // One stream for all listeners, opened on the first subscription and closed with the last one.
  function openStream(): void {
    if (source || !EventSourceImpl) return;
    source = new EventSourceImpl(`${baseUrl}/api/events?token=${encodeURIComponent(options.token)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      let event: CoreEvent;
      try {
        event = JSON.parse(message.data) as CoreEvent;
      } catch {
        return; // a keep-alive or garbled line: nothing to tell the UI
      }
      for (const listener of [...listeners]) listener(event);
    };
  }

  function closeStream(): void {
    source?.close();
    source = null;
  }

  return {
    runtime: 'browser',
    async call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiResult<ResultOf<M>>> {
      let response: Response;
      try {
        response = await doFetch(`${baseUrl}/api/call`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Encaisse-Token': options.token },
          body: JSON.stringify({ method, input }),
        });
      } catch (error) {
        return refused(`The local server did not answer (${error instanceof Error ? error.message : String(error)}).`);
      }
      if (response.status !== 200) {
        return refused(`The local server refused ${method} (HTTP ${response.status}).`);
      }
      try {
        return (await response.json()) as ApiResult<ResultOf<M>>;
      } catch {
        return refused(`Unreadable answer from the local server for ${method}.`);
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      openStream();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) closeStream();
      };
    },
  };
}
