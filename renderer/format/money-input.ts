import type { Cents } from '../../shared/domain/money';

/**
 * Amounts typed by a French user, read into cents without ever going through a float: `1 234,56`,
 * `1234,56`, `1234.56` (the numeric keypad's dot), `1.234,56`, `12 €`. Ambiguous or malformed text is refused
 * rather than guessed: `12,345` could be twelve euros and a typo, or twelve thousand; `1.234` likewise.
 */

export type MoneyParseError = 'empty' | 'invalid' | 'too_precise' | 'too_large';
export type MoneyParse = { ok: true; cents: Cents } | { ok: false; reason: MoneyParseError };

/** Regular, no-break and narrow no-break spaces: all three appear in amounts pasted from other software. */
const SPACE = '[ \\u00a0\\u202f]';
const GROUPED_BY_SPACES = new RegExp(`^(\\d{1,3}(?:${SPACE}\\d{3})+)(?:[,.](\\d+))?$`);
/** Dots as thousands separators only when a decimal comma follows, or with two groups or more. */
const GROUPED_BY_DOTS = /^(\d{1,3}(?:\.\d{3})+),(\d+)$|^(\d{1,3}(?:\.\d{3}){2,})$/;
const PLAIN = /^(\d+)(?:[,.](\d+))?$/;
/** Safe-integer cents: 13 digits of euros at most. */
const MAX_EURO_DIGITS = 13;

function stripCurrency(text: string): string {
  return text
    .replace(/^\s*€\s*/, '')
    .replace(/\s*(€|eur|euros?)\s*$/i, '')
    .trim();
}

function split(body: string): { units: string; fraction: string } | null {
  const spaced = GROUPED_BY_SPACES.exec(body);
  if (spaced) return { units: spaced[1].replace(/\D/g, ''), fraction: spaced[2] ?? '' };
  const dotted = GROUPED_BY_DOTS.exec(body);
  if (dotted) return { units: (dotted[1] ?? dotted[3]).replace(/\D/g, ''), fraction: dotted[2] ?? '' };
  const plain = PLAIN.exec(body);
  if (plain) return { units: plain[1], fraction: plain[2] ?? '' };
  return null;
}

export function parseMoney(text: string): MoneyParse {
  const cleaned = stripCurrency(text.trim());
  if (cleaned === '') return { ok: false, reason: 'empty' };
  const negative = /^[-−]/.test(cleaned);
  const body = cleaned.replace(/^[-−+]\s*/, '');
  const parts = split(body);
  if (!parts) return { ok: false, reason: 'invalid' };
  if (parts.fraction.length > 2) return { ok: false, reason: 'too_precise' };
  const units = parts.units.replace(/^0+(?=\d)/, '');
  if (units.length > MAX_EURO_DIGITS) return { ok: false, reason: 'too_large' };
  const cents = Number(units) * 100 + Number(parts.fraction.padEnd(2, '0'));
  return { ok: true, cents: negative && cents !== 0 ? -cents : cents };
}

/** Cents as an editable text (`1234,56`): no thousands separator, so the user can type over it freely. */
export function centsToInput(cents: Cents | null | undefined): string {
  if (cents === null || cents === undefined) return '';
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}
