import { statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

/**
 * Maps a URL path of the built renderer to a file inside its folder, refusing anything that could leave it.
 * Shared by the Electron app:// protocol and the browser harness (no Electron import here).
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup = { kind: 'file'; path: string } | { kind: 'forbidden' } | { kind: 'missing' };

/**
 * `rawPath` is the path part of the request as received (still percent-encoded, no query). Any `..` segment,
 * backslash or NUL — encoded or not — is refused outright rather than normalised, so nothing can climb out.
 */
export function lookupRendererFile(root: string, rawPath: string): StaticLookup {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'forbidden' };
  }
  if (!decoded.startsWith('/') || /[\\\0]/.test(decoded)) return { kind: 'forbidden' };
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { kind: 'forbidden' };

  const base = resolve(root);
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const target = resolve(join(base, relative));
  if (target !== base && !target.startsWith(base + sep)) return { kind: 'forbidden' };
  try {
    if (!statSync(target).isFile()) return { kind: 'missing' };
  } catch {
    return { kind: 'missing' };
  }
  return { kind: 'file', path: target };
}
