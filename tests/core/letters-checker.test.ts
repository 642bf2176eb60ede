import { describe, expect, it } from 'vitest';
import { TODAY } from './helpers';
import { letterLedger, usePlan } from './letters-fixture';
import { addClient, addInvoice, count, sqlite } from './reminders-fixture';

/** What the letters add to the queue's problems: templates that cannot merge, rates the tables lack. */

async function noticeLedger() {
  const ledger = await letterLedger();
  const clientId = await addClient(ledger, { code: 'C990', name: 'Menuiserie Blanc' });
  await usePlan(ledger, clientId, [[45, 'registered_letter', 'fr.formal_notice']]);
  await addInvoice(ledger, clientId, '2026-06-15', 100_000);
  return { ledger, clientId };
}

describe('letter problems in the queue', () => {
  it('flags a template holding an unknown field, and generates nothing for it', async () => {
    const { ledger, clientId } = await noticeLedger();
    // Written behind the editor's back (the editor refuses unknown fields), as an older file could hold.
    sqlite(ledger)
      .prepare("UPDATE letter_template SET body = body || '\n\n{{client.telephone}}' WHERE code = 'fr.formal_notice'")
      .run();
    const queue = await ledger.call('reminders.queue', { today: TODAY });
    const item = queue.items.find((i) => i.clientId === clientId)!;
    expect(item.problems).toEqual([
      { code: 'template', message: expect.stringContaining('{{client.telephone}}') as string },
    ]);
    expect(item.problems[0].message).toContain('Mise en demeure');
    const error = await ledger.fail('reminders.generate', {
      items: [{ clientId, channel: 'registered_letter' }],
      today: TODAY,
    });
    expect(error.code).toBe('validation');
    expect(count(ledger, 'reminder')).toBe(0);
  });

  it('flags an ECB table with a gap for an invoice whose interest it cannot price', async () => {
    const { ledger, clientId } = await noticeLedger();
    await ledger.call('rates.ecb.save', { rates: [{ effectiveDate: '2026-03-01', rateBp: 215 }] });
    const item = (await ledger.call('reminders.queue', { today: TODAY })).items.find((i) => i.clientId === clientId)!;
    expect(item.problems).toEqual([
      {
        code: 'ecb_rate',
        message: 'Aucun taux BCE connu au 01/01/2026 : complétez la table des taux BCE dans Paramètres.',
      },
    ]);
    const error = await ledger.fail('reminders.preview', { clientId, channel: 'registered_letter', today: TODAY });
    expect(error.message).toContain('Aucun taux BCE connu au 01/01/2026');
  });

  it('flags a missing legal rate when a contractual rate needs its floor', async () => {
    const { ledger, clientId } = await noticeLedger();
    await ledger.call('penalties.update', { rule: 'contractual', contractualRateBp: 1500 });
    await ledger.call('rates.legal.save', {
      rates: [{ halfYearStart: '2026-07-01', professionalRateBp: 300, consumerRateBp: 600 }],
    });
    const item = (await ledger.call('reminders.queue', { today: TODAY })).items.find((i) => i.clientId === clientId)!;
    expect(item.problems.map((p) => p.code)).toEqual(['legal_rate']);
    expect(item.problems[0].message).toContain('01/01/2026');
  });

  it('leaves letters without interest alone, and a complete table gives no problem', async () => {
    const ledger = await letterLedger();
    const clientId = await addClient(ledger, { code: 'C991' });
    await addInvoice(ledger, clientId, '2026-11-10', 100_000);
    await ledger.call('rates.ecb.save', { rates: [{ effectiveDate: '2026-11-01', rateBp: 215 }] });
    const item = (await ledger.call('reminders.queue', { today: TODAY })).items.find((i) => i.clientId === clientId)!;
    expect(item.level).toBe('reminder_1');
    expect(item.problems).toEqual([]);
    const { ledger: other, clientId: notice } = await noticeLedger();
    const fine = (await other.call('reminders.queue', { today: TODAY })).items.find((i) => i.clientId === notice)!;
    expect(fine.problems).toEqual([]);
  });
});
