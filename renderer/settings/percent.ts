/**
 * Rates as a French user types them (`12,50`, `12.5 %`) and as the core stores them: basis points
 * (12,50 % = 1250), read without going through a float so 4,35 never becomes 434.
 */
const PERCENT = /^(\d{1,3})(?:[,.](\d{1,2}))?$/;

export function parsePercentToBp(text: string): number | null {
  const cleaned = text.replace(/%/g, '').replace(/[\s\u00a0\u202f]/g, '');
  const match = PERCENT.exec(cleaned);
  if (!match) return null;
  const bp = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bp <= 10000 ? bp : null;
}

/** Basis points as editable text: 1250 → `12,50`. */
export function bpToPercentInput(bp: number | null | undefined): string {
  if (bp === null || bp === undefined) return '';
  return `${Math.floor(bp / 100)},${String(bp % 100).padStart(2, '0')}`;
}

/** Basis points for reading: 1250 → `12,50 %` (no-break space before the sign, as in French). */
export function formatBp(bp: number): string {
  return `${bpToPercentInput(bp)}\u00a0%`;
}
