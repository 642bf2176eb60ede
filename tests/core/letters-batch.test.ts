import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoreError } from '../../shared/contract/errors';
import type { CoreContext } from '../../electron/core/context';
import { produceDocuments } from '../../electron/core/letters/produce-documents';
import { findResourcesDir } from '../../electron/core/resources-dir';
import { TaskRegistry, type TaskHandle } from '../../electron/core/tasks';
import { tempDir, TODAY, type TestLedger } from './helpers';
import { letterLedger, pdfPageCount, pdfText } from './letters-fixture';
import { addClient, addInvoice } from './reminders-fixture';

/** The batch itself: progress, cancellation between letters, and nothing left behind when it stops. */

function contextOf(ledger: TestLedger): CoreContext {
  return {
    db: ledger.core.ledger.db,
    today: () => TODAY,
    tasks: new TaskRegistry(() => undefined),
    ledgerPath: ledger.path,
    resourcesDir: findResourcesDir(),
  };
}

async function fiveLetters() {
  const ledger = await letterLedger();
  for (let c = 0; c < 5; c += 1) {
    const clientId = await addClient(ledger, { code: `C3${c}`, name: `Client ${c}` });
    await addInvoice(ledger, clientId, '2026-11-10', 10_000 * (c + 1));
  }
  const queue = await ledger.call('reminders.queue', { today: TODAY });
  return { ledger, items: queue.items.filter((item) => item.channel === 'letter') };
}

describe('the batch of letters', () => {
  it('reports progress per letter and puts every letter, each from a new page, in the print-ready PDF', async () => {
    const { ledger, items } = await fiveLetters();
    expect(items).toHaveLength(5);
    const seen: Array<[number, number]> = [];
    const task: TaskHandle = {
      progress: (done, total) => seen.push([done, total]),
      throwIfCancelled: () => undefined,
      yield: () => Promise.resolve(),
    };
    const outDir = join(tempDir(), 'batch');
    const run = await produceDocuments(contextOf(ledger), items, { today: TODAY, outDir, task });
    expect(seen).toEqual([1, 2, 3, 4, 5].map((n) => [n, 5]));
    expect(run.files).toHaveLength(6);
    expect(pdfPageCount(run.combinedPdfPath!)).toBe(5);
    const pages = pdfText(run.combinedPdfPath!).split('\f');
    items.forEach((item, index) => expect(pages[index]).toContain(item.clientName));
    expect(run.items.map((p) => p.openCents)).toEqual(items.map((i) => i.totalOpenCents));
  });

  it('stops between letters when cancelled and removes what it wrote', async () => {
    const { ledger, items } = await fiveLetters();
    let checks = 0;
    const task: TaskHandle = {
      progress: () => undefined,
      throwIfCancelled: () => {
        checks += 1;
        if (checks === 3) throw new CoreError('cancelled', 'Cancelled: nothing was written.');
      },
      yield: () => Promise.resolve(),
    };
    const outDir = join(tempDir(), 'cancelled', TODAY);
    await expect(produceDocuments(contextOf(ledger), items, { today: TODAY, outDir, task })).rejects.toThrow(
      'Cancelled',
    );
    expect(checks).toBe(3);
    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(join(outDir, '..', '..'))).toEqual([]);
  });
});
