import type { ApiError } from '../../shared/contract/errors';

/**
 * Which form input a core error belongs to. The core names the input field at fault (`amountCents`,
 * `paymentTerms.days`); the form's own names usually match, and `aliases` covers the rest. Null: the error is
 * about the form as a whole and is shown above it.
 */
export function fieldOfError(
  error: ApiError,
  fields: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string | null {
  const path = error.field;
  if (!path) return null;
  if (aliases[path]) return aliases[path];
  if (fields.includes(path)) return path;
  // `paymentTerms.days` → `paymentTerms`, `lines.2.amountCents` → `lines.2`: the closest named input.
  const segments = path.split('.');
  for (let end = segments.length - 1; end > 0; end--) {
    const prefix = segments.slice(0, end).join('.');
    if (aliases[prefix]) return aliases[prefix];
    if (fields.includes(prefix)) return prefix;
  }
  return null;
}
