/** One line of the bench table (and of last.json). */
export interface Figure {
  what: string;
  value: number;
  unit: 'rows/s' | 'letters/s' | 'ms' | 'MB';
  baseline?: number;
  /** value ÷ baseline. */
  ratio?: number;
  target?: string;
  met?: boolean;
  note?: string;
}

const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function show(value: number | undefined, unit: string): string {
  if (value === undefined) return '';
  return `${numbers.format(unit.endsWith('/s') ? Math.round(value) : value)} ${unit}`;
}

/** A compact fixed-width table for the terminal. */
export function figuresTable(figures: readonly Figure[]): string {
  const rows = [
    ['', 'measured', 'raw baseline', 'ratio', 'target', ''],
    ...figures.map((f) => [
      f.what,
      show(f.value, f.unit),
      show(f.baseline, f.unit),
      f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`,
      f.target ?? '',
      f.met === undefined ? '' : f.met ? 'ok' : 'MISSED',
    ]),
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const right = [false, true, true, true, false, false];
  return rows
    .map((r) =>
      r
        .map((cell, c) => (right[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
