import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import PDFDocument from 'pdfkit';
import type { QueueItem } from '../shared/contract/reminders.types';
import type { CoreContext } from '../electron/core/context';
import { createCore, type Core } from '../electron/core/core';
import { loadLetterBase } from '../electron/core/letters/letter-data';
import { pdfkitFontkit } from '../electron/core/letters/pdf-fonts';
import { documentBuffer } from '../electron/core/letters/pdf-letter';
import { prepareItemLetter } from '../electron/core/letters/prepare-letter';
import { produceDocuments } from '../electron/core/letters/produce-documents';
import { buildQueue } from '../electron/core/reminders/queue';
import { findResourcesDir } from '../electron/core/resources-dir';
import { TaskRegistry } from '../electron/core/tasks';
import type { Figure } from './figures';

/**
 * Letters per second through the real pipeline (queue items → merged letters → one PDF each + the batch PDF),
 * beside bare pdfkit writing the same text lines at fixed positions, one file each, in the same run.
 */
const LETTERS = Number(process.env.LETTERS_BENCH_N ?? 600);
const INVOICES_PER_LETTER = 5;
const TODAY = '2026-11-22';

/** N clients with 5 overdue invoices each; a third on a plan whose only step is the formal notice. */
async function benchLedger(dir: string): Promise<{ core: Core; ctx: CoreContext }> {
  const path = join(dir, 'bench-letters.encaisse');
  const core = await createCore({ dbPath: path, create: { companyName: 'Atelier Martin SARL' }, today: TODAY });
  await core.dispatch('company.update', {
    legalForm: 'SARL',
    siren: '812345678',
    vatNumber: 'FR12812345678',
    addressLine1: '4 quai Saint-Vincent',
    postalCode: '69001',
    city: 'Lyon',
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPP',
    signatoryName: 'Sophie Martin',
    signatoryTitle: 'Gérante',
  });
  const db = core.ledger.sqlite;
  const notice = db.prepare("SELECT id FROM letter_template WHERE code = 'fr.formal_notice'").get() as { id: number };
  const plan = await core.dispatch('dunningPlans.save', {
    code: 'bench',
    name: 'Bench',
    steps: [{ offsetDays: 7, channel: 'registered_letter', templateId: notice.id }],
  });
  if (!plan.ok) throw new Error(plan.error.message);
  const client = db.prepare(
    `INSERT INTO client (code, name, address_line1, postal_code, city, dunning_plan_id) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const contact = db.prepare(`INSERT INTO contact (client_id, name, email, is_primary_billing) VALUES (?, ?, ?, 1)`);
  const invoice = db.prepare(
    `INSERT INTO invoice (client_id, number, status, issue_date, due_date, amount_cents) VALUES (?, ?, 'issued', ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let c = 1; c <= LETTERS; c += 1) {
      const code = `C${String(c).padStart(5, '0')}`;
      const id = Number(
        client.run(
          code,
          `Client ${code} SARL`,
          `${c} rue des Lilas`,
          '69003',
          'Lyon',
          c % 3 === 0 ? (plan.value as { id: number }).id : null,
        ).lastInsertRowid,
      );
      contact.run(id, `Contact ${code}`, `compta@${code.toLowerCase()}.fr`);
      for (let i = 0; i < INVOICES_PER_LETTER; i += 1) {
        const day = String(1 + ((c + i) % 28)).padStart(2, '0');
        invoice.run(id, `FA-${code}-${i}`, `2026-09-${day}`, `2026-10-${day}`, 10_000 + ((c * 7 + i * 131) % 900_000));
      }
    }
  })();
  const ctx: CoreContext = {
    db: core.ledger.db,
    today: () => TODAY,
    tasks: new TaskRegistry(() => undefined),
    ledgerPath: path,
    resourcesDir: findResourcesDir(),
  };
  return { core, ctx };
}

/** The same words the letters print, as lines: paragraphs cut at ~95 characters, one line per table row. */
async function letterLines(ctx: CoreContext, items: QueueItem[]): Promise<string[][]> {
  const base = await loadLetterBase(ctx);
  return items.map((item) => {
    const { letter, data } = prepareItemLetter(base, item, TODAY, 'items');
    const lines = [data.company.name, ...data.company.addressLines, data.client.name, ...data.client.addressLines];
    lines.push(letter.subject);
    for (const part of letter.parts) {
      if (part.kind === 'paragraph') lines.push(...(part.text.match(/.{1,95}(\s|$)/g) ?? []));
      if (part.kind === 'invoices') {
        for (const line of data.invoices) {
          lines.push(
            `${line.number}  ${line.issueDate}  ${line.dueDate}  ${line.amountCents}  ${line.openCents}  ${line.daysLate}`,
          );
        }
      }
    }
    return lines;
  });
}

interface Rate {
  perSecond: number;
  perCpuSecond: number;
}

/** Letters per wall second and per CPU second of this process (steadier when the machine is busy). */
async function timed(count: number, work: () => Promise<unknown>): Promise<Rate> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  await work();
  const used = process.cpuUsage(cpu);
  return {
    perSecond: count / ((performance.now() - started) / 1000),
    perCpuSecond: count / ((used.user + used.system) / 1e6),
  };
}

/** Bare pdfkit: each letter's lines at fixed positions, one file each; fonts as file paths or parsed once. */
async function barePdfkit(lines: string[][], outDir: string, fontsOnce: boolean): Promise<Rate> {
  const fonts = join(findResourcesDir(), 'fonts');
  // Parsed once by plain fontkit, without the pipeline's shared layout and subset caches.
  const parse = (file: string) => pdfkitFontkit().create(readFileSync(join(fonts, file))) as unknown as string;
  const regular = fontsOnce ? parse('DejaVuSans.ttf') : join(fonts, 'DejaVuSans.ttf');
  const bold = fontsOnce ? parse('DejaVuSans-Bold.ttf') : join(fonts, 'DejaVuSans-Bold.ttf');
  await mkdir(outDir, { recursive: true });
  return timed(lines.length, async () => {
    for (const [index, letter] of lines.entries()) {
      const doc = new PDFDocument({ size: 'A4', margin: 0, font: regular as string });
      const bytes = documentBuffer(doc);
      doc.registerFont('bold', bold);
      doc.font('bold').fontSize(12).text(letter[0], 57, 43, { lineBreak: false });
      doc.font(regular).fontSize(9.5);
      letter.slice(1).forEach((line, n) => doc.text(line, 57, 80 + n * 13, { lineBreak: false }));
      doc.end();
      writeFileSync(join(outDir, `${index}.pdf`), await bytes);
    }
  });
}

export async function measureLetters(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'encaisse-letters-bench-'));
  try {
    const { core, ctx } = await benchLedger(dir);
    const queue = await buildQueue(ctx, TODAY);
    const items = queue.items.filter((item) => item.problems.length === 0 && item.channel !== 'call');
    if (items.length !== LETTERS) throw new Error(`expected ${LETTERS} letters in the queue, got ${items.length}`);
    const lines = await letterLines(ctx, items);
    // Warm-up (JIT, font parsing) on a few letters, not measured.
    await produceDocuments(ctx, items.slice(0, 10), {
      today: TODAY,
      outDir: join(dir, 'warm'),
      task: ctx.tasks.start(undefined),
    });
    await barePdfkit(lines.slice(0, 10), join(dir, 'warm-bare'), true);

    let files = 0;
    const pipeline = await timed(items.length, async () => {
      const run = await produceDocuments(ctx, items, {
        today: TODAY,
        outDir: join(dir, 'run'),
        task: ctx.tasks.start(undefined),
      });
      files = run.files.length;
    });
    const bareOnce = await barePdfkit(lines, join(dir, 'bare-once'), true);
    const barePaths = await barePdfkit(lines, join(dir, 'bare-paths'), false);
    await core.close();
    const notices = items.filter((i) => i.channel === 'registered_letter').length;
    const what = `${items.length} letters × ${INVOICES_PER_LETTER} invoices (${notices} formal notices), ${files} files`;
    return [
      {
        what: 'letters: real pipeline, 1 PDF each + batch PDF',
        value: pipeline.perSecond,
        unit: 'letters/s',
        baseline: bareOnce.perSecond,
        ratio: pipeline.perSecond / bareOnce.perSecond,
        target: '≥ 150 letters/s',
        met: pipeline.perSecond >= 150,
        note: `${what}; baseline: bare pdfkit writing the same lines at fixed positions, one file each, fonts parsed once (plain fontkit)`,
      },
      {
        what: 'letters: real pipeline, per CPU second',
        value: pipeline.perCpuSecond,
        unit: 'letters/s',
        baseline: bareOnce.perCpuSecond,
        ratio: pipeline.perCpuSecond / bareOnce.perCpuSecond,
        target: '≥ 150 letters/s',
        met: pipeline.perCpuSecond >= 150,
        note: 'CPU time of this process: steadier than wall time when the machine is busy with other work',
      },
      {
        what: 'letters: bare pdfkit, font files re-read per document',
        value: barePaths.perSecond,
        unit: 'letters/s',
        baseline: bareOnce.perSecond,
        ratio: barePaths.perSecond / bareOnce.perSecond,
        note: 'pdfkit given font paths parses the TTF for every document: why the pipeline caches the parsed fonts',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Standalone: `npx tsx bench/letters-bench.ts`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { figuresTable } = await import('./figures');
  const figures = await measureLetters();
  console.log(figuresTable(figures));
  for (const f of figures) if (f.note) console.log(`  · ${f.what}: ${f.note}`);
}
