import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../migrations/frozen/0004-default-templates';
import { TODAY } from './helpers';
import { letterLedger, pdfText, usePlan } from './letters-fixture';
import { addClient, addInvoice } from './reminders-fixture';

const formalNotice = DEFAULT_TEMPLATES.find((t) => t.code === 'fr.formal_notice')!;

describe('templates.preview', () => {
  it('merges a template with the sample client when none is given', async () => {
    const ledger = await letterLedger();
    const preview = await ledger.call('templates.preview', {
      subject: formalNotice.subject,
      body: formalNotice.body,
      level: 'formal_notice',
      language: 'fr',
      today: TODAY,
    });
    const text = preview.letter.parts.flatMap((p) => (p.kind === 'paragraph' ? [p.text] : [])).join('\n');
    expect(text).toContain('la société Client Exemple SARL reste redevable envers la société Atelier Martin SARL');
    expect(preview.invoices.map((i) => [i.number, i.daysLate, i.indemnityCents])).toEqual([
      ['FA-EX-001', 50, 4000],
      ['FA-EX-002', 25, 4000],
    ]);
    // 1 500,00 € 50 days late and 421,25 € 25 days late, all in H2 2026 at 12.15 %:
    //   150000 × 1215 × 50 / 3 650 000 = 2496.58 → 2497;  42125 × 1215 × 25 / 3 650 000 = 350.56 → 351
    expect(preview.invoices.map((i) => i.interestCents)).toEqual([2497, 351]);
    expect(preview.totals).toEqual({
      openCents: 192125,
      overdueCents: 192125,
      interestCents: 2848,
      indemnityCents: 8000,
      claimedCents: 192125 + 2848 + 8000,
    });
  });

  it("uses the client's overdue invoices when a client is given", async () => {
    const ledger = await letterLedger();
    const clientId = await addClient(ledger, { code: 'C950', name: 'Garage Lefèvre' });
    await addInvoice(ledger, clientId, '2026-11-10', 123_456);
    await addInvoice(ledger, clientId, '2026-12-10', 99_999);
    const preview = await ledger.call('templates.preview', {
      subject: 'Relance {{client.code}}',
      body: 'Bonjour {{contact.name}},\n\n{{invoices.table}}\n\nTotal : {{total.open}}',
      level: 'reminder_1',
      language: 'fr',
      clientId,
      today: TODAY,
    });
    expect(preview.letter.subject).toBe('Relance C950');
    expect(preview.letter.parts[0]).toEqual({ kind: 'paragraph', text: 'Bonjour Contact C950,' });
    expect(preview.invoices.map((i) => i.openCents)).toEqual([123_456]);
    expect(preview.totals.interestCents).toBe(0);
  });

  it('refuses an unknown field, naming it and whether it is in the subject or the body', async () => {
    const ledger = await letterLedger();
    const base = { level: 'reminder_1' as const, language: 'fr' as const, today: TODAY };
    const body = await ledger.fail('templates.preview', {
      ...base,
      subject: 'Relance',
      body: 'Bonjour\n\n{{client.nom}}',
    });
    expect(body).toMatchObject({ code: 'validation', field: 'body' });
    expect(body.message).toContain('{{client.nom}}');
    expect(body.message).toContain('ligne 3');
    const subject = await ledger.fail('templates.preview', { ...base, subject: 'Relance {{oups}}', body: 'ok' });
    expect(subject).toMatchObject({ code: 'validation', field: 'subject' });
    expect(subject.message).toContain('{{oups}}');
  });
});

describe('reminders.preview', () => {
  it("returns the queue action's merged letter and its PDF, writing nothing", async () => {
    const ledger = await letterLedger();
    const clientId = await addClient(ledger, { code: 'C960', name: 'Menuiserie Blanc' });
    await usePlan(ledger, clientId, [[45, 'registered_letter', 'fr.formal_notice']]);
    await addInvoice(ledger, clientId, '2026-09-01', 100_000);
    const preview = await ledger.call('reminders.preview', { clientId, channel: 'registered_letter', today: TODAY });
    expect(preview.letter.subject).toBe('Mise en demeure de payer');
    // 82 days late, all in H2 2026: 100000 × 1215 × 82 / 3 650 000 = 2729.59 → 2730.
    expect(preview.invoices[0]).toMatchObject({ daysLate: 82, interestCents: 2730, indemnityCents: 4000 });
    const text = pdfText(Buffer.from(preview.pdfBase64!, 'base64'));
    expect(text).toContain('Lettre recommandée avec accusé de réception');
    expect(text).toContain('27,30 €');
    expect(existsSync(join(dirname(ledger.path), 'test – Relances'))).toBe(false);
  });

  it('gives the call script without a PDF for a call', async () => {
    const ledger = await letterLedger();
    const clientId = await addClient(ledger, { code: 'C961' });
    await usePlan(ledger, clientId, [[10, 'call', 'fr.call_script']]);
    await addInvoice(ledger, clientId, '2026-11-01', 100_000);
    const preview = await ledger.call('reminders.preview', { clientId, channel: 'call', today: TODAY });
    expect(preview.pdfBase64).toBeNull();
    expect(preview.letter.parts[0]).toMatchObject({ kind: 'paragraph' });
    expect((preview.letter.parts[0] as { text: string }).text).toContain('Je souhaiterais parler à Contact C961');
  });
});
