import { z } from 'zod';
import { isIsoDate } from '../../shared/domain/dates';
import { parseMoney } from '../format/money-input';

/**
 * Zod building blocks for form values (always text or booleans, as inputs hold them). Their messages are keys
 * of `form.errors` in the translations, so the same schema speaks French or English.
 */

export const FORM_ERROR_KEYS = [
  'required',
  'tooLong',
  'invalidAmount',
  'tooPrecise',
  'tooLarge',
  'positive',
  'negative',
  'siren',
  'email',
  'date',
  'dueBeforeIssue',
  'exclVatOverAmount',
  'days',
  'country',
  'overOpen',
  'overAvailable',
  'nothingToAllocate',
] as const;
export type FormErrorKey = (typeof FORM_ERROR_KEYS)[number];

export function isFormErrorKey(value: string): value is FormErrorKey {
  return (FORM_ERROR_KEYS as readonly string[]).includes(value);
}

const fail = (ctx: z.RefinementCtx, message: FormErrorKey) => {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
};

export const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'required' satisfies FormErrorKey })
    .max(max, { message: 'tooLong' satisfies FormErrorKey });

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'tooLong' satisfies FormErrorKey });

/** An amount the user must give, greater than zero, in cents. */
export const requiredAmount = z.string().transform((text, ctx) => {
  const parsed = parseMoney(text);
  if (!parsed.ok) return fail(ctx, parsed.reason === 'empty' ? 'required' : amountError(parsed.reason));
  if (parsed.cents <= 0) return fail(ctx, 'positive');
  return parsed.cents;
});

/** An amount that may be left empty (null), otherwise greater than zero (or zero when `allowZero`). */
export const optionalAmount = (options: { allowZero?: boolean } = {}) =>
  z.string().transform((text, ctx): number | null => {
    const parsed = parseMoney(text);
    if (!parsed.ok) return parsed.reason === 'empty' ? null : fail(ctx, amountError(parsed.reason));
    if (parsed.cents < 0) return fail(ctx, 'negative');
    if (parsed.cents === 0 && !options.allowZero) return fail(ctx, 'positive');
    return parsed.cents;
  });

function amountError(reason: 'invalid' | 'too_precise' | 'too_large'): FormErrorKey {
  if (reason === 'too_precise') return 'tooPrecise';
  if (reason === 'too_large') return 'tooLarge';
  return 'invalidAmount';
}

/** `<input type="date">` gives `YYYY-MM-DD`, or '' when empty or not a real date. */
export const requiredDate = z.string().refine(isIsoDate, { message: 'date' satisfies FormErrorKey });
export const optionalDate = z
  .string()
  .refine((v) => v === '' || isIsoDate(v), { message: 'date' satisfies FormErrorKey })
  .transform((v) => (v === '' ? null : v));

export const sirenText = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .refine((v) => v === '' || /^\d{9}$/.test(v), { message: 'siren' satisfies FormErrorKey });

export const emailText = z
  .string()
  .trim()
  .max(200, { message: 'tooLong' satisfies FormErrorKey })
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), { message: 'email' satisfies FormErrorKey });
