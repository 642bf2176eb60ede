import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Workspace } from '../../electron/core/workspace/workspace';
import { handleApiCall, handleEvents } from './api-routes';
import { refuseForeignRequest, tokenMatches } from './request-guard';
import { sendText } from './responses';
import { serveStatic } from './static-route';

export const TOKEN_HEADER = 'x-encaisse-token';

export interface HarnessOptions {
  workspace: Pick<Workspace, 'dispatch' | 'subscribe'>;
  /** The built renderer (vite build). */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** Absent: a fresh random secret for this run. */
  token?: string;
}

export interface Harness {
  /** Open this in a browser: the token travels in the hash, which is never sent to the server. */
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * The browser-mode twin of the Electron shell: serves the built UI and the workspace to a browser on this
 * machine only (127.0.0.1), for end-to-end tests and machines where Electron cannot run.
 */
export async function createHarness(options: HarnessOptions): Promise<Harness> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const streams = new Set<ServerResponse>();
  let port = 0;

  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const refusal = refuseForeignRequest(request, port);
    if (refusal) return sendText(response, 403, refusal);
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname === '/api/call') {
      if (!tokenMatches(token, request.headers[TOKEN_HEADER] as string | undefined)) {
        return sendText(response, 401, 'Missing or wrong token');
      }
      return handleApiCall(request, response, options.workspace);
    }
    if (url.pathname === '/api/events') {
      // EventSource cannot send headers: the token comes in the query string.
      if (!tokenMatches(token, url.searchParams.get('token'))) return sendText(response, 401, 'Missing or wrong token');
      return handleEvents(request, response, options.workspace, streams);
    }
    if (url.pathname.startsWith('/api/')) return sendText(response, 404, 'Not found');
    return serveStatic(request, response, options.rendererDir);
  };

  const server = createServer((request, response) => {
    route(request, response).catch((error: Error) => {
      if (!response.headersSent) sendText(response, 500, error.message);
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${encodeURIComponent(token)}`,
    port,
    token,
    server,
    async close() {
      for (const stream of streams) stream.end();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
