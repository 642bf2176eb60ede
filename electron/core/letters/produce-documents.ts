import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DunningChannel, QueueItem } from '../../../shared/contract/reminders.types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';
import type { TaskHandle } from '../tasks';
import { buildEmlDraft } from './eml-draft';
import { loadLetterBase } from './letter-data';
import { isPaperChannel } from './letter-settings';
import { defaultRunDir, safeFileName } from './letters-folder';
import { letterFonts, newLetterDocument } from './pdf-fonts';
import { drawLetter, renderLetterPdf } from './pdf-letter';
import { prepareItemLetter, type PreparedLetter } from './prepare-letter';

export interface ProducedInvoice {
  invoiceId: number;
  openCents: number;
  interestCents: number;
  indemnityCents: number;
}

export interface ProducedItem {
  clientId: number;
  channel: DunningChannel;
  pdfPath: string | null;
  emlPath: string | null;
  invoices: ProducedInvoice[];
  openCents: number;
  interestCents: number;
  indemnityCents: number;
}

export interface ProducedRun {
  outDir: string;
  combinedPdfPath: string | null;
  items: ProducedItem[];
  /** Every file written, so a failed recording can remove them all. */
  files: string[];
}

const YIELD_EVERY = 8;

function producedFigures(item: QueueItem, prepared: PreparedLetter | null): ProducedItem {
  const invoices: ProducedInvoice[] = prepared
    ? prepared.data.invoices.map((line) => ({
        invoiceId: line.invoiceId,
        openCents: line.openCents,
        interestCents: line.interestCents,
        indemnityCents: line.indemnityCents,
      }))
    : item.invoices.map((line) => ({
        invoiceId: line.invoiceId,
        openCents: line.openCents,
        interestCents: 0,
        indemnityCents: 0,
      }));
  const sum = (pick: (line: ProducedInvoice) => number) => invoices.reduce((total, line) => total + pick(line), 0);
  return {
    clientId: item.clientId,
    channel: item.channel,
    pdfPath: null,
    emlPath: null,
    invoices,
    openCents: sum((line) => line.openCents),
    interestCents: sum((line) => line.interestCents),
    indemnityCents: sum((line) => line.indemnityCents),
  };
}

function finished(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
}

/** Writes the letters (one PDF each and one combined PDF) and .eml drafts of the items. */
export async function produceDocuments(
  ctx: CoreContext,
  items: QueueItem[],
  options: { today: IsoDate; outDir?: string; task: TaskHandle },
): Promise<ProducedRun> {
  const { today, task } = options;
  const base = await loadLetterBase(ctx);
  // Every letter is merged before the first file is written: a bad template or a rate gap stops the run whole.
  const prepared = items.map((item, index) =>
    item.channel === 'call' ? null : prepareItemLetter(base, item, today, `items.${index}`),
  );
  const fonts = letterFonts(ctx.resourcesDir);
  const outDir = options.outDir ?? defaultRunDir(ctx.ledgerPath, today);
  // The first folder this run created (undefined when outDir existed): removed whole if the run fails.
  const createdDir = await mkdir(outDir, { recursive: true });

  const files: string[] = [];
  const usedNames = new Set<string>();
  const fileName = (item: QueueItem, letter: PreparedLetter, extension: string) => {
    const stem = safeFileName(`${today} ${item.clientCode} ${letter.data.level}`);
    let name = `${stem}.${extension}`;
    if (usedNames.has(name)) name = `${safeFileName(`${stem} ${item.channel}`)}.${extension}`;
    for (let n = 2; usedNames.has(name); n += 1) name = `${stem} (${n}).${extension}`;
    usedNames.add(name);
    return join(outDir, name);
  };

  const paperCount = items.filter((item) => isPaperChannel(item.channel)).length;
  const combinedPdfPath = paperCount > 0 ? join(outDir, `${today} – Lettres à imprimer.pdf`) : null;
  let combined: { doc: PDFKit.PDFDocument; stream: WriteStream; done: Promise<void> } | null = null;
  try {
    if (combinedPdfPath) {
      const doc = newLetterDocument(fonts, { bufferPages: true });
      const stream = createWriteStream(combinedPdfPath);
      files.push(combinedPdfPath);
      combined = { doc, stream, done: finished(stream) };
      doc.pipe(stream);
    }
    const produced: ProducedItem[] = [];
    for (const [index, item] of items.entries()) {
      task.throwIfCancelled();
      const letter = prepared[index];
      const result = producedFigures(item, letter);
      if (letter) {
        const pdf = await renderLetterPdf(fonts, letter.letter, letter.data, base);
        const pdfPath = fileName(item, letter, 'pdf');
        await writeFile(pdfPath, pdf);
        files.push(pdfPath);
        result.pdfPath = pdfPath;
        if (item.channel === 'email') {
          const emlPath = pdfPath.replace(/\.pdf$/, '.eml');
          const pdfName = pdfPath.slice(outDir.length + 1);
          await writeFile(emlPath, await buildEmlDraft(letter.letter, letter.data, pdf, pdfName));
          files.push(emlPath);
          result.emlPath = emlPath;
        }
        if (combined && isPaperChannel(item.channel)) {
          drawLetter(combined.doc, letter.letter, letter.data, base);
          // Written out as soon as its footers are on: a run of thousands of letters is never all in memory.
          combined.doc.flushPages();
        }
      }
      produced.push(result);
      task.progress(index + 1, items.length);
      if ((index + 1) % YIELD_EVERY === 0) await task.yield();
    }
    if (combined) {
      combined.doc.end();
      await combined.done;
    }
    return { outDir, combinedPdfPath, items: produced, files };
  } catch (error) {
    if (combined) {
      // Stop the batch file cleanly: no more writes into it, and its failure is this error, not another.
      combined.done.catch(() => undefined);
      combined.doc.unpipe(combined.stream);
      const closed = new Promise<void>((resolve) => combined!.stream.once('close', () => resolve()));
      combined.stream.destroy();
      // Windows cannot delete a file still open.
      if (!combined.stream.closed) await closed;
    }
    await Promise.all(files.map((file) => rm(file, { force: true })));
    if (createdDir) await rm(createdDir, { recursive: true, force: true });
    throw error;
  }
}
