import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { contentTypeFor, lookupRendererFile } from './renderer-files';

/**
 * The UI is served from app://encaisse/ rather than loaded with loadFile: a custom standard+secure scheme
 * gives the page its own origin (file:// pages share one origin with every file on the disk), lets us send
 * the CSP as a real header, and serves exactly one folder, refusing any path that climbs out of it.
 */
export const RENDERER_SCHEME = 'app';
export const RENDERER_HOST = 'encaisse';
export const RENDERER_URL = `${RENDERER_SCHEME}://${RENDERER_HOST}/index.html`;

/** Must run before the app is ready. */
export function registerRendererScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: RENDERER_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export async function rendererResponse(rendererDir: string, requestUrl: string): Promise<Response> {
  const url = new URL(requestUrl);
  if (url.host !== RENDERER_HOST) return new Response('Not found', { status: 404 });
  // URL parsing already dropped dot segments; lookupRendererFile still refuses encoded ones and backslashes.
  const found = lookupRendererFile(rendererDir, url.pathname);
  if (found.kind !== 'file') return new Response('Not found', { status: found.kind === 'forbidden' ? 403 : 404 });
  const body = await readFile(found.path);
  return new Response(body, {
    headers: {
      'Content-Type': contentTypeFor(found.path),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Must run once the app is ready. */
export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(RENDERER_SCHEME, (request) => rendererResponse(rendererDir, request.url));
}
