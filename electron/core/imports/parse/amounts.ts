import { parsed, refused, type Parsed } from './parsed';

/** Spaces used as thousands separators: space, NBSP, narrow NBSP (what fr-FR formatting writes), thin space, apostrophe. */
const GROUPING = /[\s\u00a0\u202f\u2009']/g;
const CURRENCY = /€|eur(os?)?|\$|usd/gi;
const THOUSANDS = { ',': /^\d{1,3}(,\d{3})+$/, '.': /^\d{1,3}(\.\d{3})+$/ };
const THOUSANDS_ONLY = (sep: string) => THOUSANDS[sep as ',' | '.'];
/** The common case, read without the general path: `1234,56`, `12.5`, `-3`. */
const PLAIN = /^(-?)(\d{1,15})(?:[.,](\d{1,2}))?$/;

/**
 * Reads an amount as written in French (and other) exports into integer cents, without floating point:
 * `1 234,56`, `1 234,56` (NBSP, narrow NBSP), `1.234,56`, `1,234.56`, `1234.56`, `-12,00`, `12,00 €`, `(12,00)`.
 * A lone separator followed by exactly three digits (`1.234`, `1,234`) is ambiguous and refused rather than guessed.
 */
export function parseAmountCents(text: string): Parsed<number> {
  const original = text.trim();
  const plain = PLAIN.exec(original);
  if (plain) {
    const cents = Number(plain[2]) * 100 + Number((plain[3] ?? '').padEnd(2, '0'));
    return parsed(plain[1] && cents !== 0 ? -cents : cents);
  }
  let s = original.replace(CURRENCY, '').replace(GROUPING, '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) [negative, s] = [true, s.slice(1, -1)];
  if (s.startsWith('-') || s.startsWith('−')) [negative, s] = [!negative, s.slice(1)];
  else if (s.startsWith('+')) s = s.slice(1);
  else if (s.endsWith('-')) [negative, s] = [true, s.slice(0, -1)];
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return refused('invalid_amount', `montant illisible : « ${original} »`);

  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let units: string;
  let decimals = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalSep = lastComma > lastDot ? ',' : '.';
    const groupSep = decimalSep === ',' ? '.' : ',';
    const [intPart, decPart, ...rest] = s.split(decimalSep);
    if (rest.length > 0 || !THOUSANDS_ONLY(groupSep).test(intPart))
      return refused('invalid_amount', `montant illisible : « ${original} »`);
    [units, decimals] = [intPart.split(groupSep).join(''), decPart];
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    if (parts.length > 2) {
      if (!THOUSANDS_ONLY(sep).test(s)) return refused('invalid_amount', `montant illisible : « ${original} »`);
      units = parts.join('');
    } else if (parts[1].length === 3 && /^\d{1,3}$/.test(parts[0]) && parts[0] !== '0') {
      return refused(
        'invalid_amount',
        `montant ambigu : « ${original} » (séparateur de milliers ou décimales ?) — écrivez par exemple 1234,00`,
      );
    } else {
      [units, decimals] = [parts[0] || '0', parts[1]];
    }
  } else {
    units = s;
  }
  if (decimals.length > 2 && !/^0+$/.test(decimals.slice(2)))
    return refused('invalid_amount', `montant avec plus de deux décimales : « ${original} »`);
  const cents = Number(units) * 100 + Number(decimals.slice(0, 2).padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return refused('invalid_amount', `montant trop grand : « ${original} »`);
  return parsed(negative && cents !== 0 ? -cents : cents);
}

/** An amount that must be greater than zero (invoice, payment): says clearly why 0 or −12,00 is refused. */
export function parsePositiveCents(text: string, negativeHint = ''): Parsed<number> {
  const result = parseAmountCents(text);
  if (!result.ok) return result;
  if (result.value === 0) return refused('zero_amount', `montant nul : « ${text.trim()} »`);
  if (result.value < 0)
    return refused(
      'negative_amount',
      `montant négatif : « ${text.trim()} »${negativeHint ? ` — ${negativeHint}` : ''}`,
    );
  return result;
}
