import { describe, expect, it } from 'vitest';
import { newLedger, type TestLedger } from './helpers';

function templateRows(ledger: TestLedger): unknown[] {
  return ledger.core.ledger.sqlite.prepare('SELECT * FROM letter_template ORDER BY id').all();
}

const draft = {
  name: 'Relance chantier',
  language: 'fr' as const,
  level: 'reminder_1' as const,
  subject: 'Factures de {{client.name}} en attente',
  body: 'Madame, Monsieur,\n\nIl reste {{total.overdue}} à régler.\n\n{{invoices.table}}\n\n{{signatory.name}}',
};

describe('letter templates', () => {
  it('creates templates with a generated code beside the shipped one, or the code given', async () => {
    const ledger = await newLedger();
    const first = await ledger.call('templates.save', draft);
    expect(first).toMatchObject({ code: 'fr.reminder_1.2', ...draft });
    const second = await ledger.call('templates.save', { ...draft, name: 'Relance chantier bis' });
    expect(second.code).toBe('fr.reminder_1.3');
    const named = await ledger.call('templates.save', { ...draft, code: 'maison.relance', language: 'en' });
    expect(named.code).toBe('maison.relance');

    const french = await ledger.call('templates.list', { language: 'fr' });
    expect(french).toHaveLength(8);
    // Within a level, by name: « Première relance » (shipped), « Relance chantier », « Relance chantier bis ».
    expect(french.filter((t) => t.level === 'reminder_1').map((t) => t.code)).toEqual([
      'fr.reminder_1',
      'fr.reminder_1.2',
      'fr.reminder_1.3',
    ]);
  });

  it('refuses a code already taken and writes nothing', async () => {
    const ledger = await newLedger();
    const before = templateRows(ledger);
    const error = await ledger.fail('templates.save', { ...draft, code: 'fr.courtesy' });
    expect(error).toMatchObject({ code: 'conflict', field: 'code' });
    expect(error.message).toContain('fr.courtesy');
    expect(templateRows(ledger)).toEqual(before);
  });

  it('names an unknown merge field in the subject or the body, and writes nothing', async () => {
    const ledger = await newLedger();
    const shipped = (await ledger.call('templates.list', {}))[0];
    const before = templateRows(ledger);

    const inSubject = await ledger.fail('templates.save', { ...draft, subject: 'Relance {{client.nom}}' });
    expect(inSubject).toMatchObject({ code: 'validation', field: 'subject' });
    expect(inSubject.message).toContain('{{client.nom}}');

    const inBody = await ledger.fail('templates.save', {
      ...draft,
      id: shipped.id,
      body: `${draft.body}\n\nÉchéance : {{ deadline.jour }} — {{iban}} {{iban}}`,
    });
    expect(inBody).toMatchObject({ code: 'validation', field: 'body' });
    expect(inBody.message).toContain('{{deadline.jour}}, {{iban}}.');

    const blockInSubject = await ledger.fail('templates.save', { ...draft, subject: '{{invoices.table}}' });
    expect(blockInSubject).toMatchObject({ code: 'validation', field: 'subject' });
    expect(templateRows(ledger)).toEqual(before);
  });

  it('updates a template in place, keeping its code unless a new one is given', async () => {
    const ledger = await newLedger();
    const shipped = (await ledger.call('templates.list', {})).find((t) => t.code === 'fr.reminder_2')!;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await ledger.call('templates.save', {
      id: shipped.id,
      name: 'Deuxième relance (ferme)',
      language: 'fr',
      level: 'reminder_2',
      subject: shipped.subject,
      body: `${shipped.body}\n\n{{company.phone}}`,
    });
    expect(updated).toMatchObject({ id: shipped.id, code: 'fr.reminder_2', name: 'Deuxième relance (ferme)' });
    expect(updated.body.endsWith('{{company.phone}}')).toBe(true);
    expect(updated.updatedAt > shipped.updatedAt).toBe(true);

    const recoded = await ledger.call('templates.save', { ...draft, id: shipped.id, code: 'fr.relance_2' });
    expect(recoded.code).toBe('fr.relance_2');
    const clash = await ledger.fail('templates.save', { ...draft, id: shipped.id, code: 'fr.reminder_1' });
    expect(clash).toMatchObject({ code: 'conflict', field: 'code' });
    expect(await ledger.fail('templates.save', { ...draft, id: 9_999 })).toMatchObject({
      code: 'not_found',
      field: 'id',
    });
  });
});
