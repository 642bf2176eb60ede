import { realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, TODAY } from './helpers';
import { letterLedger } from './letters-fixture';
import { addClient, addInvoice } from './reminders-fixture';

async function generated(outDir?: string) {
  const ledger = await letterLedger();
  const clientId = await addClient(ledger, { code: 'C900', name: 'Garage Lefèvre' });
  await addInvoice(ledger, clientId, '2026-11-10', 50_000);
  const run = await ledger.call('reminders.generate', {
    items: [{ clientId, channel: 'letter' }],
    outDir,
    today: TODAY,
  });
  return { ledger, run };
}

describe('letters.read and the letters folder', () => {
  it('writes beside the ledger by default, a new folder per run of the day, and reads the files back', async () => {
    const { ledger, run } = await generated();
    expect(run.outDir).toBe(join(dirname(ledger.path), 'test – Relances', TODAY));
    const file = await ledger.call('letters.read', { path: run.documents[0].pdfPath! });
    expect(file.mime).toBe('application/pdf');
    expect(file.fileName).toBe('2026-11-22 C900 reminder_1.pdf');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const batch = await ledger.call('letters.read', { path: run.combinedPdfPath! });
    expect(batch.fileName).toBe('2026-11-22 – Lettres à imprimer.pdf');

    // A second run the same day does not mix with the first.
    const other = await addClient(ledger, { code: 'C901' });
    await addInvoice(ledger, other, '2026-11-10', 50_000);
    const second = await ledger.call('reminders.generate', {
      items: [{ clientId: other, channel: 'letter' }],
      today: TODAY,
    });
    expect(second.outDir).toBe(join(dirname(ledger.path), 'test – Relances', `${TODAY} (2)`));
  });

  it('refuses anything outside the letters folder, however the path is written', async () => {
    const { ledger, run } = await generated();
    const escape = join(run.outDir, '..', '..', 'test.encaisse');
    expect(await ledger.fail('letters.read', { path: escape })).toMatchObject({ code: 'not_found', field: 'path' });
    const outside = join(tempDir(), 'secret.pdf');
    writeFileSync(outside, '%PDF-1.4 not ours');
    expect(await ledger.fail('letters.read', { path: outside })).toMatchObject({ code: 'not_found', field: 'path' });
    expect(await ledger.fail('letters.read', { path: join(run.outDir, 'missing.pdf') })).toMatchObject({
      code: 'not_found',
    });
    const notes = join(run.outDir, 'notes.txt');
    writeFileSync(notes, 'hello');
    expect(await ledger.fail('letters.read', { path: notes })).toMatchObject({ code: 'not_found' });
    // letters.locate (what the desktop shell may open) follows the same rule.
    expect(await ledger.fail('letters.locate', { path: escape })).toMatchObject({ code: 'not_found', field: 'path' });
    expect(await ledger.fail('letters.locate', { path: outside })).toMatchObject({ code: 'not_found' });
    expect(
      await ledger.call('letters.locate', { path: join(run.outDir, '.', basename(run.documents[0].pdfPath!)) }),
    ).toEqual({
      path: realpathSync(run.documents[0].pdfPath!),
    });
  });

  it('reads a run written to a folder of the user’s choosing, since the reminder recorded it', async () => {
    const { ledger, run } = await generated(join(tempDir(), 'chosen'));
    const file = await ledger.call('letters.read', { path: run.documents[0].pdfPath! });
    expect(file.mime).toBe('application/pdf');
  });
});
