import type { Random } from './random';

/**
 * French business identifiers with real checksums, so the demo data passes the same validations as real data:
 * SIREN and SIRET (Luhn), intra-community VAT number (key from the SIREN), RIB key and IBAN (mod 97).
 */

/** The digit to append to `digits` so that the whole number passes the Luhn check. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  // Walking from the right, the digit next to the future check digit is doubled first.
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let value = digits.charCodeAt(i) - 48;
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return (10 - (sum % 10)) % 10;
}

function randomDigits(rng: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String(rng.int(0, 9));
  return out;
}

/** Nine digits, the last one a Luhn check digit. */
export function randomSiren(rng: Random): string {
  const body = String(rng.int(3, 9)) + randomDigits(rng, 7);
  return body + luhnCheckDigit(body);
}

/** SIRET of an establishment: SIREN + NIC, whose last digit makes the 14 digits pass Luhn. */
export function siretOf(siren: string, establishment = 1): string {
  const body = siren + String(establishment).padStart(4, '0');
  return body + luhnCheckDigit(body);
}

/** French intra-community VAT number: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97. */
export function vatNumberOf(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}

/** Remainder modulo 97 of a long decimal string, in chunks that stay within safe integers. */
export function mod97(digits: string): number {
  let remainder = 0;
  for (let i = 0; i < digits.length; i += 7) remainder = Number(String(remainder) + digits.slice(i, i + 7)) % 97;
  return remainder;
}

/** Clé RIB of a French account: 97 − ((89 × bank + 15 × branch + 3 × account) mod 97). Digits-only accounts. */
export function ribKey(bankCode: string, branchCode: string, accountNumber: string): string {
  const key = 97 - ((89 * Number(bankCode) + 15 * Number(branchCode) + 3 * Number(accountNumber)) % 97);
  return String(key).padStart(2, '0');
}

/** IBAN of a French account, grouped by four as printed on letters (always FR76 when the RIB key is right). */
export function frenchIban(bankCode: string, branchCode: string, accountNumber: string): string {
  const bban = bankCode + branchCode + accountNumber + ribKey(bankCode, branchCode, accountNumber);
  // Letters become numbers (F = 15, R = 27); the country code and "00" move to the end.
  const check = 98 - mod97(`${bban}152700`);
  const iban = `FR${String(check).padStart(2, '0')}${bban}`;
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

export function randomAccountNumber(rng: Random): string {
  return '000' + randomDigits(rng, 8);
}

/** "04 78 12 34 56" from a four-digit prefix (region and area). */
export function landline(rng: Random, prefix: string): string {
  return `${prefix.slice(0, 2)} ${prefix.slice(2, 4)} ${randomDigits(rng, 2)} ${randomDigits(rng, 2)} ${randomDigits(rng, 2)}`;
}

export function mobile(rng: Random): string {
  return `0${rng.chance(0.7) ? 6 : 7} ${randomDigits(rng, 2)} ${randomDigits(rng, 2)} ${randomDigits(rng, 2)} ${randomDigits(rng, 2)}`;
}
