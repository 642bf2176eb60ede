import type { PaymentMethod } from '../../../shared/contract/types';
import type { PaymentTerms } from '../../../shared/domain/payment-terms';
import { ACTIVITIES, BEHAVIOUR_NOTES, BRAND_ENDINGS, BRAND_STEMS, LEGAL_FORMS } from './french-business';
import { slug, SURNAMES } from './french-names';
import { ADDRESS_COMPLEMENTS, ofTown, STREETS, TOWNS, type Town } from './french-places';
import { randomSiren, vatNumberOf } from './identifiers';
import { PAYER_PROFILES, preferredMethod, type PayerProfile } from './payment-behaviour';
import type { Random } from './random';

/** A generated client: what goes in its row, and the behaviour its history is simulated with. */
export interface DemoClient {
  id: number;
  code: string;
  name: string;
  /** Upper-case name as a bank statement shows it ("BOULANGERIE MARTIN"). */
  bankLabel: string;
  /** Web domain for e-mail addresses. */
  domain: string;
  siren: string;
  vatNumber: string;
  addressLine1: string;
  addressLine2: string;
  town: Town;
  /** null: the company's default terms apply (30 days net). */
  terms: PaymentTerms | null;
  creditLimitCents: number | null;
  collectorId: number;
  profile: PayerProfile;
  method: PaymentMethod;
  /** Pays several invoices with one transfer or cheque. */
  groupsPayments: boolean;
  /** Usual invoice size, excluding VAT. */
  typicalExclVatCents: number;
  notes: string;
}

const TERMS: ReadonlyArray<readonly [PaymentTerms | null, number]> = [
  [null, 10],
  [{ days: 30, mode: 'net' }, 55],
  [{ days: 45, mode: 'days_then_end_of_month' }, 12],
  [{ days: 45, mode: 'end_of_month_then_days' }, 6],
  [{ days: 60, mode: 'net' }, 12],
  [{ days: 45, mode: 'net' }, 5],
];

function tradingName(rng: Random, town: Town): string {
  const surname = rng.pick(SURNAMES);
  const activity = rng.pick(ACTIVITIES);
  switch (
    rng.weighted([
      [0, 40],
      [1, 10],
      [2, 10],
      [3, 6],
      [4, 14],
      [5, 10],
      [6, 10],
    ] as const)
  ) {
    case 0:
      return `${activity} ${surname}`;
    case 1:
      return `${activity} ${surname} ${rng.chance(0.7) ? '& Fils' : 'Frères'}`;
    case 2:
      return `Établissements ${surname}`;
    case 3:
      return `Cabinet ${surname} & Associés`;
    case 4:
      return `${activity} ${ofTown(town.city)}`;
    case 5:
      return `${rng.pick(BRAND_STEMS)}${rng.pick(BRAND_ENDINGS)}`.toUpperCase();
    default:
      return `${activity} ${surname}-${rng.pick(SURNAMES)}`;
  }
}

export interface ClientIdentityInput {
  index: number;
  /** Issued invoices a year planned for this client: sizes the credit limit. */
  invoicesPerYear: number;
  collectorWeights: ReadonlyArray<readonly [number, number]>;
}

export function generateClient(
  rng: Random,
  { index, invoicesPerYear, collectorWeights }: ClientIdentityInput,
): DemoClient {
  const town = rng.pick(TOWNS);
  const core = tradingName(rng, town);
  const legalForm = rng.weighted(LEGAL_FORMS);
  const siren = randomSiren(rng);
  const profile = rng.weighted(PAYER_PROFILES);
  const method = preferredMethod(rng, profile);
  // Invoice sizes: a median of ~900 € excl. VAT, from a few hundred euros to tens of thousands.
  const typicalExclVatCents = Math.round(Math.min(60_000, Math.max(80, rng.logNormal(900, 0.9))) * 100);
  const monthlyInclVatCents = (typicalExclVatCents * 1.2 * invoicesPerYear) / 12;
  const creditLimitCents = rng.chance(0.4)
    ? Math.max(5_000_00, Math.ceil((monthlyInclVatCents * 2.5) / 1_000_00) * 1_000_00)
    : null;
  return {
    id: index + 1,
    code: `C${String(index + 1).padStart(5, '0')}`,
    name: legalForm ? `${core} ${legalForm}` : core,
    bankLabel: slug(core, ' ').toUpperCase().slice(0, 24),
    domain: `${slug(core)}.fr`,
    siren,
    vatNumber: vatNumberOf(siren),
    addressLine1: `${rng.int(1, 180)}${rng.chance(0.06) ? ' bis' : ''} ${rng.pick(STREETS)}`,
    addressLine2: rng.chance(0.25) ? rng.pick(ADDRESS_COMPLEMENTS) : '',
    town,
    terms: rng.weighted(TERMS),
    creditLimitCents,
    collectorId: rng.weighted(collectorWeights),
    profile,
    method,
    groupsPayments: (method === 'transfer' || method === 'cheque') && rng.chance(0.35),
    typicalExclVatCents,
    notes: BEHAVIOUR_NOTES[profile],
  };
}
