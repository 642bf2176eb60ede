import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newLedger, tempDir, TODAY } from './helpers';
import { addCaller, invoiceDue } from './calls-fixture';

/** calls.printList: the day's list as a PDF, checked by its text (pdftotext) and page count (pdfinfo). */

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

function pageCount(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
}

describe('calls.printList', () => {
  it('prints one block per client with phone, amounts, reasons and note lines, pages numbered', async () => {
    const ledger = await newLedger('Atelier Martin SARL');
    const anne = await ledger.call('collectors.create', { name: 'Anne Morel' });
    const codes: string[] = [];
    for (let i = 1; i <= 14; i += 1) {
      const code = `C${String(i).padStart(3, '0')}`;
      codes.push(code);
      const client = await addCaller(ledger, code, {
        creditLimitCents: 1_000,
        phone: `04 78 00 00 ${String(i).padStart(2, '0')}`,
        collectorId: anne.id,
      });
      await invoiceDue(ledger, client, '2026-10-01', 100_000 * i + 12_345);
    }
    const result = await ledger.call('calls.printList', { today: TODAY });
    expect(result.path).toBe(join(dirname(ledger.path), 'test – Appels', 'Appels du 2026-11-22.pdf'));
    expect(result.rows).toBe(14);
    expect(pageCount(result.path)).toBe(result.pages);
    expect(result.pages).toBeGreaterThan(1);

    const text = pdfText(result.path);
    expect(text).toContain('Atelier Martin SARL — appels du 22 novembre 2026');
    expect(text).toContain(`Page 1 / ${result.pages}`);
    expect(text).toContain(`Page ${result.pages} / ${result.pages}`);
    // Highest overdue first: C014 owes 14 123,45 €, formatted with French spaces and the euro sign.
    expect(text.indexOf('Client C014 (C014)')).toBeLessThan(text.indexOf('Client C001 (C001)'));
    expect(text).toMatch(/Tél\. 04 78 00 00 14 — Mme C014/);
    expect(text).toMatch(/Échu 14\s123,45\s€ · retard 52 j · Anne Morel/);
    expect(text).toMatch(/Motifs : encours 14\s123,45\s€ au-delà du plafond de 10,00\s€/);
    expect(text).toContain('☐ joint');
    for (const code of codes) expect(text).toContain(`Client ${code} (${code})`);

    // A second print the same day is a new file; a collector's list carries the name; outDir is honoured.
    const again = await ledger.call('calls.printList', { today: TODAY });
    expect(basename(again.path)).toBe('Appels du 2026-11-22 (2).pdf');
    const out = tempDir();
    const mine = await ledger.call('calls.printList', { today: TODAY, collectorId: anne.id, outDir: out });
    expect(mine.path).toBe(join(out, 'Appels du 2026-11-22 - Anne Morel.pdf'));
    expect(existsSync(mine.path)).toBe(true);
    expect(pdfText(mine.path)).toContain('appels du 22 novembre 2026 — Anne Morel');
  });

  it('prints an empty day as one page saying so', async () => {
    const ledger = await newLedger();
    const result = await ledger.call('calls.printList', { today: TODAY, outDir: tempDir() });
    expect([result.rows, result.pages]).toEqual([0, 1]);
    expect(pdfText(result.path)).toContain('Aucun appel à faire aujourd’hui.');
  });

  it('is handed back to the UI (letters.read, letters.locate) like a letter, and nothing else in its folder is', async () => {
    const ledger = await newLedger('Atelier Martin SARL');
    const client = await addCaller(ledger, 'C001', { creditLimitCents: 1_000, phone: '04 78 00 00 01' });
    await invoiceDue(ledger, client, '2026-10-01', 250_000);
    const { path } = await ledger.call('calls.printList', { today: TODAY });
    const file = await ledger.call('letters.read', { path });
    expect(file).toMatchObject({ fileName: basename(path), mime: 'application/pdf' });
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await ledger.call('letters.locate', { path })).path).toBe(realpathSync(path));
    // Only PDFs there: an .eml dropped beside the list is not one of the core's documents.
    const stray = join(dirname(path), 'stray.eml');
    writeFileSync(stray, 'To: x@example.fr');
    expect(await ledger.fail('letters.read', { path: stray })).toMatchObject({ code: 'not_found', field: 'path' });
  });
});
