import type { IsoDate } from '../../shared/domain/dates';

/** "2026-11-22" → "22/11/2026". */
export function frenchDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

const integers = new Intl.NumberFormat('fr-FR');

/** "3 600" (French thousands separator). */
export function frenchInteger(value: number): string {
  return integers.format(value);
}

export type Align = 'left' | 'right';

/** A plain-text table; a row given as null draws a rule across the full width. */
export function textTable(rows: Array<string[] | null>, align: readonly Align[]): string {
  const widths = align.map((_, column) =>
    Math.max(0, ...rows.map((row) => (row ? [...(row[column] ?? '')].length : 0))),
  );
  const total = widths.reduce((sum, w) => sum + w, 0) + 3 * (widths.length - 1);
  const lines = rows.map((row) => {
    if (!row) return '─'.repeat(total);
    const cells = widths.map((width, column) => {
      const cell = row[column] ?? '';
      const padding = ' '.repeat(width - [...cell].length);
      return align[column] === 'right' ? padding + cell : cell + padding;
    });
    return cells.join('   ').trimEnd();
  });
  return lines.join('\n') + '\n';
}
