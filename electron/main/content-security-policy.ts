/**
 * The Content-Security-Policy of the UI. renderer/index.html carries the same policy in a <meta> tag; the
 * Electron shell and the browser harness also send it as a header, because a header covers what a meta tag
 * cannot (frame-ancestors) and applies even before the page is parsed. Plain data: imported by the harness too.
 *
 * - script-src 'self': only the bundled scripts, no inline code, no eval.
 * - style-src 'unsafe-inline': MUI (emotion) injects <style> elements at run time.
 * - connect-src 'self': the harness's web bridge calls /api on the same origin; Electron uses IPC.
 * - img/font data:: inlined icons and fonts; nothing remote.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
