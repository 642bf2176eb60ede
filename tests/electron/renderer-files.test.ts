import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/content-security-policy';
import { contentTypeFor, lookupRendererFile } from '../../electron/main/renderer-files';
import { rendererResponse } from '../../electron/main/renderer-protocol';

const base = mkdtempSync(join(tmpdir(), 'encaisse-renderer-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Encaisse</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'not for the page');
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('renderer files', () => {
  it('serves index.html for / and files inside the folder', () => {
    expect(lookupRendererFile(root, '/')).toEqual({ kind: 'file', path: join(root, 'index.html') });
    expect(lookupRendererFile(root, '/assets/app.js')).toEqual({ kind: 'file', path: join(root, 'assets', 'app.js') });
    expect(lookupRendererFile(root, '/assets/nope.js')).toEqual({ kind: 'missing' });
    expect(lookupRendererFile(root, '/assets')).toEqual({ kind: 'missing' });
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/index.html%00.js',
    '/%zz',
    'secret.txt',
  ])('refuses %s', (path) => {
    expect(lookupRendererFile(root, path)).toEqual({ kind: 'forbidden' });
  });

  it('knows the content types the UI uses', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/unknown.xyz')).toBe('application/octet-stream');
  });
});

describe('the app:// protocol', () => {
  it('answers with the file, its type and the CSP header', async () => {
    const response = await rendererResponse(root, 'app://encaisse/index.html');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Encaisse</title>');
  });

  it('refuses other hosts and climbing out of the folder', async () => {
    expect((await rendererResponse(root, 'app://other/index.html')).status).toBe(404);
    // The URL parser resolves dot segments (encoded or not) before we see the path: they land inside the folder.
    for (const url of [
      'app://encaisse/%2e%2e/secret.txt',
      'app://encaisse/../secret.txt',
      'app://encaisse/..%5csecret.txt',
    ]) {
      const response = await rendererResponse(root, url);
      expect([403, 404], url).toContain(response.status);
      expect(await response.text()).not.toContain('not for the page');
    }
  });
});

describe('the content security policy', () => {
  /** Directive name → value; frame-ancestors left out since browsers honour it only as a header. */
  const directives = (policy: string) =>
    Object.fromEntries(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter(([name]) => name && name !== 'frame-ancestors')
        .map(([name, ...values]) => [name, values.join(' ')]),
    );

  it('is the same in renderer/index.html as in the headers we send', () => {
    const html = readFileSync(join(__dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(directives(meta!)).toEqual(directives(CONTENT_SECURITY_POLICY));
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('allows no inline script, no eval and nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY.match(/script-src [^;]*/)![0]).not.toContain('unsafe-inline');
  });
});
