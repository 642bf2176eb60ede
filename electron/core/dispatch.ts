import { ZodError } from 'zod';
import { contract, isMethodName, type MethodName } from '../../shared/contract/contract';
import { CoreError, type ApiError, type ApiResult } from '../../shared/contract/errors';

export type AnyHandler = (input: unknown, ctx: never) => Promise<unknown>;

function zodToApiError(method: string, error: ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue.path.map(String).join('.');
  return {
    code: 'validation',
    message: field ? `${field} ${issue.message}` : `${method}: ${issue.message}`,
    ...(field ? { field } : {}),
  };
}

/** SQLite constraint failures that escaped a service's own checks still become a clear, typed error. */
function sqliteToApiError(error: Error & { code?: string }): ApiError | null {
  if (typeof error.code !== 'string' || !error.code.startsWith('SQLITE_CONSTRAINT')) return null;
  if (error.code === 'SQLITE_CONSTRAINT_UNIQUE')
    return { code: 'conflict', message: `Already exists (${error.message})` };
  if (error.code === 'SQLITE_CONSTRAINT_CHECK' && error.message.includes('allocated_cents'))
    return { code: 'over_allocation', message: 'The allocation exceeds the open amount.' };
  return { code: 'validation', message: `Refused by the ledger: ${error.message}` };
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof CoreError) return error.toApiError();
  if (error instanceof Error) {
    const mapped = sqliteToApiError(error as Error & { code?: string });
    if (mapped) return mapped;
    return { code: 'internal', message: error.message };
  }
  return { code: 'internal', message: String(error) };
}

/**
 * Parses the input with the contract's schema, runs the handler, and never throws: every failure becomes
 * `{ ok: false, error }` the UI can show.
 */
export async function dispatchTo<Ctx>(
  handlers: Record<string, (input: never, ctx: Ctx) => Promise<unknown>>,
  ctx: Ctx,
  method: string,
  rawInput: unknown,
): Promise<ApiResult<unknown>> {
  if (!isMethodName(method) || !(method in handlers)) {
    return { ok: false, error: { code: 'unknown_method', message: `Unknown method: ${method}` } };
  }
  const parsed = contract[method as MethodName].input.safeParse(rawInput ?? {});
  if (!parsed.success) return { ok: false, error: zodToApiError(method, parsed.error) };
  try {
    const value = await handlers[method](parsed.data as never, ctx);
    return { ok: true, value: value ?? null };
  } catch (error) {
    return { ok: false, error: toApiError(error) };
  }
}
