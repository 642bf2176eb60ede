import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CoreEvent } from '../../shared/contract/bridge';
import type { ApiResult } from '../../shared/contract/errors';
import type { Workspace } from '../../electron/core/workspace/workspace';
import { SECURITY_HEADERS, sendJson, sendText } from './responses';

export const MAX_BODY_BYTES = 10 * 1024 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, 'Payload too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, 'Payload too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseCall(text: string): { method: string; input: unknown } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Body is not valid JSON');
  }
  if (typeof body !== 'object' || body === null || typeof (body as { method?: unknown }).method !== 'string') {
    throw new HttpError(400, 'Body must be {"method": string, "input": object}');
  }
  const { method, input } = body as { method: string; input?: unknown };
  return { method, input: input ?? {} };
}

/**
 * POST /api/call {method, input} → 200 with the workspace's ApiResult, ok or not, exactly what the preload's
 * ipcRenderer.invoke returns in Electron. Only transport problems get other statuses.
 */
export async function handleApiCall(
  request: IncomingMessage,
  response: ServerResponse,
  workspace: Pick<Workspace, 'dispatch'>,
): Promise<void> {
  if (request.method !== 'POST') return sendText(response, 405, 'Method not allowed');
  // JSON only: an HTML form (the classic cross-site request) cannot send this content type.
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') return sendText(response, 415, 'Content-Type must be application/json');
  let call: { method: string; input: unknown };
  try {
    call = parseCall(await readBody(request, MAX_BODY_BYTES));
  } catch (error) {
    if (error instanceof HttpError) {
      // Stop reading an oversized upload; the client gets the status before the socket closes.
      response.setHeader('Connection', 'close');
      return sendText(response, error.status, error.message);
    }
    throw error;
  }
  let result: ApiResult<unknown>;
  try {
    result = await workspace.dispatch(call.method, call.input);
  } catch (error) {
    result = { ok: false, error: { code: 'internal', message: (error as Error).message ?? String(error) } };
  }
  sendJson(response, 200, result);
}

/** GET /api/events → Server-Sent Events, one `data: <CoreEvent JSON>` per workspace event. */
export function handleEvents(
  request: IncomingMessage,
  response: ServerResponse,
  workspace: Pick<Workspace, 'subscribe'>,
  streams: Set<ServerResponse>,
): void {
  if (request.method !== 'GET') return sendText(response, 405, 'Method not allowed');
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const send = (event: CoreEvent) => response.write(`data: ${JSON.stringify(event)}\n\n`);
  const unsubscribe = workspace.subscribe(send);
  // A comment now and then keeps idle connections from being dropped by the browser or a proxy.
  const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), 25_000);
  heartbeat.unref();
  streams.add(response);
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
    streams.delete(response);
  };
  request.on('close', stop);
  response.on('close', stop);
}
