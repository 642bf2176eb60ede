import { describe, expect, it } from 'vitest';
import { parseAmountCents, parsePositiveCents } from '../../electron/core/imports/parse/amounts';
import { parseDate } from '../../electron/core/imports/parse/dates';
import { parseDocumentKind, parsePaymentMethod, parsePaymentTerms } from '../../electron/core/imports/parse/values';
import { decodeText } from '../../electron/core/imports/source/decode-text';
import { detectSeparator } from '../../electron/core/imports/source/csv-table';

const cents = (text: string) => {
  const result = parseAmountCents(text);
  return result.ok ? result.value : result.message;
};

describe('amounts as French exports write them', () => {
  it('reads every usual spelling into exact cents', () => {
    expect(cents('1 234,56')).toBe(123456);
    expect(cents('1\u00a0234,56')).toBe(123456); // no-break space
    expect(cents('1\u202f234,56')).toBe(123456); // narrow no-break space (Intl fr-FR)
    expect(cents('1.234,56')).toBe(123456);
    expect(cents('1,234.56')).toBe(123456);
    expect(cents('1234.56')).toBe(123456);
    expect(cents('1234,5')).toBe(123450);
    expect(cents('-12,00')).toBe(-1200);
    expect(cents('12,00 €')).toBe(1200);
    expect(cents('€ 12')).toBe(1200);
    expect(cents('(12,00)')).toBe(-1200);
    expect(cents('12,00-')).toBe(-1200);
    expect(cents('0000000074,70')).toBe(7470); // FEC fixed width
    expect(cents('1 234 567,89')).toBe(123456789);
    expect(cents('0,1')).toBe(10);
    expect(cents('19.990')).toMatch(/ambigu/);
  });

  it('never goes through floating point', () => {
    expect(cents('0,29')).toBe(29);
    expect(cents('1.005,10')).toBe(100510);
    expect(cents('90071992547409,91')).toBe(9007199254740991);
  });

  it('refuses what is not an amount, or ambiguous, with the reason', () => {
    expect(cents('abc')).toMatch(/montant illisible/);
    expect(cents('1,234')).toMatch(/ambigu/);
    expect(cents('12,345')).toMatch(/ambigu/);
    expect(cents('12,3456')).toMatch(/plus de deux décimales/);
    expect(cents('1.2.3,4')).toMatch(/illisible/);
    expect(cents('1e5')).toMatch(/illisible/);
    expect(parsePositiveCents('0,00')).toMatchObject({ ok: false, code: 'zero_amount' });
    expect(parsePositiveCents('-5')).toMatchObject({ ok: false, code: 'negative_amount' });
  });
});

describe('dates', () => {
  it('reads dd/mm/yyyy by default, m/d/yyyy only when asked, ISO and FEC dates always', () => {
    expect(parseDate('15/02/2024', 'dmy')).toEqual({ ok: true, value: '2024-02-15' });
    expect(parseDate('5.2.2024', 'dmy')).toEqual({ ok: true, value: '2024-02-05' });
    expect(parseDate('2/15/2024', 'mdy')).toEqual({ ok: true, value: '2024-02-15' });
    expect(parseDate('03/04/2024', 'mdy')).toEqual({ ok: true, value: '2024-03-04' });
    expect(parseDate('03/04/2024', 'dmy')).toEqual({ ok: true, value: '2024-04-03' });
    expect(parseDate('2024-02-15', 'mdy')).toEqual({ ok: true, value: '2024-02-15' });
    expect(parseDate('2024-02-15 00:00:00', 'dmy')).toEqual({ ok: true, value: '2024-02-15' });
    expect(parseDate('20240215', 'iso')).toEqual({ ok: true, value: '2024-02-15' });
    expect(parseDate('15/02/24', 'dmy')).toEqual({ ok: true, value: '2024-02-15' });
  });

  it('refuses impossible and unreadable dates', () => {
    expect(parseDate('31/02/2024', 'dmy')).toMatchObject({ ok: false, code: 'impossible_date' });
    expect(parseDate('29/02/2023', 'dmy')).toMatchObject({ ok: false, code: 'impossible_date' });
    expect(parseDate('2/15/2024', 'dmy')).toMatchObject({ ok: false, code: 'impossible_date' });
    expect(parseDate('15/02/2024', 'iso')).toMatchObject({ ok: false, code: 'invalid_date' });
    expect(parseDate('le 3 mars', 'dmy')).toMatchObject({ ok: false, message: expect.stringMatching(/jj\/mm\/aaaa/) });
  });
});

describe('words', () => {
  it('reads payment terms, methods and document kinds as written in French', () => {
    expect(parsePaymentTerms('30 jours')).toEqual({ ok: true, value: { days: 30, mode: 'net' } });
    expect(parsePaymentTerms('45 jours fin de mois')).toEqual({
      ok: true,
      value: { days: 45, mode: 'days_then_end_of_month' },
    });
    expect(parsePaymentTerms('Fin de mois 45 j')).toEqual({
      ok: true,
      value: { days: 45, mode: 'end_of_month_then_days' },
    });
    expect(parsePaymentTerms('comptant')).toEqual({ ok: true, value: { days: 0, mode: 'net' } });
    expect(parsePaymentTerms('bientôt').ok).toBe(false);
    expect(parsePaymentMethod('Chèque')).toEqual({ ok: true, value: 'cheque' });
    expect(parsePaymentMethod('PRLV SEPA')).toEqual({ ok: true, value: 'direct_debit' });
    expect(parsePaymentMethod('bitcoin').ok).toBe(false);
    expect(parseDocumentKind('Avoir')).toEqual({ ok: true, value: 'credit_note' });
    expect(parseDocumentKind('')).toEqual({ ok: true, value: 'invoice' });
  });
});

describe('text files', () => {
  it('tells UTF-8 (with or without BOM) from Windows-1252', () => {
    const accents = 'Société Générale;Crédit à payer';
    expect(decodeText(Buffer.from(accents, 'utf8'), 'auto')).toMatchObject({ text: accents, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(accents)]), 'auto')).toMatchObject({
      encoding: 'utf-8',
      hadBom: true,
    });
    expect(decodeText(Buffer.from(accents, 'latin1'), 'auto')).toMatchObject({
      text: accents,
      encoding: 'windows-1252',
    });
    // 0x80–0x9F differ from Latin-1: € œ ’ … are everyday French characters.
    expect(decodeText(Buffer.from([0x31, 0x32, 0x20, 0x80, 0x20, 0x9c, 0x92, 0x85]), 'auto').text).toBe('12 € œ’…');
  });

  it('detects the separator, ignoring commas inside quotes', () => {
    expect(detectSeparator('a;b;c\n1;"2,5";3\n')).toBe(';');
    expect(detectSeparator('a,b,c\n1,"2;5",3\n')).toBe(',');
    expect(detectSeparator('a\tb\tc\n1,5\t2\t3\n')).toBe('\t');
    expect(detectSeparator('Code;Montant\nC1;1234,56\nC2;12,00\n')).toBe(';');
    expect(detectSeparator('one column\nvalue\n')).toBe(';');
  });
});
