import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { InputOf, MethodName, ResultOf } from '../../shared/contract/contract';
import type { ApiError } from '../../shared/contract/errors';
import { createCore, type Core } from '../../electron/core/core';

export const TODAY = '2026-11-22';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A fresh folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'encaisse-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestLedger {
  core: Core;
  path: string;
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
  fail<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiError>;
}

/** A new ledger in a real SQLite file, with a fixed today. */
export async function newLedger(companyName = 'Société Test SARL'): Promise<TestLedger> {
  const path = join(tempDir(), 'test.encaisse');
  const core = await createCore({ dbPath: path, create: { companyName }, today: TODAY });
  cleanups.push(() => core.close());
  return wrap(core, path);
}

export function wrap(core: Core, path: string): TestLedger {
  return {
    core,
    path,
    async call(method, input) {
      const result = await core.dispatch(method, input);
      if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async fail(method, input) {
      const result = await core.dispatch(method, input);
      if (result.ok) throw new Error(`${method} was expected to fail`);
      return result.error;
    },
  };
}

/** Counts rows of every table that a failed write must not have touched. */
export function rowCounts(core: Core): Record<string, number> {
  const tables = ['client', 'invoice', 'payment', 'allocation', 'activity'];
  return Object.fromEntries(
    tables.map((t) => [t, (core.ledger.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );
}
