import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, TODAY } from './helpers';
import { addClient, addInvoice, count, reminderLedger, sqlite } from './reminders-fixture';

/** Skipping, history, tracking numbers, and what a refused generate leaves behind: nothing. */

function activities(ledger: Awaited<ReturnType<typeof reminderLedger>>, kind: string) {
  return sqlite(ledger).prepare('SELECT summary, data FROM activity WHERE kind = ? ORDER BY id').all(kind) as Array<{
    summary: string;
    data: string;
  }>;
}

describe('reminders.skip and history', () => {
  it('records the skipped step with its invoices, and the plan moves on', async () => {
    const ledger = await reminderLedger();
    const client = await addClient(ledger, { code: 'C200', name: 'Garage Lefèvre' });
    const a = await addInvoice(ledger, client, '2026-11-14', 100_000);
    const b = await addInvoice(ledger, client, '2026-11-10', 23_456);
    const record = await ledger.call('reminders.skip', { clientId: client, channel: 'letter' });
    expect(record).toMatchObject({
      clientCode: 'C200',
      clientName: 'Garage Lefèvre',
      date: TODAY,
      status: 'skipped',
      channel: 'letter',
      offsetDays: 7,
      level: 'reminder_1',
      invoiceNumbers: [b.number, a.number],
      openCents: 123_456,
      documentPath: null,
      trackingNumber: null,
    });
    const rows = sqlite(ledger)
      .prepare('SELECT invoice_id, offset_days FROM reminder_invoice ORDER BY invoice_id')
      .all();
    expect(rows).toEqual([
      { invoice_id: a.id, offset_days: 7 },
      { invoice_id: b.id, offset_days: 7 },
    ]);
    const [activity] = activities(ledger, 'reminder.skipped');
    expect(activity.summary).toContain('Relance 1 par courrier : 2 factures, 1\u00a0234,56\u00a0€');
    expect(JSON.parse(activity.data)).toMatchObject({
      reminderId: record.id,
      invoices: [
        { id: b.id, number: b.number, offsetDays: 7 },
        { id: a.id, number: a.number, offsetDays: 7 },
      ],
    });
    expect((await ledger.call('reminders.queue', {})).items).toEqual([]);

    const again = await ledger.fail('reminders.skip', { clientId: client, channel: 'letter' });
    expect(again.code).toBe('not_found');
    expect(again.message).toContain('C200');
    expect(again.message).toContain('letter');
    expect(count(ledger, 'reminder')).toBe(1);

    const history = await ledger.call('reminders.history', { clientId: client });
    expect(history.total).toBe(1);
    expect(history.rows[0].id).toBe(record.id);
  });

  it('lists the history most recent first, for one client or all', async () => {
    const ledger = await reminderLedger();
    const first = await addClient(ledger, { code: 'C210' });
    const second = await addClient(ledger, { code: 'C211' });
    await addInvoice(ledger, first, '2026-10-01');
    await addInvoice(ledger, second, '2026-11-01');
    await ledger.call('reminders.skip', { clientId: first, channel: 'letter', today: '2026-10-08' });
    await ledger.call('reminders.skip', { clientId: second, channel: 'letter', today: '2026-11-08' });
    await ledger.call('reminders.skip', { clientId: first, channel: 'call', today: '2026-10-16' });
    const all = await ledger.call('reminders.history', {});
    expect(all.rows.map((r) => [r.clientCode, r.date])).toEqual([
      ['C211', '2026-11-08'],
      ['C210', '2026-10-16'],
      ['C210', '2026-10-08'],
    ]);
    const mine = await ledger.call('reminders.history', { clientId: first, limit: 1 });
    expect(mine).toMatchObject({ total: 2, rows: [{ date: '2026-10-16', channel: 'call' }] });
  });

  it('takes a tracking number on a registered letter only', async () => {
    const ledger = await reminderLedger();
    const client = await addClient(ledger, { code: 'C220' });
    await addInvoice(ledger, client, '2026-10-01');
    const letter = await ledger.call('reminders.skip', { clientId: client, channel: 'letter', today: '2026-10-08' });
    const refused = await ledger.fail('reminders.setTracking', { id: letter.id, trackingNumber: '1A 234 567 8901 2' });
    expect(refused).toMatchObject({ code: 'validation', field: 'id' });
    expect(refused.message).toContain('registered letter');
    const missing = await ledger.fail('reminders.setTracking', { id: 999, trackingNumber: 'X' });
    expect(missing.code).toBe('not_found');

    // A done registered letter, as a generate run writes it.
    sqlite(ledger)
      .prepare(
        `INSERT INTO reminder (client_id, offset_days, channel, level, date, status)
         VALUES (?, 45, 'registered_letter', 'formal_notice', ?, 'done')`,
      )
      .run(client, TODAY);
    const id = (sqlite(ledger).prepare('SELECT MAX(id) AS id FROM reminder').get() as { id: number }).id;
    const tracked = await ledger.call('reminders.setTracking', { id, trackingNumber: '1A 234 567 8901 2' });
    expect(tracked).toMatchObject({ id, trackingNumber: '1A 234 567 8901 2', channel: 'registered_letter' });
    expect(activities(ledger, 'reminder.tracking').map((a) => a.summary)).toEqual([
      `N° de recommandé 1A 234 567 8901 2 (lettre du 22/11/2026)`,
    ]);
  });
});

describe('reminders.generate refusals: nothing half generated', () => {
  async function ledgerWithQueue() {
    const ledger = await reminderLedger();
    const ok = await addClient(ledger, { code: 'C300', name: 'Imprimerie Roux' });
    const noAddress = await addClient(ledger, { code: 'C301', name: 'Boulangerie Dupré', address: false });
    const calling = await addClient(ledger, { code: 'C302' });
    await addInvoice(ledger, ok, '2026-11-14');
    await addInvoice(ledger, noAddress, '2026-11-14');
    await addInvoice(ledger, calling, '2026-11-01');
    await ledger.call('reminders.skip', { clientId: calling, channel: 'letter', today: '2026-11-08' });
    return { ledger, ok, noAddress, calling, outDir: join(tempDir(), 'lettres') };
  }

  function untouched(ledger: Awaited<ReturnType<typeof reminderLedger>>, outDir: string, reminders: number) {
    expect(count(ledger, 'reminder')).toBe(reminders);
    expect(count(ledger, 'activity', "kind = 'reminder.done'")).toBe(0);
    expect(existsSync(outDir) ? readdirSync(outDir) : []).toEqual([]);
  }

  it('refuses an item with a problem, naming the client and the problem', async () => {
    const { ledger, ok, noAddress, outDir } = await ledgerWithQueue();
    const error = await ledger.fail('reminders.generate', {
      items: [
        { clientId: ok, channel: 'letter' },
        { clientId: noAddress, channel: 'letter' },
      ],
      outDir,
    });
    expect(error.code).toBe('validation');
    expect(error.message).toContain('Boulangerie Dupré (C301)');
    expect(error.message).toContain("Pas d'adresse postale");
    untouched(ledger, outDir, 1);
  });

  it('refuses a call (logged from the Appels list) and an action not in the queue', async () => {
    const { ledger, ok, calling, outDir } = await ledgerWithQueue();
    const call = await ledger.fail('reminders.generate', { items: [{ clientId: calling, channel: 'call' }], outDir });
    expect(call).toMatchObject({ code: 'validation', field: 'items.0.channel' });
    expect(call.message).toContain('Appels');
    const absent = await ledger.fail('reminders.generate', {
      items: [
        { clientId: ok, channel: 'letter' },
        { clientId: ok, channel: 'registered_letter' },
      ],
      outDir,
    });
    expect(absent).toMatchObject({ code: 'not_found', field: 'items.1.clientId' });
    expect(absent.message).toContain('C300');
    untouched(ledger, outDir, 1);
  });
});
