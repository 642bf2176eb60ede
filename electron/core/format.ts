/** Plain-text amounts for timeline summaries (stored text, so no locale-dependent narrow spaces). */
export function formatCentsPlain(cents: number, currency = 'EUR'): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const units = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign}${units},${String(abs % 100).padStart(2, '0')}\u00a0${currency === 'EUR' ? '€' : currency}`;
}
