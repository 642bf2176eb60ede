import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may talk to the harness: only pages served by the harness itself, on this machine, that know the
 * per-run token. Host stops DNS rebinding (evil.example resolving to 127.0.0.1), Origin stops other sites'
 * pages, Sec-Fetch-Site stops cross-site requests from browsers that omit Origin, the token stops other local
 * programs and users.
 */

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function allowedOrigins(port: number): string[] {
  return allowedHosts(port).map((host) => `http://${host}`);
}

/** Null when the request may proceed, else the reason it is refused (403). */
export function refuseForeignRequest(request: IncomingMessage, port: number): string | null {
  const host = request.headers.host?.toLowerCase();
  if (!host || !allowedHosts(port).includes(host)) return 'Forbidden host';
  const origin = request.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(origin.toLowerCase())) return 'Forbidden origin';
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'Forbidden cross-site request';
  return null;
}

/** Constant-time comparison; hashing first makes both sides the same length whatever the candidate. */
export function tokenMatches(expected: string, candidate: string | undefined | null): boolean {
  if (typeof candidate !== 'string' || candidate === '') return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(expected), digest(candidate));
}
