import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace, type Workspace } from '../../electron/core/workspace/workspace';
import type { CoreEvent } from '../../shared/contract/bridge';
import { createHarness, type Harness } from '../harness/harness';
import { defaultDataDir } from '../harness/default-data-dir';

/** Real HTTP against a real harness: who may call, who may not, and what leaks. */

const base = mkdtempSync(join(tmpdir(), 'encaisse-harness-'));
const rendererDir = join(base, 'renderer');
let workspace: Workspace;
let harness: Harness;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: node:http sends the path and headers exactly as given (no URL normalisation). */
function send(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: harness.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${harness.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function call(method: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send({
    method: 'POST',
    path: '/api/call',
    headers: { 'Content-Type': 'application/json', 'X-Encaisse-Token': harness.token, ...headers },
    body: JSON.stringify({ method, input }),
  });
}

beforeAll(async () => {
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Encaisse</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("ok")');
  writeFileSync(join(base, 'secret.txt'), 'TOP SECRET');
  workspace = createWorkspace({ dataDir: join(base, 'data'), today: '2026-11-22' });
  harness = await createHarness({ workspace, rendererDir });
});

afterAll(async () => {
  await harness.close();
  await workspace.close();
  rmSync(base, { recursive: true, force: true });
});

describe('the harness server', () => {
  it('listens on 127.0.0.1 only, with a fresh random token in the URL hash', () => {
    const address = harness.server.address() as AddressInfo;
    expect(address.address).toBe('127.0.0.1');
    expect(address.family).toBe('IPv4');
    expect(harness.token.length).toBeGreaterThanOrEqual(32);
    expect(harness.url).toBe(`http://127.0.0.1:${harness.port}/#token=${harness.token}`);
  });

  it('a good call answers 200 with the ApiResult, and 200 too for a refused call', async () => {
    const ok = await call('ledger.state', {});
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { current: null, firstLaunch: true } });

    const refused = await call('clients.list', {});
    expect(refused.status).toBe(200);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'no_ledger_open' } });
    const unknown = await call('nope.nothing', {});
    expect(unknown.status).toBe(200);
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false });
  });

  it('401 without the token or with a wrong one', async () => {
    const none = await send({
      method: 'POST',
      path: '/api/call',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ method: 'ledger.state', input: {} }),
    });
    expect(none.status).toBe(401);
    expect((await call('ledger.state', {}, { 'X-Encaisse-Token': 'wrong' })).status).toBe(401);
    expect((await call('ledger.state', {}, { 'X-Encaisse-Token': `${harness.token}x` })).status).toBe(401);
    expect((await call('ledger.state', {}, { 'X-Encaisse-Token': '' })).status).toBe(401);
    expect((await send({ path: '/api/events' })).status).toBe(401);
    expect((await send({ path: '/api/events?token=wrong' })).status).toBe(401);
  });

  it('403 for a foreign Host header (DNS rebinding), even with the token', async () => {
    for (const host of [
      'evil.example',
      `evil.example:${harness.port}`,
      '127.0.0.1:1',
      `127.0.0.1.evil.example:${harness.port}`,
    ]) {
      expect((await call('ledger.state', {}, { Host: host })).status, host).toBe(403);
      expect((await send({ path: '/', headers: { Host: host } })).status, host).toBe(403);
    }
    expect((await call('ledger.state', {}, { Host: `localhost:${harness.port}` })).status).toBe(200);
  });

  it('403 for a foreign Origin, even with the token', async () => {
    for (const origin of [
      'https://evil.example',
      `http://127.0.0.1:${harness.port + 1}`,
      'null',
      `https://127.0.0.1:${harness.port}`,
    ]) {
      expect((await call('ledger.state', {}, { Origin: origin })).status, origin).toBe(403);
    }
    expect((await call('ledger.state', {}, { Origin: `http://127.0.0.1:${harness.port}` })).status).toBe(200);
    expect((await call('ledger.state', {}, { Origin: `http://localhost:${harness.port}` })).status).toBe(200);
    expect((await call('ledger.state', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
  });

  it('refuses form posts, other methods and bodies over the limit', async () => {
    const form = await call('ledger.state', {}, { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(415);
    expect((await send({ path: '/api/call', headers: { 'X-Encaisse-Token': harness.token } })).status).toBe(405);
    const bad = await send({
      method: 'POST',
      path: '/api/call',
      headers: { 'Content-Type': 'application/json', 'X-Encaisse-Token': harness.token },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    const huge = await send({
      method: 'POST',
      path: '/api/call',
      headers: { 'Content-Type': 'application/json', 'X-Encaisse-Token': harness.token },
      body: Buffer.alloc(11 * 1024 * 1024, 0x20),
    }).catch((error: NodeJS.ErrnoException) => ({
      status: error.code === 'EPIPE' || error.code === 'ECONNRESET' ? 413 : 0,
    }));
    expect(huge.status).toBe(413);
  });

  it('serves the UI with security headers and no CORS headers', async () => {
    const page = await send({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Encaisse</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cross-origin-resource-policy']).toBe('same-origin');
    const script = await send({ path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const answer of [
      page,
      script,
      await call('ledger.state', {}, { Origin: `http://127.0.0.1:${harness.port}` }),
    ]) {
      expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    }
  });

  it.each([
    '/../secret.txt',
    '/../package.json',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/index.html%00',
  ])('refuses the traversal %s', async (path) => {
    const answer = await send({ path });
    expect([403, 404]).toContain(answer.status);
    expect(answer.body).not.toContain('TOP SECRET');
  });

  it('streams workspace events over SSE to a client with the token', async () => {
    const received = new Promise<CoreEvent>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: harness.port,
          path: `/api/events?token=${encodeURIComponent(harness.token)}`,
          headers: { Host: `127.0.0.1:${harness.port}`, Accept: 'text/event-stream' },
        },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          let buffer = '';
          res.on('data', (chunk: Buffer) => {
            buffer += chunk.toString();
            const data = /^data: (.*)$/m.exec(buffer);
            if (data) {
              resolve(JSON.parse(data[1]!) as CoreEvent);
              req.destroy();
            }
          });
          // Subscribed once the headers arrive: now make the workspace change.
          void call('ledger.create', { path: join(base, 'events.encaisse'), companyName: 'Événements SA' });
        },
      );
      req.on('error', (error) =>
        error.message.includes('aborted') || error.message.includes('socket hang up') ? undefined : reject(error),
      );
      req.end();
    });
    expect(await received).toEqual({ type: 'workspace.changed' });
  });
});

describe('the harness data folder', () => {
  it('is the one Electron uses for "Encaisse" on each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Encaisse');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe('/xdg/Encaisse');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Encaisse');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toContain(
      'Encaisse',
    );
  });
});
