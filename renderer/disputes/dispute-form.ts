import { z } from 'zod';
import type { InputOf } from '../../shared/contract/contract';
import type { DisputeReason, DisputeResolution } from '../../shared/contract/client-file.types';
import type { Cents } from '../../shared/domain/money';
import { optionalAmount, optionalText, type FormErrorKey } from '../forms/form-schemas';

export const DISPUTE_REASONS: readonly DisputeReason[] = [
  'price',
  'quantity',
  'quality',
  'delivery',
  'billing',
  'duplicate',
  'other',
];
export const RESOLUTIONS: readonly DisputeResolution[] = ['credit_note', 'rejected', 'paid'];

export type OpenDisputeValues = {
  reason: string;
  /** 'whole': the whole open amount is contested; 'part': `disputedCents` says how much. */
  scope: string;
  disputedCents: string;
  owner: string;
  comment: string;
};

export function openDisputeValues(): OpenDisputeValues {
  return { reason: 'price', scope: 'whole', disputedCents: '', owner: '', comment: '' };
}

/** The form → `disputes.open`; a contested part may not exceed what is still open on the invoice. */
export function openDisputeSchema(invoiceId: number, openCents: Cents) {
  return z
    .object({
      reason: z.enum(['price', 'quantity', 'quality', 'delivery', 'billing', 'duplicate', 'other']),
      scope: z.enum(['whole', 'part']),
      disputedCents: optionalAmount(),
      owner: optionalText(100),
      comment: optionalText(5000),
    })
    .superRefine((v, ctx) => {
      const issue = (message: FormErrorKey) => ctx.addIssue({ code: 'custom', path: ['disputedCents'], message });
      if (v.scope === 'part' && v.disputedCents === null) issue('required');
      else if (v.scope === 'part' && v.disputedCents !== null && v.disputedCents > openCents) issue('overOpen');
    })
    .transform((v): InputOf<'disputes.open'> => ({
      invoiceId,
      reason: v.reason,
      disputedCents: v.scope === 'part' ? v.disputedCents : null,
      owner: v.owner,
      comment: v.comment,
    }));
}

export type ResolveDisputeValues = { resolution: string; comment: string };

export function resolveDisputeSchema(id: number) {
  return z
    .object({ resolution: z.enum(['credit_note', 'rejected', 'paid']), comment: optionalText(5000) })
    .transform((v): InputOf<'disputes.resolve'> => ({
      id,
      resolution: v.resolution,
      // An empty comment keeps the one written when the dispute was opened.
      ...(v.comment ? { comment: v.comment } : {}),
    }));
}
