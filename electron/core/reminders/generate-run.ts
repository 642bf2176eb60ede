import { rm } from 'node:fs/promises';
import { CoreError } from '../../../shared/contract/errors';
import type { DunningChannel, QueueItem, ReminderRun } from '../../../shared/contract/reminders.types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';
import { produceDocuments, type ProducedItem } from '../letters/produce-documents';
import { buildQueue } from './queue';
import { assertNotYetDone, findQueueItem } from './queue-lookup';
import { recordReminder } from './record-reminder';

export interface GenerateInput {
  items: Array<{ clientId: number; channel: DunningChannel }>;
  outDir?: string;
  taskId?: string;
  today?: IsoDate;
}

/** Every requested action, from today's queue, generable; otherwise an error and nothing at all is produced. */
async function selectItems(ctx: CoreContext, input: GenerateInput, today: IsoDate): Promise<QueueItem[]> {
  const queue = await buildQueue(ctx, today);
  const items: QueueItem[] = [];
  const seen = new Set<string>();
  for (const [index, key] of input.items.entries()) {
    const name = `${key.clientId}|${key.channel}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const item = await findQueueItem(ctx, queue, key, `items.${index}.clientId`);
    if (item.channel === 'call') {
      throw new CoreError(
        'validation',
        `The call to ${item.clientName} (${item.clientCode}) is not generated: calls are logged from the Appels list. Nothing was generated.`,
        `items.${index}.channel`,
      );
    }
    if (item.problems.length > 0) {
      throw new CoreError(
        'validation',
        `${item.clientName} (${item.clientCode}), ${item.channel}: ${item.problems.map((p) => p.message).join(' ')} Nothing was generated.`,
        `items.${index}`,
      );
    }
    items.push(item);
  }
  return items;
}

/**
 * Produces the documents, then records every action in one transaction; if recording fails, the files just
 * written are deleted, so a run is all or nothing.
 */
export async function generateRun(ctx: CoreContext, input: GenerateInput): Promise<ReminderRun> {
  // Two runs side by side would write the same file names; the second waits for the first to finish.
  if (running.has(ctx.ledgerPath))
    throw new CoreError('conflict', 'Letters are already being generated for this ledger: wait for that run to end.');
  running.add(ctx.ledgerPath);
  try {
    return await generateOnce(ctx, input);
  } finally {
    running.delete(ctx.ledgerPath);
  }
}

const running = new Set<string>();

async function generateOnce(ctx: CoreContext, input: GenerateInput): Promise<ReminderRun> {
  const today = input.today ?? ctx.today();
  const items = await selectItems(ctx, input, today);
  const task = ctx.tasks.start(input.taskId);
  const run = await produceDocuments(ctx, items, { today, outDir: input.outDir, task });
  try {
    const produced = new Map<string, ProducedItem>(run.items.map((p) => [`${p.clientId}|${p.channel}`, p]));
    const documents = await ctx.db.transaction().execute(async (trx) => {
      const written: ReminderRun['documents'] = [];
      for (const item of items) {
        const made = produced.get(`${item.clientId}|${item.channel}`);
        if (!made)
          throw new CoreError('internal', `No document was produced for ${item.clientCode} (${item.channel}).`);
        await assertNotYetDone(trx, item, today);
        const reminderId = await recordReminder(trx, item, today, { status: 'done', produced: made });
        written.push({
          clientId: item.clientId,
          channel: item.channel,
          reminderId,
          pdfPath: made.pdfPath,
          emlPath: made.emlPath,
        });
      }
      return written;
    });
    return {
      outDir: run.outDir,
      combinedPdfPath: run.combinedPdfPath,
      documents,
      letterCount: documents.filter((d) => d.channel !== 'email' && d.pdfPath !== null).length,
      emailCount: documents.filter((d) => d.emlPath !== null).length,
    };
  } catch (error) {
    await Promise.all(run.files.map((file) => rm(file, { force: true })));
    throw error;
  }
}
