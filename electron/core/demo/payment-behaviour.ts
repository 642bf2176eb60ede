import type { PaymentMethod } from '../../../shared/contract/types';
import type { Random } from './random';

/** How a client pays: drives delays, partial payments, write-offs and disputes of its whole history. */
export type PayerProfile = 'punctual' | 'slightly_late' | 'chronic_late' | 'bad_payer';

export const PAYER_PROFILES: ReadonlyArray<readonly [PayerProfile, number]> = [
  ['punctual', 52],
  ['slightly_late', 27],
  ['chronic_late', 14],
  ['bad_payer', 7],
];

interface Behaviour {
  /** Days after the due date the payment arrives: [min, max], drawn towards the low end. */
  delay: readonly [number, number];
  /** Share of invoices never paid (the backlog of bad payers). */
  neverPays: number;
  /** Share of invoices paid in two instalments. */
  partial: number;
  /** Share of invoices the client contests. */
  dispute: number;
}

export const BEHAVIOURS: Record<PayerProfile, Behaviour> = {
  punctual: { delay: [-6, 3], neverPays: 0, partial: 0.01, dispute: 0.01 },
  slightly_late: { delay: [0, 25], neverPays: 0, partial: 0.03, dispute: 0.015 },
  chronic_late: { delay: [15, 80], neverPays: 0.01, partial: 0.06, dispute: 0.03 },
  bad_payer: { delay: [35, 160], neverPays: 0.12, partial: 0.12, dispute: 0.06 },
};

export function paymentDelay(rng: Random, profile: PayerProfile): number {
  const [min, max] = BEHAVIOURS[profile].delay;
  // The square skews towards the low end: most late payments are a little late, a few very late.
  const u = rng.next();
  return min + Math.floor(u * u * (max - min + 1));
}

/** Preferred payment method: direct debit and LCR only for clients who pay on time (they are automatic). */
export function preferredMethod(rng: Random, profile: PayerProfile): PaymentMethod {
  if (profile === 'punctual' || profile === 'slightly_late') {
    return rng.weighted<PaymentMethod>([
      ['transfer', 62],
      ['cheque', 12],
      ['direct_debit', profile === 'punctual' ? 14 : 0],
      ['lcr', 12],
    ]);
  }
  return rng.weighted<PaymentMethod>([
    ['transfer', 75],
    ['cheque', 25],
  ]);
}

/** What the bank statement shows for the payment: the reference a user would match on. */
export function paymentReference(
  rng: Random,
  method: PaymentMethod,
  clientLabel: string,
  clientCode: string,
  invoiceNumbers: readonly string[],
): string {
  switch (method) {
    case 'cheque':
      return `CHQ n° ${rng.int(1_000_000, 9_999_999)}`;
    case 'direct_debit':
      return `PRLV SEPA RUM ENC-${clientCode} ${invoiceNumbers[0]}`;
    case 'lcr':
      return `LCR n° ${rng.int(100_000, 999_999)} ${invoiceNumbers[0]}`;
    default:
      return `VIR SEPA ${clientLabel} ${invoiceNumbers.slice(0, 3).join(' ')}${invoiceNumbers.length > 3 ? ' …' : ''}`;
  }
}
