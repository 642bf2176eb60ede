import { describe, expect, it } from 'vitest';
import { centsToInput, parseMoney } from '../../renderer/format/money-input';

/** French amounts as users type or paste them, read into cents without floats. */
describe('parseMoney', () => {
  it.each([
    ['1 234,56', 123_456],
    ['1\u00a0234,56', 123_456],
    ['1\u202f234,56 €', 123_456],
    ['1234,56', 123_456],
    ['1234.56', 123_456],
    ['1.234,56', 123_456],
    ['1.234.567', 123_456_700],
    ['12,5', 1_250],
    ['12', 1_200],
    ['0,01', 1],
    ['€ 45', 4_500],
    ['45 EUR', 4_500],
    ['-12,00', -1_200],
    ['  7,10  ', 710],
    ['0,10', 10],
    // 0.1 + 0.2 style float trouble never arises: digits are joined as text.
    ['19,99', 1_999],
    ['1 000 000,07', 100_000_007],
  ])('reads %j as %i cents', (text, cents) => {
    expect(parseMoney(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ['12,345', 'too_precise'],
    ['1.234', 'too_precise'],
    ['abc', 'invalid'],
    ['12a', 'invalid'],
    ['1e5', 'invalid'],
    ['12 34', 'invalid'],
    ['1,234.56', 'invalid'],
    ['1 23,4', 'invalid'],
    ['12,', 'invalid'],
    [',50', 'invalid'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['99999999999999', 'too_large'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseMoney(text)).toEqual({ ok: false, reason });
  });

  it('writes cents back as editable text', () => {
    expect(centsToInput(123_456)).toBe('1234,56');
    expect(centsToInput(5)).toBe('0,05');
    expect(centsToInput(-1_200)).toBe('-12,00');
    expect(centsToInput(null)).toBe('');
    for (const cents of [0, 1, 99, 100, 123_456_789])
      expect(parseMoney(centsToInput(cents))).toEqual({ ok: true, cents });
  });
});
