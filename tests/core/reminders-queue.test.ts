import { describe, expect, it } from 'vitest';
import { TODAY, type TestLedger } from './helpers';
import { addClient, addInvoice, count, reminderLedger } from './reminders-fixture';

/** The day's queue through dispatch on a real ledger, with the shipped standard plan (J-5 … J+60). */

async function queue(ledger: TestLedger, today = TODAY) {
  return ledger.call('reminders.queue', { today });
}

function itemOf(q: Awaited<ReturnType<typeof queue>>, clientId: number) {
  return q.items.filter((i) => i.clientId === clientId);
}

describe('reminders queue: the standard plan', () => {
  it('proposes the courtesy email, the J+7 letter, the J+15 call and the formal notice at J+45', async () => {
    const ledger = await reminderLedger();
    const courtesy = await addClient(ledger, { code: 'C001', name: 'Boulangerie Dupré' });
    const letter = await addClient(ledger, { code: 'C002', name: 'Garage Lefèvre' });
    const call = await addClient(ledger, { code: 'C003', name: 'Imprimerie Roux' });
    const notice = await addClient(ledger, { code: 'C004', name: 'Menuiserie Blanc' });
    const notYet = await addClient(ledger, { code: 'C005', name: 'Pas encore' });
    await addInvoice(ledger, courtesy, '2026-11-25');
    const late8 = await addInvoice(ledger, letter, '2026-11-14', 80_000);
    await addInvoice(ledger, call, '2026-11-06');
    await addInvoice(ledger, notice, '2026-10-07');
    await addInvoice(ledger, notYet, '2026-12-10');
    // History of the older invoices: their earlier steps were taken (skipped) on the day each fell due.
    await ledger.call('reminders.skip', { clientId: call, channel: 'letter', today: '2026-11-13' });
    await ledger.call('reminders.skip', { clientId: notice, channel: 'letter', today: '2026-10-14' });
    await ledger.call('reminders.skip', { clientId: notice, channel: 'call', today: '2026-10-22' });
    await ledger.call('reminders.skip', { clientId: notice, channel: 'letter', today: '2026-11-06' });

    const q = await queue(ledger);
    const summary = q.items.map((i) => [i.clientCode, i.offsetDays, i.channel, i.level, i.invoices.length]);
    expect(summary).toEqual([
      ['C001', -5, 'email', 'courtesy', 1],
      ['C002', 7, 'letter', 'reminder_1', 1],
      ['C003', 15, 'call', 'call_script', 1],
      ['C004', 45, 'registered_letter', 'formal_notice', 1],
    ]);
    const garage = itemOf(q, letter)[0];
    expect(garage).toMatchObject({
      clientName: 'Garage Lefèvre',
      planName: 'Standard',
      totalOpenCents: 80_000,
      recipient: {
        name: 'Contact C002',
        email: 'compta@c002.fr',
        addressLines: ['Garage Lefèvre', '12 rue des Lilas', '69003 Lyon'],
      },
      problems: [],
    });
    expect(garage.invoices).toEqual([
      expect.objectContaining({
        invoiceId: late8.id,
        number: late8.number,
        daysLate: 8,
        offsetDays: 7,
        openCents: 80_000,
      }),
    ]);
    expect(q.excluded).toEqual({ disputed: 0, promised: 0, belowMinimum: 0, postponed: 0 });
  });

  it('drops the courtesy step once the invoice is late and never jumps two steps at once', async () => {
    const ledger = await reminderLedger();
    const client = await addClient(ledger, { code: 'C010' });
    // 50 days late and nothing done yet: the first step after the due date, not the formal notice.
    await addInvoice(ledger, client, '2026-10-03');
    const [item] = (await queue(ledger)).items;
    expect(item).toMatchObject({ offsetDays: 7, channel: 'letter', level: 'reminder_1' });
  });

  it('groups the invoices of a client on one channel in one action, governed by the most advanced step', async () => {
    const ledger = await reminderLedger();
    const client = await addClient(ledger, { code: 'C020' });
    const older = await addInvoice(ledger, client, '2026-10-01', 10_000);
    await ledger.call('reminders.skip', { clientId: client, channel: 'letter', today: '2026-10-08' });
    await ledger.call('reminders.skip', { clientId: client, channel: 'call', today: '2026-10-16' });
    // The older one reaches J+30 (letter), the newer one J+7 (letter): one letter, level of J+30.
    const newer = await addInvoice(ledger, client, '2026-11-12', 20_000);
    const items = (await queue(ledger)).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ channel: 'letter', offsetDays: 30, level: 'reminder_2', totalOpenCents: 30_000 });
    expect(items[0].invoices.map((i) => [i.invoiceId, i.offsetDays])).toEqual([
      [older.id, 30],
      [newer.id, 7],
    ]);
  });

  it('catches up once after a week with the app closed, then waits for the next step', async () => {
    const ledger = await reminderLedger();
    const client = await addClient(ledger, { code: 'C030' });
    await addInvoice(ledger, client, '2026-11-01');
    // Open on 5 November: nothing due (courtesy moot, J+7 is the 8th). Then closed until the 15th.
    expect((await queue(ledger, '2026-11-05')).items).toHaveLength(0);
    const back = await queue(ledger, '2026-11-15');
    expect(back.items.map((i) => [i.offsetDays, i.channel])).toEqual([[7, 'letter']]);
    await ledger.call('reminders.skip', { clientId: client, channel: 'letter', today: '2026-11-15' });
    expect((await queue(ledger, '2026-11-15')).items).toHaveLength(0);
    expect((await queue(ledger, '2026-11-16')).items).toHaveLength(0);
    // J+15 would have been the 16th; the plan's 8-day spacing after the late J+7 puts it on the 23rd.
    expect((await queue(ledger, '2026-11-22')).items).toHaveLength(0);
    expect((await queue(ledger, '2026-11-23')).items.map((i) => [i.offsetDays, i.channel])).toEqual([[15, 'call']]);
  });

  it('leaves out paid invoices, credit notes, invoices to issue and archived clients', async () => {
    const ledger = await reminderLedger();
    const paid = await addClient(ledger, { code: 'C040' });
    const archived = await addClient(ledger, { code: 'C041' });
    const toIssue = await addClient(ledger, { code: 'C042' });
    await addInvoice(ledger, paid, '2026-11-10', 5_000);
    await ledger.call('payments.create', { clientId: paid, date: TODAY, amountCents: 5_000, allocate: 'fifo' });
    await addInvoice(ledger, archived, '2026-11-10');
    await ledger.call('clients.archive', { id: archived, archived: true });
    await ledger.call('invoices.create', { clientId: toIssue, number: 'AE-1', amountCents: 9_000 });
    await ledger.call('invoices.create', {
      clientId: toIssue,
      kind: 'credit_note',
      number: 'AV-1',
      issueDate: '2026-10-01',
      dueDate: '2026-10-01',
      amountCents: 9_000,
    });
    const q = await queue(ledger);
    expect(q.items).toEqual([]);
    expect(q).toMatchObject({ lastPaymentDate: TODAY, paymentsStale: false, paymentsStaleDays: 15 });
  });

  it('warns when the last payment is older than the configured days, or when there is none', async () => {
    const ledger = await reminderLedger();
    expect(await queue(ledger)).toMatchObject({ lastPaymentDate: null, paymentsStale: true });
    const client = await addClient(ledger, { code: 'C050' });
    await ledger.call('payments.create', { clientId: client, date: '2026-11-07', amountCents: 100 });
    expect(await queue(ledger)).toMatchObject({ lastPaymentDate: '2026-11-07', paymentsStale: false });
    expect(await queue(ledger, '2026-11-23')).toMatchObject({ paymentsStale: true });
    expect(count(ledger, 'reminder')).toBe(0);
  });
});
