import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../migrations/frozen/0004-default-templates';
import type { LetterData } from '../../shared/domain/templates/letter-data';
import { findUnknownFields, MERGE_FIELDS } from '../../shared/domain/templates/merge-fields';
import { mergeTemplate, TemplateFieldError, type MergeValues } from '../../shared/domain/templates/merge';
import { buildMergeValues, rateText } from '../../shared/domain/templates/merge-values';
import { letterAsText } from '../../shared/domain/templates/letter-text';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

function sampleData(overrides: Partial<LetterData> = {}): LetterData {
  return {
    language: 'fr',
    level: 'formal_notice',
    channel: 'registered_letter',
    date: '2026-11-22',
    company: {
      name: 'Atelier Dupont SARL',
      legalForm: 'SARL',
      addressLines: ['12 rue de la République', '69002 Lyon'],
      city: 'Lyon',
      siren: '812345678',
      vatNumber: 'FR12812345678',
      phone: '04 78 00 00 00',
      email: 'compta@dupont.fr',
      iban: 'FR7630006000011234567890189',
      bic: 'AGRIFRPP',
      signatoryName: 'Marie Dupont',
      signatoryTitle: 'Gérante',
    },
    client: { id: 1, code: 'C042', name: 'Boulangerie Martin', addressLines: ['5 avenue Jean Jaurès', '75019 Paris'] },
    contact: null,
    invoices: [
      {
        invoiceId: 1,
        number: 'FA-1',
        issueDate: '2026-08-01',
        dueDate: '2026-08-31',
        amountCents: 123456,
        openCents: 123456,
        daysLate: 83,
        interestCents: 3411,
        indemnityCents: 4000,
      },
    ],
    periods: [[]],
    totals: {
      openCents: 123456,
      overdueCents: 123456,
      interestCents: 3411,
      indemnityCents: 4000,
      claimedCents: 130867,
    },
    showInterest: true,
    rule: { rule: 'ecb_plus_10', contractualRateBp: null },
    currentRateBp: 1215,
    deadlineDays: 15,
    ...overrides,
  };
}

describe('merge fields', () => {
  it('lists every key once, the three blocks as blocks', () => {
    const keys = MERGE_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(28);
    expect(MERGE_FIELDS.filter((f) => f.block).map((f) => f.key)).toEqual([
      'invoices.table',
      'totals.table',
      'payment.details',
    ]);
    expect(keys).toContain('interest.rate_text');
  });

  it('finds unknown fields in order, each once, tolerating spaces in the braces', () => {
    expect(findUnknownFields('{{client.name}} {{ client.nom }} {{total.open}} {{oops}} {{client.nom}}')).toEqual([
      'client.nom',
      'oops',
    ]);
    expect(findUnknownFields('no fields, {single} braces')).toEqual([]);
  });

  it('every shipped template uses known fields only', () => {
    for (const template of DEFAULT_TEMPLATES) {
      expect([...findUnknownFields(template.subject), ...findUnknownFields(template.body)], template.code).toEqual([]);
    }
  });
});

describe('mergeTemplate', () => {
  const values = buildMergeValues(sampleData());

  it('turns lines holding only a block into that block and blank lines into paragraph breaks', () => {
    const letter = mergeTemplate(
      'Relance {{client.code}}',
      'Madame,\nMonsieur,\n\n  {{invoices.table}}  \n{{totals.table}}\n\nReste : {{total.open}}.\n\n\n{{payment.details}}',
      values,
    );
    expect(letter.subject).toBe('Relance C042');
    expect(letter.parts).toEqual([
      { kind: 'paragraph', text: 'Madame,\nMonsieur,' },
      { kind: 'invoices' },
      { kind: 'totals' },
      { kind: 'paragraph', text: `Reste : 1${NNBSP}234,56${NBSP}€.` },
      { kind: 'payment' },
    ]);
  });

  it('refuses an unknown field, naming it and its line', () => {
    try {
      mergeTemplate('Objet', 'Bonjour,\n\nVous devez {{total.du}}.', values);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateFieldError);
      const e = error as TemplateFieldError;
      expect([e.key, e.where, e.line]).toEqual(['total.du', 'body', 3]);
      expect(e.message).toContain('{{total.du}}');
      expect(e.message).toContain('ligne 3');
    }
    expect(() => mergeTemplate('Relance {{client.nom}}', 'ok', values)).toThrow(/\{\{client\.nom\}\}.*objet/);
  });

  it('refuses a block inside a sentence or in the subject', () => {
    expect(() => mergeTemplate('Objet', 'Voici : {{invoices.table}}', values)).toThrow(/seul sur sa ligne/);
    expect(() => mergeTemplate('{{totals.table}}', 'ok', values)).toThrow(/objet/);
  });

  it('merges the shipped formal notice with every legal mention filled in', () => {
    const template = DEFAULT_TEMPLATES.find((t) => t.code === 'fr.formal_notice')!;
    const letter = mergeTemplate(template.subject, template.body, values);
    const text = letter.parts.flatMap((p) => (p.kind === 'paragraph' ? [p.text] : [])).join('\n');
    expect(letter.subject).toBe('Mise en demeure de payer');
    expect(text).toContain('la société Boulangerie Martin reste redevable envers la société Atelier Dupont SARL');
    expect(text).toContain(`taux BCE + 10 points, soit 12,15${NBSP}% au 2nd semestre 2026`);
    expect(text).toContain(
      `la somme de 1${NNBSP}308,67${NBSP}€ dans un délai de 15 jours, soit au plus tard le 7${NBSP}décembre 2026`,
    );
    expect(text).not.toMatch(/\{\{/);
    expect(letter.parts.map((p) => p.kind)).toEqual(expect.arrayContaining(['invoices', 'totals', 'payment']));
  });
});

describe('merge values', () => {
  it('writes French money, dates and a neutral salutation without a contact', () => {
    const values: MergeValues = buildMergeValues(sampleData());
    expect(values['total.claimed']).toBe(`1${NNBSP}308,67${NBSP}€`);
    expect(values['letter.date']).toBe(`22${NBSP}novembre 2026`);
    expect(values['letter.place']).toBe('Lyon');
    expect(values['contact.name']).toBe('Madame, Monsieur');
    expect(values['client.address']).toBe('5 avenue Jean Jaurès, 75019 Paris');
    expect(values['deadline.days']).toBe('15');
    expect(values['invoices.count']).toBe('1');
    expect(buildMergeValues(sampleData({ contact: { name: 'Jean Martin', email: '' } }))['contact.name']).toBe(
      'Jean Martin',
    );
  });

  it('writes English formats for English templates', () => {
    const values = buildMergeValues(sampleData({ language: 'en' }));
    expect(values['total.open']).toBe('€1,234.56');
    expect(values['letter.date']).toBe(`22${NBSP}November 2026`);
    expect(values['contact.name']).toBe('Sir or Madam');
    expect(values['interest.rate_text']).toBe(
      'ECB rate + 10 percentage points, i.e. 12.15% in the second half of 2026',
    );
  });

  it('describes a contractual rate, and says so when the legal floor raised it', () => {
    expect(rateText(sampleData({ rule: { rule: 'contractual', contractualRateBp: 1200 }, currentRateBp: 1200 }))).toBe(
      `taux contractuel de 12,00${NBSP}%`,
    );
    expect(rateText(sampleData({ rule: { rule: 'contractual', contractualRateBp: 500 }, currentRateBp: 828 }))).toBe(
      `taux contractuel porté à trois fois le taux d'intérêt légal, soit 8,28${NBSP}% au 2nd semestre 2026`,
    );
  });

  it('renders the letter as plain text with the blocks as lines (email body)', () => {
    const data = sampleData();
    const letter = mergeTemplate(
      'Objet',
      'Bonjour,\n\n{{invoices.table}}\n\n{{totals.table}}\n\n{{payment.details}}',
      buildMergeValues(data),
    );
    const text = letterAsText(letter, data);
    expect(text).toContain(`- Facture FA-1 du 01/08/2026, échéance 31/08/2026 : 1${NNBSP}234,56${NBSP}€`);
    expect(text).toContain(`Total réclamé${NBSP}: 1${NNBSP}308,67${NBSP}€`);
    expect(text).toContain(`IBAN${NBSP}: FR76 3000 6000 0112 3456 7890 189`);
    expect(text).toContain('Marie Dupont');
  });
});
