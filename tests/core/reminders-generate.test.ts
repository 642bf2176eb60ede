import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, TODAY } from './helpers';
import { addClient, addInvoice, count, reminderLedger, sqlite } from './reminders-fixture';

/** The full run: documents produced by the letters module, then every action recorded in one transaction. */

async function ledgerWithThreeActions() {
  const ledger = await reminderLedger();
  const letter = await addClient(ledger, { code: 'C400', name: 'Garage Lefèvre' });
  const notice = await addClient(ledger, { code: 'C401', name: 'Menuiserie Blanc' });
  const email = await addClient(ledger, { code: 'C402', name: 'Café du Port' });
  await addInvoice(ledger, letter, '2026-11-14', 123_456);
  const late = await addInvoice(ledger, notice, '2026-10-07', 250_000);
  await addInvoice(ledger, email, '2026-11-26', 40_000);
  await ledger.call('reminders.skip', { clientId: notice, channel: 'letter', today: '2026-10-14' });
  await ledger.call('reminders.skip', { clientId: notice, channel: 'call', today: '2026-10-22' });
  await ledger.call('reminders.skip', { clientId: notice, channel: 'letter', today: '2026-11-06' });
  const items = [
    { clientId: letter, channel: 'letter' as const },
    { clientId: notice, channel: 'registered_letter' as const },
    { clientId: email, channel: 'email' as const },
  ];
  return { ledger, items, late, outDir: join(tempDir(), 'relances') };
}

describe('reminders.generate', () => {
  it('writes the letters and the email draft, records each action with its figures, and moves the plan on', async () => {
    const { ledger, items, late, outDir } = await ledgerWithThreeActions();
    const run = await ledger.call('reminders.generate', { items, outDir });
    expect(run).toMatchObject({ outDir, letterCount: 2, emailCount: 1 });
    expect(run.combinedPdfPath && existsSync(run.combinedPdfPath)).toBe(true);
    expect(run.documents.map((d) => [d.clientId, d.channel])).toEqual(items.map((i) => [i.clientId, i.channel]));
    const email = run.documents.find((d) => d.channel === 'email')!;
    expect(email.emlPath && existsSync(email.emlPath)).toBe(true);

    const rows = sqlite(ledger)
      .prepare(
        `SELECT id, channel, status, level, offset_days, document_path, email_path, open_cents, interest_cents,
          indemnity_cents FROM reminder WHERE status = 'done' ORDER BY id`,
      )
      .all() as Array<Record<string, unknown>>;
    expect(rows.map((r) => [r.channel, r.level, r.offset_days, r.open_cents])).toEqual([
      ['letter', 'reminder_1', 7, 123_456],
      ['registered_letter', 'formal_notice', 45, 250_000],
      ['email', 'courtesy', -5, 40_000],
    ]);
    expect(rows.map((r) => r.id)).toEqual(run.documents.map((d) => d.reminderId));
    for (const r of rows) expect(existsSync(r.document_path as string)).toBe(true);
    const notice = rows[1];
    // Late interest and the 40 € indemnity are claimed on the formal notice and recorded with it.
    expect(notice.interest_cents as number).toBeGreaterThan(0);
    expect(notice.indemnity_cents).toBe(4_000);
    const noticeInvoice = sqlite(ledger)
      .prepare(
        'SELECT offset_days, open_cents, interest_cents, indemnity_cents FROM reminder_invoice WHERE reminder_id = ?',
      )
      .get(notice.id);
    expect(noticeInvoice).toEqual({
      offset_days: 45,
      open_cents: 250_000,
      interest_cents: notice.interest_cents,
      indemnity_cents: 4_000,
    });
    const text = execFileSync('pdftotext', [notice.document_path as string, '-']).toString();
    expect(text.toLowerCase()).toContain('mise en demeure');
    expect(text).toContain(late.number);

    const done = sqlite(ledger)
      .prepare("SELECT summary, data FROM activity WHERE kind = 'reminder.done' ORDER BY id")
      .all() as Array<{ summary: string; data: string }>;
    expect(done[0].summary).toBe('Relance 1 par courrier : 1 facture, 1\u00a0234,56\u00a0€');
    expect(done[1].summary).toBe('Mise en demeure par lettre recommandée : 1 facture, 2\u00a0500,00\u00a0€');
    expect(JSON.parse(done[1].data)).toMatchObject({
      documentPath: notice.document_path,
      invoices: [{ id: late.id, number: late.number, offsetDays: 45 }],
    });
    expect((await ledger.call('reminders.queue', { today: TODAY })).items).toEqual([]);

    // Nothing is done twice: the same request again finds nothing due.
    const again = await ledger.fail('reminders.generate', { items, outDir });
    expect(again.code).toBe('not_found');
    expect(count(ledger, 'reminder', "status = 'done'")).toBe(3);

    const tracked = await ledger.call('reminders.setTracking', {
      id: notice.id as number,
      trackingNumber: '1A 123 456 7890 1',
    });
    expect(tracked).toMatchObject({ trackingNumber: '1A 123 456 7890 1', status: 'done', level: 'formal_notice' });
  });

  it('deletes every file written when recording fails, and records nothing', async () => {
    const { ledger, items, outDir } = await ledgerWithThreeActions();
    const reminders = count(ledger, 'reminder');
    const activities = count(ledger, 'activity');
    // The recording transaction fails on its last action, after the documents were written.
    sqlite(ledger).exec(`CREATE TRIGGER fail_email BEFORE INSERT ON reminder WHEN NEW.channel = 'email'
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const error = await ledger.fail('reminders.generate', { items, outDir });
    expect(error.message).toContain('disk full');
    expect(count(ledger, 'reminder')).toBe(reminders);
    expect(count(ledger, 'reminder_invoice')).toBe(3);
    expect(count(ledger, 'activity')).toBe(activities);
    const left = existsSync(outDir) ? readdirSync(outDir, { recursive: true, withFileTypes: true }) : [];
    expect(left.filter((e) => e.isFile()).map((e) => e.name)).toEqual([]);
  });
});
