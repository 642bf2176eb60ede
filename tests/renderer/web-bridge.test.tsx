import { describe, expect, it, vi } from 'vitest';
import type { CoreEvent } from '../../shared/contract/bridge';
import { createWebBridge, takeTokenFromLocation, TOKEN_STORAGE_KEY } from '../../renderer/api/web-bridge';

/** Records the EventSource the bridge opens and lets the test push `data:` lines through it. */
class FakeEventSource {
  static instances: FakeEventSource[] = [];
  onmessage: ((message: MessageEvent<string>) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  close() {
    this.closed = true;
  }
  push(data: string) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
}

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('web bridge (browser mode)', () => {
  it('takes the token from the URL hash, keeps it for reloads and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/?x=1#token=s3cr%2Bt');
    expect(takeTokenFromLocation()).toBe('s3cr+t');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('s3cr+t');
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?x=1');

    // A reload: no token in the URL any more, the stored one is used.
    expect(takeTokenFromLocation()).toBe('s3cr+t');
  });

  it('posts each call with the token and returns the ApiResult as received', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) =>
      jsonResponse(200, { ok: false, error: { code: 'not_found', message: 'client 9 not found' } }),
    );
    const bridge = createWebBridge({ token: 'tok', fetch: fetch as typeof globalThis.fetch });

    const result = await bridge.call('clients.get', { id: 9 });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'client 9 not found' } });
    expect(bridge.runtime).toBe('browser');
    expect(bridge.pickLedgerPath).toBeUndefined();

    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/call');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({ 'Content-Type': 'application/json', 'X-Encaisse-Token': 'tok' });
    expect(JSON.parse(String(init?.body))).toEqual({ method: 'clients.get', input: { id: 9 } });
  });

  it('turns a refused request or a dead server into an internal error instead of throwing', async () => {
    const refused = createWebBridge({ token: 'bad', fetch: (async () => jsonResponse(401, {})) as typeof fetch });
    const answer = await refused.call('ledger.state', {});
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('internal');
      expect(answer.error.message).toContain('401');
    }

    const dead = createWebBridge({
      token: 'tok',
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    const deadAnswer = await dead.call('ledger.state', {});
    expect(deadAnswer).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('listens to core events over one SSE stream, closed with the last listener', () => {
    FakeEventSource.instances = [];
    const bridge = createWebBridge({
      token: 'a b',
      fetch: vi.fn() as typeof fetch,
      EventSource: FakeEventSource as unknown as typeof EventSource,
    });
    const first: CoreEvent[] = [];
    const second: CoreEvent[] = [];
    const stopFirst = bridge.onEvent((event) => first.push(event));
    const stopSecond = bridge.onEvent((event) => second.push(event));

    expect(FakeEventSource.instances).toHaveLength(1);
    const source = FakeEventSource.instances[0];
    expect(source.url).toBe('/api/events?token=a%20b');

    source.push(JSON.stringify({ type: 'ledger.changed', methods: ['clients.create'] }));
    source.push('not json');
    expect(first).toEqual([{ type: 'ledger.changed', methods: ['clients.create'] }]);
    expect(second).toEqual(first);

    stopFirst();
    source.push(JSON.stringify({ type: 'workspace.changed' }));
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(2);
    expect(source.closed).toBe(false);
    stopSecond();
    expect(source.closed).toBe(true);
  });
});
