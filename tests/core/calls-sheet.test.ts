import { describe, expect, it } from 'vitest';
import { newLedger, TODAY } from './helpers';
import { addCaller, invoiceDue, reached } from './calls-fixture';

/** calls.sheet: what a call needs, on one screen. */

describe('calls.sheet', () => {
  it("shows the client's numbers best first, open invoices, disputes, promises, last calls and the script", async () => {
    const ledger = await newLedger();
    const anne = await ledger.call('collectors.create', { name: 'Anne Morel' });
    const client = await addCaller(ledger, 'C001', {
      phone: '04 78 00 00 01',
      mobile: '06 11 22 33 44',
      collectorId: anne.id,
    });
    await ledger.call('contacts.create', { clientId: client, name: 'Standard', phone: '04 78 99 99 99' });
    await ledger.call('contacts.create', { clientId: client, name: 'Ancien', phone: '12-34' });
    const late = await invoiceDue(ledger, client, '2026-10-23', 120_000);
    const disputed = await invoiceDue(ledger, client, '2026-11-12', 40_000);
    const notDue = await invoiceDue(ledger, client, '2026-12-20', 10_000);
    await ledger.call('disputes.open', { invoiceId: disputed.id, reason: 'price' });
    await ledger.call('reminders.skip', { clientId: client, channel: 'letter', today: '2026-10-30' });
    // The mobile was found wrong, the switchboard reached someone: the switchboard first, the mobile last.
    await ledger.call('calls.log', {
      clientId: client,
      phone: '06 11 22 33 44',
      outcome: 'wrong_number',
      today: '2026-11-20',
    });
    await reached(ledger, client, '2026-11-21', { phone: '04 78 99 99 99', note: 'Mme C001 absente' });

    const sheet = await ledger.call('calls.sheet', { clientId: client, today: TODAY });
    expect(sheet.phones.map((p) => [p.display, p.kind, p.contactName, p.tel])).toEqual([
      ['04 78 99 99 99', 'phone', 'Standard', 'tel:+33478999999'],
      ['04 78 00 00 01', 'phone', 'Mme C001', 'tel:+33478000001'],
      ['06 11 22 33 44', 'mobile', 'Mme C001', 'tel:+33611223344'],
    ]);
    expect(sheet.badPhones).toEqual([
      { number: '12-34', contactName: 'Ancien', message: expect.stringMatching(/leading 0/) },
    ]);
    expect(sheet.invoices.map((i) => [i.number, i.openCents, i.daysLate, i.disputed])).toEqual([
      [late.number, 120_000, 30, false],
      [disputed.number, 40_000, 10, true],
      [notDue.number, 10_000, 0, false],
    ]);
    expect(sheet.client).toMatchObject({
      code: 'C001',
      collectorName: 'Anne Morel',
      overdueCents: 160_000,
      oldestDaysLate: 30,
    });
    expect(sheet.disputes.map((d) => d.invoiceNumber)).toEqual([disputed.number]);
    expect(sheet.calls.map((c) => [c.outcome, c.collectorName])).toEqual([
      ['reached', 'Anne Morel'],
      ['wrong_number', 'Anne Morel'],
    ]);
    expect(sheet.timeline[0]).toMatchObject({
      kind: 'call.logged',
      summary: expect.stringMatching(/04 78 99 99 99.*joint — Mme C001 absente/),
    });
    expect(sheet.timeline.length).toBeLessThanOrEqual(10);
    // The J+15 call step fell due on 7 November: the call of the 20th fulfilled it, the next one did not repeat it.
    expect(sheet.reasons).toEqual([]);
    expect(sheet.calls.map((c) => c.reminderId === null)).toEqual([true, false]);
    // The shipped call script, merged.
    expect(sheet.script?.subject).toBe('Appel de relance');
    expect(sheet.script?.paragraphs[0]).toMatch(
      /^Bonjour, Anne Morel de la société Société Test SARL\. Je souhaiterais parler à Standard/,
    );
    expect(sheet.script?.paragraphs[1]).toMatch(/2 facture\(s\) échue\(s\) pour un total de 1\s600,00\s€/);
    expect(sheet.script?.paragraphs.join(' ')).not.toMatch(/\{\{/);
  });

  it('keeps at most ten calls and ten timeline events, newest first', async () => {
    const ledger = await newLedger();
    const client = await addCaller(ledger, 'C001');
    for (let i = 1; i <= 12; i += 1) await reached(ledger, client, TODAY, { note: `appel ${i}` });
    const sheet = await ledger.call('calls.sheet', { clientId: client, today: TODAY });
    expect(sheet.calls.map((c) => c.note)).toEqual(Array.from({ length: 10 }, (_, i) => `appel ${12 - i}`));
    expect(sheet.timeline).toHaveLength(10);
    expect(sheet.timeline[0].summary).toMatch(/appel 12$/);
    expect((await ledger.fail('calls.sheet', { clientId: 999 })).code).toBe('not_found');
  });
});
