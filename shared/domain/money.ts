/** Money is always an integer number of cents; these helpers keep it that way. */

export type Cents = number;

export function isCents(value: number): boolean {
  return Number.isSafeInteger(value);
}

export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats cents for display, French by default: `1 234,56 €` (narrow no-break space as thousands separator). */
export function formatMoney(cents: Cents, locale = 'fr-FR', currency = 'EUR'): string {
  const key = `${locale}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter.format(cents / 100);
}
