import { describe, expect, it } from 'vitest';
import { TODAY } from './helpers';
import { addClient, addInvoice, count, reminderLedger, sqlite } from './reminders-fixture';

/** Who is left out of the day's queue and why; what stops an action from being generated. */

describe('reminders queue: exclusions', () => {
  it('pauses a client under an open promise until its date plus the grace days', async () => {
    const ledger = await reminderLedger();
    const promised = await addClient(ledger, { code: 'C100' });
    const lapsed = await addClient(ledger, { code: 'C101' });
    const kept = await addClient(ledger, { code: 'C102' });
    for (const client of [promised, lapsed, kept]) await addInvoice(ledger, client, '2026-11-14');
    const insert = sqlite(ledger).prepare(
      'INSERT INTO promise (client_id, promised_date, amount_cents, status) VALUES (?, ?, 1000, ?)',
    );
    insert.run(promised, '2026-11-19', 'open'); // + 3 grace days = 22 November: still paused today
    insert.run(lapsed, '2026-11-18', 'open'); // 21 November: over
    insert.run(kept, '2026-12-15', 'kept');
    const q = await ledger.call('reminders.queue', { today: TODAY });
    expect(q.items.map((i) => i.clientCode)).toEqual(['C101', 'C102']);
    expect(q.excluded).toEqual({ disputed: 0, promised: 1, belowMinimum: 0, postponed: 0 });
    const tomorrow = await ledger.call('reminders.queue', { today: '2026-11-23' });
    expect(tomorrow.items.map((i) => i.clientCode)).toEqual(['C100', 'C101', 'C102']);
  });

  it('leaves disputed invoices out, and the whole client under a client-level dispute', async () => {
    const ledger = await reminderLedger();
    const onlyDisputed = await addClient(ledger, { code: 'C110' });
    const partly = await addClient(ledger, { code: 'C111' });
    const wholeClient = await addClient(ledger, { code: 'C112' });
    const contested = await addInvoice(ledger, onlyDisputed, '2026-11-14');
    const contested2 = await addInvoice(ledger, partly, '2026-11-14');
    const fine = await addInvoice(ledger, partly, '2026-11-13');
    await addInvoice(ledger, wholeClient, '2026-11-14');
    await ledger.call('disputes.open', { invoiceId: contested.id, reason: 'quality' });
    await ledger.call('disputes.open', { invoiceId: contested2.id, reason: 'price' });
    sqlite(ledger)
      .prepare("INSERT INTO dispute (client_id, invoice_id, opened_on, reason) VALUES (?, NULL, ?, 'other')")
      .run(wholeClient, TODAY);
    const q = await ledger.call('reminders.queue', { today: TODAY });
    expect(q.items.map((i) => [i.clientCode, i.invoices.map((v) => v.invoiceId)])).toEqual([['C111', [fine.id]]]);
    expect(q.excluded.disputed).toBe(2);
  });

  it('comes back once the dispute is resolved', async () => {
    const ledger = await reminderLedger();
    const client = await addClient(ledger, { code: 'C115' });
    const invoice = await addInvoice(ledger, client, '2026-11-14');
    const dispute = await ledger.call('disputes.open', { invoiceId: invoice.id, reason: 'quality' });
    expect((await ledger.call('reminders.queue', {})).items).toHaveLength(0);
    await ledger.call('disputes.resolve', { id: dispute.id, resolution: 'rejected' });
    expect((await ledger.call('reminders.queue', {})).items.map((i) => i.clientCode)).toEqual(['C115']);
  });

  it('does not chase an action whose open total is below the minimum', async () => {
    const ledger = await reminderLedger();
    const small = await addClient(ledger, { code: 'C120' });
    const big = await addClient(ledger, { code: 'C121' });
    await addInvoice(ledger, small, '2026-11-14', 4_000);
    await addInvoice(ledger, small, '2026-11-13', 999);
    await addInvoice(ledger, big, '2026-11-14', 5_000);
    sqlite(ledger).prepare('UPDATE company SET minimum_dunning_cents = 5000').run();
    const q = await ledger.call('reminders.queue', { today: TODAY });
    expect(q.items.map((i) => i.clientCode)).toEqual(['C121']);
    expect(q.excluded.belowMinimum).toBe(1);
  });

  it('hides a postponed action until the date, and refuses a date that is not after today', async () => {
    const ledger = await reminderLedger();
    const client = await addClient(ledger, { code: 'C130' });
    await addInvoice(ledger, client, '2026-11-14');
    await ledger.call('reminders.postpone', { clientId: client, channel: 'letter', until: '2026-11-25' });
    const hidden = await ledger.call('reminders.queue', { today: TODAY });
    expect(hidden.items).toHaveLength(0);
    expect(hidden.excluded.postponed).toBe(1);
    expect((await ledger.call('reminders.queue', { today: '2026-11-24' })).items).toHaveLength(0);
    expect((await ledger.call('reminders.queue', { today: '2026-11-25' })).items).toHaveLength(1);
    expect(count(ledger, 'activity', "kind = 'reminder.postponed'")).toBe(1);

    const before = count(ledger, 'activity');
    const error = await ledger.fail('reminders.postpone', { clientId: client, channel: 'letter', until: TODAY });
    expect(error).toMatchObject({ code: 'validation', field: 'until' });
    expect(count(ledger, 'activity')).toBe(before);
    // Moving the date again replaces the postponement rather than adding one.
    await ledger.call('reminders.postpone', { clientId: client, channel: 'letter', until: '2026-11-30' });
    expect(count(ledger, 'reminder_postponement')).toBe(1);
  });
});

describe('reminders queue: problems', () => {
  it('flags a letter with no postal address and an email with no email address', async () => {
    const ledger = await reminderLedger();
    const noAddress = await addClient(ledger, { code: 'C042', name: 'Boulangerie Dupré', address: false });
    const noEmail = await addClient(ledger, { code: 'C043', name: 'Café du Port', email: null });
    await addInvoice(ledger, noAddress, '2026-11-14');
    await addInvoice(ledger, noEmail, '2026-11-26');
    const q = await ledger.call('reminders.queue', { today: TODAY });
    const byCode = new Map(q.items.map((i) => [i.clientCode, i]));
    expect(byCode.get('C042')!.problems).toEqual([
      expect.objectContaining({
        code: 'no_address',
        message: expect.stringContaining("Pas d'adresse postale pour Boulangerie Dupré (C042)"),
      }),
    ]);
    expect(byCode.get('C043')).toMatchObject({ channel: 'email', offsetDays: -5 });
    expect(byCode.get('C043')!.problems.map((p) => p.code)).toEqual(['no_email']);
    expect(byCode.get('C043')!.problems[0].message).toContain('Café du Port (C043)');
  });

  it('finds the email on another active contact when the billing contact has none', async () => {
    const ledger = await reminderLedger();
    const client = await addClient(ledger, { code: 'C044', email: null });
    await ledger.call('contacts.create', { clientId: client, name: 'Mme Roux', email: 'roux@c044.fr' });
    await addInvoice(ledger, client, '2026-11-26');
    const [item] = (await ledger.call('reminders.queue', { today: TODAY })).items;
    expect(item.recipient.email).toBe('roux@c044.fr');
    expect(item.problems).toEqual([]);
  });

  it('flags a step without a template', async () => {
    const ledger = await reminderLedger();
    const client = await addClient(ledger, { code: 'C045' });
    await addInvoice(ledger, client, '2026-11-14');
    sqlite(ledger).prepare('UPDATE dunning_step SET template_id = NULL WHERE offset_days = 7').run();
    const [item] = (await ledger.call('reminders.queue', { today: TODAY })).items;
    expect(item.templateId).toBeNull();
    expect(item.problems.map((p) => p.code)).toContain('no_template');
  });
});
