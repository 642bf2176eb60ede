/**
 * Phone numbers as people type them. French forms (`01 23 45 67 89`, `+33 1 23 45 67 89`, `+33 (0)1…`,
 * `0033 1…`) and international ones (`+44 20…`, `0044 20…`) become E.164; anything else cannot be dialled
 * and says why (English, like the core's other messages). Pure: no database.
 */

export type ParsedPhone = { ok: true; e164: string; display: string } | { ok: false; reason: string };

function frenchDisplay(nineDigits: string): string {
  return `0${nineDigits}`.replace(/(\d{2})(?=\d)/g, '$1 ');
}

export function parsePhone(raw: string): ParsedPhone {
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'the number is empty' };
  if (/[a-z]/i.test(text)) return { ok: false, reason: 'a phone number has no letters' };
  if (/[^\d\s.\-()+/]/.test(text)) return { ok: false, reason: 'it holds characters a phone number does not have' };
  // "+33 (0)1 …": the (0) is the national prefix, never dialled after +33.
  let digits = text.replace(/\(0\)/g, '').replace(/[\s.\-()/]/g, '');
  if (digits.indexOf('+') > 0 || (digits.match(/\+/g)?.length ?? 0) > 1)
    return { ok: false, reason: 'a + can only come first' };
  if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  if (digits.startsWith('+33')) {
    const national = digits.slice(3).replace(/^0/, '');
    if (!/^[1-9]\d{8}$/.test(national))
      return { ok: false, reason: 'a French number has 9 digits after +33 (10 with the leading 0)' };
    return { ok: true, e164: `+33${national}`, display: frenchDisplay(national) };
  }
  if (digits.startsWith('+')) {
    if (!/^\+[1-9]\d{6,14}$/.test(digits))
      return { ok: false, reason: 'an international number has 7 to 15 digits after the +' };
    return { ok: true, e164: digits, display: digits };
  }
  if (/^0[1-9]\d{8}$/.test(digits))
    return { ok: true, e164: `+33${digits.slice(1)}`, display: frenchDisplay(digits.slice(1)) };
  if (/^0/.test(digits)) return { ok: false, reason: 'a French number has 10 digits' };
  return { ok: false, reason: 'start with the leading 0 or the country code (+…)' };
}

export function telLink(e164: string): string {
  return `tel:${e164}`;
}
