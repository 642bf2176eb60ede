import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../electron/core/calls/phone-number';

/** Phone numbers as people type them → E.164, or a reason why they cannot be dialled. */

describe('parsePhone', () => {
  it('reads French and international forms', () => {
    const ok = (raw: string) => {
      const p = parsePhone(raw);
      return p.ok ? [p.e164, p.display] : p.reason;
    };
    expect(ok('01 23 45 67 89')).toEqual(['+33123456789', '01 23 45 67 89']);
    expect(ok('06-12-34-56-78')).toEqual(['+33612345678', '06 12 34 56 78']);
    expect(ok('+33 1 23 45 67 89')).toEqual(['+33123456789', '01 23 45 67 89']);
    expect(ok('+33 (0)1 23 45 67 89')).toEqual(['+33123456789', '01 23 45 67 89']);
    expect(ok('0033 1 23 45 67 89')).toEqual(['+33123456789', '01 23 45 67 89']);
    expect(ok('+32 2 555 12 12')).toEqual(['+3225551212', '+3225551212']);
    expect(ok('0041 22 123 45 67')).toEqual(['+41221234567', '+41221234567']);
  });

  it('says why a number cannot be dialled', () => {
    const reason = (raw: string) => {
      const p = parsePhone(raw);
      return p.ok ? p.e164 : p.reason;
    };
    expect(reason('')).toBe('the number is empty');
    expect(reason('01 23 45 67')).toBe('a French number has 10 digits');
    expect(reason('+33 1 23 45')).toMatch(/9 digits after \+33/);
    expect(reason('00 12')).toMatch(/7 to 15 digits/);
    expect(reason('tel. Paul')).toMatch(/no letters/);
    expect(reason('12345678')).toMatch(/leading 0 or the country code/);
    expect(reason('01 23 + 45 67 89')).toMatch(/\+ can only come first/);
    expect(reason('01#23')).toMatch(/characters/);
  });

  it('gives the same E.164 for a French number however it is written', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
        fc.constantFrom(' ', '.', '-', ''),
        (first, rest, sep) => {
          const nine = `${first}${rest.join('')}`;
          const national = `0${nine}`.replace(/(\d{2})(?=\d)/g, `$1${sep}`);
          const forms = [national, `+33 ${nine}`, `+33 (0)${nine}`, `0033${sep}${nine}`];
          for (const form of forms) expect(parsePhone(form)).toMatchObject({ ok: true, e164: `+33${nine}` });
        },
      ),
    );
  });
});
