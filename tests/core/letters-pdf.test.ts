import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, TODAY, type TestLedger } from './helpers';
import { letterLedger, pdfPageCount, pdfText, usePlan } from './letters-fixture';
import { addClient, addInvoice, sqlite } from './reminders-fixture';

/** The PDF letters, produced through reminders.generate and read back as text. */

async function editedEcbTable(ledger: TestLedger) {
  // A rate change after 1 January 2026 only applies from 1 July 2026: the two half-years differ.
  const rates = await ledger.call('rates.ecb.list', {});
  await ledger.call('rates.ecb.save', { rates: [...rates, { effectiveDate: '2026-05-01', rateBp: 300 }] });
}

async function formalNoticeLedger(invoiceCount: number) {
  const ledger = await letterLedger();
  await editedEcbTable(ledger);
  const clientId = await addClient(ledger, { code: 'C700', name: 'Menuiserie Blanc' });
  await usePlan(ledger, clientId, [[45, 'registered_letter', 'fr.formal_notice']]);
  // 1 000,00 € due 15/06/2026, letter 22/11/2026: 160 days late.
  // H1 2026: 16–30 June = 15 days at 2.15 % (ECB on 01/01/2026) + 10 = 12.15 %:
  //   100000 × 1215 × 15 / 3 650 000 = 499.32 → 499
  // H2 2026: 1 July–22 November = 145 days at 3.00 % (ECB on 01/07/2026) + 10 = 13.00 %:
  //   100000 × 1300 × 145 / 3 650 000 = 5164.38 → 5164            interest 56,63 €
  const first = await addInvoice(ledger, clientId, '2026-06-15', 100_000);
  for (let i = 1; i < invoiceCount; i += 1)
    await addInvoice(ledger, clientId, `2026-09-${String(i).padStart(2, '0')}`, 50_000 + i * 1_000);
  return { ledger, clientId, first };
}

describe('PDF letters', () => {
  it('writes a two-page mise en demeure with interest and indemnity per invoice, page numbers and the IBAN', async () => {
    const { ledger, clientId, first } = await formalNoticeLedger(26);
    const outDir = join(tempDir(), 'run');
    const run = await ledger.call('reminders.generate', {
      items: [{ clientId, channel: 'registered_letter' }],
      outDir,
      today: TODAY,
    });
    const pdfPath = run.documents[0].pdfPath!;
    expect(pdfPath).toBe(join(outDir, '2026-11-22 C700 formal_notice.pdf'));
    expect(pdfPageCount(pdfPath)).toBe(2);
    const text = pdfText(pdfPath);
    expect(text).toMatch(/Mise en demeure de payer/);
    expect(text.toLowerCase()).toContain('mise en demeure');
    expect(text).toContain('Lettre recommandée avec accusé de réception');
    expect(text).toContain('Page 1 / 2');
    expect(text).toContain('Page 2 / 2');
    expect(text).toContain('FR76 3000 6000 0112 3456 7890 189');
    expect(text).toContain('Lyon, le 22 novembre 2026');
    expect(text).toContain('article 1344 du Code civil');
    // The hand-computed invoice: open amount, 160 days late, 56,63 € interest and its own 40 € indemnity.
    const row = text.split('\n').find((line) => line.includes(first.number))!;
    expect(row).toMatch(/15\/06\/2026\s+1 000,00 €\s+1 000,00 €\s+160\s+56,63 €\s+40,00 €/);
    // The header row is repeated on the second page.
    const pages = text.split('\f');
    expect(pages[1]).toMatch(/N° facture\s+Date\s+Échéance/);

    // What the letter claims is what is recorded, invoice by invoice.
    const lines = sqlite(ledger)
      .prepare(
        'SELECT invoice_id, interest_cents, indemnity_cents, open_cents FROM reminder_invoice ORDER BY invoice_id',
      )
      .all() as Array<{ invoice_id: number; interest_cents: number; indemnity_cents: number; open_cents: number }>;
    expect(lines).toHaveLength(26);
    expect(lines.find((l) => l.invoice_id === first.id)).toMatchObject({ interest_cents: 5663, indemnity_cents: 4000 });
    const sum = (pick: (l: (typeof lines)[number]) => number) => lines.reduce((total, l) => total + pick(l), 0);
    const claimed = sum((l) => l.open_cents) + sum((l) => l.interest_cents) + 26 * 4000;
    const euros = (cents: number) =>
      `${Math.floor(cents / 100)
        .toString()
        .replace(/\B(?=(\d{3})+(?!\d))/g, ' ')},${String(cents % 100).padStart(2, '0')} €`;
    expect(text).toMatch(new RegExp(`Indemnités forfaitaires de recouvrement\\s+${euros(26 * 4000)}`));
    expect(text).toMatch(new RegExp(`Intérêts de retard\\s+${euros(sum((l) => l.interest_cents))}`));
    expect(text).toMatch(new RegExp(`Total réclamé\\s+${euros(claimed)}`));
    expect(text.replace(/\s+/g, ' ')).toContain(
      `la somme de ${euros(claimed)} dans un délai de 15 jours, soit au plus tard le 7 décembre 2026`,
    );

    // The print-ready batch holds the same pages.
    expect(run.combinedPdfPath).toBe(join(outDir, '2026-11-22 – Lettres à imprimer.pdf'));
    expect(pdfPageCount(run.combinedPdfPath!)).toBe(2);
    // Only the embedded DejaVu fonts: pdfkit's built-in Helvetica is never loaded.
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans/);
    expect(fonts).not.toMatch(/Helvetica/);
  });

  it('writes a one-page reminder with the address in the right window of a DL envelope', async () => {
    const ledger = await letterLedger();
    const clientId = await addClient(ledger, { code: 'C701', name: 'Garage Lefèvre' });
    await addInvoice(ledger, clientId, '2026-11-10', 123_456);
    const run = await ledger.call('reminders.generate', {
      items: [{ clientId, channel: 'letter' }],
      outDir: join(tempDir(), 'run'),
      today: TODAY,
    });
    const path = run.documents[0].pdfPath!;
    expect(pdfPageCount(path)).toBe(1);
    const text = pdfText(path);
    expect(text).toContain('Objet : Relance : facture(s) échue(s) restant à régler');
    expect(text).toContain('Le montant restant dû s’élève à 1 234,56 €'.replace('’', "'"));
    expect(text).not.toContain('Page 1 / 1');
    expect(text).not.toContain('Intérêts de retard');
    expect(text).toContain('SIREN 812345678');
    // Word boxes in points: the street line starts 110 mm from the left edge, 50 mm or more from the top.
    const boxes = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
    const street = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>12<\/word>\s*<word[^>]*>rue<\/word>/.exec(boxes)!;
    const [x, y] = [Number(street[1]) / (72 / 25.4), Number(street[2]) / (72 / 25.4)];
    expect(x).toBeCloseTo(110, 0);
    expect(y).toBeGreaterThanOrEqual(50);
    expect(y).toBeLessThan(75);
  });

  it('writes English letters in English formats', async () => {
    const ledger = await letterLedger();
    const clientId = await addClient(ledger, { code: 'C702', name: 'Harbour Trading Ltd' });
    await usePlan(ledger, clientId, [[7, 'letter', 'en.reminder_1']]);
    await addInvoice(ledger, clientId, '2026-11-10', 123_456);
    const run = await ledger.call('reminders.generate', {
      items: [{ clientId, channel: 'letter' }],
      outDir: join(tempDir(), 'run'),
      today: TODAY,
    });
    const text = pdfText(run.documents[0].pdfPath!);
    expect(text).toContain('Subject: Reminder: overdue invoice(s)');
    expect(text).toContain('The amount outstanding is €1,234.56.');
    expect(text).toContain('Lyon, 22 November 2026');
    expect(text).toMatch(/Invoice\s+Date\s+Due date\s+Amount incl. VAT\s+Outstanding\s+Days late/);
  });
});
