import type { ImportDateFormat } from '../../../../shared/contract/imports.types';
import type { IsoDate } from '../../../../shared/domain/dates';
import { parsed, refused, type Parsed } from './parsed';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;

const expected: Record<ImportDateFormat, string> = {
  dmy: 'jj/mm/aaaa ou aaaa-mm-jj',
  mdy: 'm/j/aaaa ou aaaa-mm-jj',
  iso: 'aaaa-mm-jj',
};

/** Arithmetic, not `new Date`: 100,000 rows with two dates each must not allocate 200,000 Dates. */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days && year >= 1900 && year <= 2999;
}

function build(original: string, y: string, m: string, d: string): Parsed<IsoDate> {
  const year = y.length === 2 ? `20${y}` : y;
  if (!isRealDay(Number(year), Number(m), Number(d)))
    return refused('impossible_date', `date impossible : « ${original} »`);
  return parsed(`${year}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
}

/**
 * Reads a date cell. ISO (`2024-02-15`, with or without a time) and the FEC's compact `20240215` are read in
 * every mode; `15/02/2024` (also `-` or `.`) needs `dmy`, `2/15/2024` needs `mdy` — never guessed from the
 * values, because 03/04 means two different days. Impossible dates (31/02/2024) are refused.
 */
export function parseDate(text: string, format: ImportDateFormat): Parsed<IsoDate> {
  const original = text.trim();
  const iso = ISO.exec(original);
  if (iso) return build(original, iso[1], iso[2], iso[3]);
  const compact = COMPACT.exec(original);
  if (compact) return build(original, compact[1], compact[2], compact[3]);
  const slashed = format === 'iso' ? null : SLASHED.exec(original);
  if (slashed) {
    const [, a, b, y] = slashed;
    return format === 'dmy' ? build(original, y, b, a) : build(original, y, a, b);
  }
  return refused('invalid_date', `date illisible : « ${original} » (attendu ${expected[format]})`);
}
