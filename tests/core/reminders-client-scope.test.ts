import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/core';
import type { CoreContext } from '../../electron/core/context';
import { createDemoLedger } from '../../electron/core/demo/demo-ledger';
import { computeQueue } from '../../electron/core/reminders/queue';
import { findResourcesDir } from '../../electron/core/resources-dir';
import { TaskRegistry } from '../../electron/core/tasks';
import { tempDir, TODAY } from './helpers';

/**
 * A call sheet reads one client's queue, not the ledger's: on the demo company (reminder history, disputes,
 * several plans), each client's scoped queue must be exactly its part of the whole queue.
 */
describe('the queue of one client', () => {
  it('equals that client’s actions in the ledger-wide queue, for every client', async () => {
    const path = join(tempDir(), 'demo.encaisse');
    await createDemoLedger(path, { today: TODAY });
    const core = await createCore({ dbPath: path, today: TODAY });
    try {
      const ctx: CoreContext = {
        db: core.ledger.db,
        today: () => TODAY,
        tasks: new TaskRegistry(() => undefined),
        ledgerPath: path,
        resourcesDir: findResourcesDir(),
      };
      const whole = await computeQueue(ctx, TODAY);
      expect(whole.items.length).toBeGreaterThan(20);
      const clientIds = core.ledger.sqlite.prepare('SELECT id FROM client').pluck().all() as number[];
      for (const clientId of clientIds) {
        const own = await computeQueue(ctx, TODAY, clientId);
        expect(own.items).toEqual(whole.items.filter((item) => item.clientId === clientId));
      }
    } finally {
      await core.close();
    }
  });
});
