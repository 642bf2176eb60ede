import { z } from 'zod';
import { isIsoDate } from '../domain/dates';

/** Building blocks shared by the contract's input schemas. */

export const isoDate = z.string().refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD' });

export const cents = z.number().int({ message: 'must be a whole number of cents' }).refine(Number.isSafeInteger, {
  message: 'is too large',
});

export const positiveCents = cents.refine((v) => v > 0, { message: 'must be greater than zero' });

export const nonNegativeCents = cents.refine((v) => v >= 0, { message: 'must not be negative' });

export const id = z.number().int().positive();

export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'must be a three-letter ISO currency code' })
  .default('EUR');

export const trimmed = (max: number) => z.string().trim().max(max);

export const requiredText = (max: number) => z.string().trim().min(1, { message: 'is required' }).max(max);

/** SIREN: 9 digits (spaces allowed on input); kept as text so leading zeros survive. */
export const siren = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .refine((v) => v === '' || /^\d{9}$/.test(v), { message: 'must be 9 digits' });

export const paymentTerms = z.object({
  days: z.number().int().min(0).max(365),
  mode: z.enum(['net', 'end_of_month_then_days', 'days_then_end_of_month']),
});

export const pageRequest = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(50),
});

export const sortDirection = z.enum(['asc', 'desc']).default('asc');

export const todayOverride = z.object({ today: isoDate.optional() });
