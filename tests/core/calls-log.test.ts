import { describe, expect, it } from 'vitest';
import { newLedger, TODAY } from './helpers';
import { addCaller, invoiceDue, rows, writeCounts } from './calls-fixture';

/** calls.log: one transaction for the call, its promise or dispute and the call step it fulfils; bad input writes nothing. */

async function ledgerWithDebt() {
  const ledger = await newLedger();
  const client = await addCaller(ledger, 'C001', { phone: '01 23 45 67 89' });
  const invoice = await invoiceDue(ledger, client, '2026-11-05', 120_000);
  const other = await invoiceDue(ledger, client, '2026-11-10', 30_000);
  await ledger.call('reminders.skip', { clientId: client, channel: 'letter', today: '2026-11-12' });
  return { ledger, client, invoice, other };
}

describe('calls.log', () => {
  it('records a promise with the call, pauses the reminders and marks the call step done', async () => {
    const { ledger, client, invoice } = await ledgerWithDebt();
    const sheet = await ledger.call('calls.sheet', { clientId: client, today: TODAY });
    const logged = await ledger.call('calls.log', {
      clientId: client,
      contactId: sheet.phones[0].contactId!,
      phone: '+33 1 23 45 67 89',
      outcome: 'promise',
      note: 'virement vendredi',
      promise: { date: '2026-11-27', amountCents: 120_000, invoiceIds: [invoice.id] },
      today: TODAY,
    });
    expect(logged.call).toMatchObject({
      outcome: 'promise',
      phone: '+33123456789',
      tel: 'tel:+33123456789',
      contactName: 'Mme C001',
      callDate: TODAY,
      note: 'virement vendredi',
    });
    expect(logged.promise).toMatchObject({
      status: 'open',
      createdOn: TODAY,
      promisedDate: '2026-11-27',
      graceEndsOn: '2026-11-30',
      amountCents: 120_000,
      invoices: [{ invoiceId: invoice.id, number: invoice.number, openCents: 120_000 }],
    });
    expect(logged.call.reminderId).not.toBeNull();
    expect(rows(ledger, 'reminder', `id = ${logged.call.reminderId} AND channel = 'call' AND offset_days = 15`)).toBe(
      1,
    );
    // The pending promise pauses the client's reminders until its date + grace.
    const queue = await ledger.call('reminders.queue', { today: '2026-11-28' });
    expect(queue.items.filter((i) => i.clientId === client)).toEqual([]);
    expect(queue.excluded.promised).toBe(1);
    const kinds = sheetKinds(await ledger.call('calls.sheet', { clientId: client, today: TODAY }));
    expect(kinds.slice(0, 3)).toEqual(['call.logged', 'promise.created', 'reminder.done']);
  });

  it('opens a dispute raised during the call', async () => {
    const { ledger, client, other } = await ledgerWithDebt();
    const logged = await ledger.call('calls.log', {
      clientId: client,
      phone: '0123456789',
      outcome: 'dispute',
      dispute: { invoiceId: other.id, reason: 'quality', comment: 'pièces abîmées' },
      today: TODAY,
    });
    expect(logged.dispute).toMatchObject({ invoiceId: other.id, reason: 'quality', status: 'open', openedOn: TODAY });
    expect(logged.call.disputeId).toBe(logged.dispute!.id);
    const sheet = await ledger.call('calls.sheet', { clientId: client, today: TODAY });
    expect(sheet.invoices.map((i) => [i.number, i.disputed])).toEqual([
      [expect.any(String), false],
      [other.number, true],
    ]);
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    const { ledger, client, invoice } = await ledgerWithDebt();
    const archived = await addCaller(ledger, 'C009');
    await ledger.call('clients.archive', { id: archived, archived: true });
    const before = writeCounts(ledger);
    const base = { clientId: client, phone: '01 23 45 67 89', today: TODAY } as const;
    const cases: Array<[object, string, RegExp]> = [
      [{ ...base, clientId: archived, outcome: 'reached' }, 'clientId', /C009.*archived/],
      [{ ...base, phone: '12 34', outcome: 'reached' }, 'phone', /"12 34" cannot be dialled/],
      [{ ...base, phone: '01 23 45 67', outcome: 'reached' }, 'phone', /French number has 10 digits/],
      [{ ...base, phone: 'appeler Paul', outcome: 'reached' }, 'phone', /no letters/],
      [
        { ...base, outcome: 'promise', promise: { date: '2026-11-01', amountCents: 1_000 } },
        'promise.date',
        /2026-11-01 is in the past \(today is 2026-11-22\)/,
      ],
      [
        { ...base, outcome: 'promise', promise: { date: '2026-11-30', amountCents: 150_001 } },
        'promise.amountCents',
        /1\s500,01\s€ exceed the 1\s500,00\s€ still open for Client C001/,
      ],
      [
        {
          ...base,
          outcome: 'promise',
          promise: { date: '2026-11-30', amountCents: 120_001, invoiceIds: [invoice.id] },
        },
        'promise.amountCents',
        /exceed the 1\s200,00\s€ still open on the invoices named/,
      ],
      [{ ...base, outcome: 'promise' }, 'promise', /needs the promise/],
      [{ ...base, outcome: 'call_back' }, 'nextActionDate', /needs a nextActionDate/],
      [{ ...base, outcome: 'reached', nextActionDate: '2026-11-02' }, 'nextActionDate', /in the past/],
      [
        { ...base, outcome: 'dispute', dispute: { invoiceId: 999, reason: 'price' } },
        'dispute.invoiceId',
        /not an invoice of this client/,
      ],
    ];
    for (const [input, field, message] of cases) {
      const error = await ledger.fail('calls.log', input as never);
      expect({ field: error.field, message: error.message }).toEqual({
        field,
        message: expect.stringMatching(message),
      });
    }
    // The call step was computed and would have been recorded before the promise failed: rolled back with it.
    expect(writeCounts(ledger)).toEqual(before);
  });

  it('accepts the French and international ways of writing a number', async () => {
    const { ledger, client } = await ledgerWithDebt();
    const forms: Array<[string, string]> = [
      ['01 23 45 67 89', '+33123456789'],
      ['01.23.45.67.89', '+33123456789'],
      ['+33 (0)1 23 45 67 89', '+33123456789'],
      ['0033 6 12 34 56 78', '+33612345678'],
      ['+44 20 7946 0958', '+442079460958'],
      ['0049 30 1234567', '+49301234567'],
    ];
    for (const [written, e164] of forms) {
      const { call } = await ledger.call('calls.log', {
        clientId: client,
        phone: written,
        outcome: 'voicemail',
        today: TODAY,
      });
      expect([written, call.phone, call.tel]).toEqual([written, e164, `tel:${e164}`]);
    }
  });
});

function sheetKinds(sheet: { timeline: Array<{ kind: string }> }): string[] {
  return sheet.timeline.map((t) => t.kind);
}
