import Papa from 'papaparse';
import { CoreError } from '../../../../shared/contract/errors';
import type { DecodedText } from './decode-text';
import { isBlankRow, type RawRow, type RawTable } from './raw-table';

export type Separator = ';' | ',' | '\t' | '|';
const CANDIDATES: Separator[] = [';', '\t', ',', '|'];

/** Counts a character outside double quotes (a quoted « 1 234,56 » must not vote for the comma). */
function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count++;
  }
  return count;
}

/**
 * The separator that splits the first lines into the same number of columns most consistently; `;` wins
 * ties, being what French Excel writes. A file with one column has no separator to find, and gets `;`.
 */
export function detectSeparator(text: string): Separator {
  const lines = text
    .slice(0, 64 * 1024)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 30);
  let best: { separator: Separator; score: number } = { separator: ';', score: 0 };
  for (const separator of CANDIDATES) {
    const counts = lines.map((line) => countOutsideQuotes(line, separator));
    const frequency = new Map<number, number>();
    for (const n of counts) if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    const [mode, agreeing] = [...frequency.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
    const score = lines.length === 0 ? 0 : (agreeing / lines.length) * 1000 + Math.min(mode, 999);
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}

/** Parses CSV text (quotes, doubled quotes, line breaks inside quotes) into rows of text cells. */
export function readCsvTable(decoded: DecodedText, forcedSeparator: 'auto' | Separator): RawTable {
  const text = decoded.text.startsWith('\ufeff') ? decoded.text.slice(1) : decoded.text;
  const separator = forcedSeparator === 'auto' ? detectSeparator(text) : forcedSeparator;
  const result = Papa.parse<string[]>(text, { delimiter: separator, quoteChar: '"', skipEmptyLines: false });
  const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
  if (unclosed)
    throw new CoreError(
      'validation',
      `Guillemet ouvert jamais refermé (ligne ${(unclosed.row ?? 0) + 1}) : le fichier n'est pas un CSV valide.`,
      'source',
    );
  const rows: RawRow[] = [];
  result.data.forEach((cells, index) => {
    if (!isBlankRow(cells)) rows.push({ rowNumber: index + 1, cells });
  });
  return { format: 'csv', rows, encoding: decoded.encoding, separator, sheetName: null, sheets: [] };
}
