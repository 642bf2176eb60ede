import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentTypeFor, lookupRendererFile } from '../../electron/main/renderer-files';
import { SECURITY_HEADERS, sendText } from './responses';

/** GET/HEAD of the built renderer: `/` is index.html; nothing outside `rendererDir` is reachable. */
export function serveStatic(request: IncomingMessage, response: ServerResponse, rendererDir: string): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed');
  // The raw path as sent, before any normalisation, so that `/../x` and `/%2e%2e/x` are seen and refused.
  const rawPath = (request.url ?? '/').split('?')[0]!.split('#')[0]!;
  const found = lookupRendererFile(rendererDir, rawPath);
  if (found.kind === 'forbidden') return sendText(response, 403, 'Forbidden');
  if (found.kind === 'missing') return sendText(response, 404, 'Not found');
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(found.path),
    // Hashed asset names change with every build; index.html must always be fetched afresh.
    'Cache-Control': found.path.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
  });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(found.path)
    .on('error', () => response.destroy())
    .pipe(response);
}
