import type {
  ClientSummary,
  CompanySettings,
  Dashboard,
  LedgerInfo,
  Page,
  WorkspaceState,
} from '../../shared/contract/types';
import type { InputOf } from '../../shared/contract/contract';

export const DEMO_LEDGER: LedgerInfo = {
  path: '/data/demo/societe-demo.encaisse',
  companyName: 'Atelier Durand SARL',
  schemaVersion: 3,
};

export function workspace(overrides: Partial<WorkspaceState> = {}): WorkspaceState {
  return { current: null, recent: [], demoPath: DEMO_LEDGER.path, firstLaunch: true, ...overrides };
}

export function client(overrides: Partial<ClientSummary> & { id: number }): ClientSummary {
  return {
    code: `C${String(overrides.id).padStart(4, '0')}`,
    name: `Client ${overrides.id}`,
    city: 'Lyon',
    archived: false,
    creditLimitCents: null,
    exposureCents: 0,
    overdueCents: 0,
    oldestDaysLate: 0,
    ...overrides,
  };
}

export const DASHBOARD: Dashboard = {
  today: '2026-11-22',
  exposure: {
    toIssueCents: 1_250_000,
    notDueCents: 8_765_432,
    overdueCents: 4_321_099,
    unallocatedCreditsCents: 98_765,
    totalCents: 1_250_000 + 8_765_432 + 4_321_099 - 98_765,
  },
  aging: {
    today: '2026-11-22',
    toIssueCents: 1_250_000,
    buckets: [
      { key: 'not_due', minDaysLate: 0, maxDaysLate: 0, amountCents: 8_765_432, invoiceCount: 120 },
      { key: 'late_1_30', minDaysLate: 1, maxDaysLate: 30, amountCents: 2_000_000, invoiceCount: 30 },
      { key: 'late_31_60', minDaysLate: 31, maxDaysLate: 60, amountCents: 1_000_000, invoiceCount: 12 },
      { key: 'late_61_90', minDaysLate: 61, maxDaysLate: 90, amountCents: 821_099, invoiceCount: 5 },
      { key: 'late_over_90', minDaysLate: 91, maxDaysLate: null, amountCents: 500_000, invoiceCount: 3 },
    ],
    unallocatedCreditsCents: 98_765,
    totalCents: 1_250_000 + 8_765_432 + 4_321_099 - 98_765,
  },
  topDebtors: [
    client({
      id: 7,
      code: 'C0007',
      name: 'Boulangerie Martin',
      exposureCents: 1_234_567,
      overdueCents: 456_789,
      oldestDaysLate: 94,
    }),
    client({ id: 3, code: 'C0003', name: 'Garage Petit', exposureCents: 987_654, overdueCents: 0, oldestDaysLate: 0 }),
  ],
  clientCount: 1234,
};

export const COMPANY: CompanySettings = {
  name: 'Atelier Durand SARL',
  legalForm: 'SARL',
  siren: '123456789',
  siret: '12345678900012',
  vatNumber: 'FR12123456789',
  addressLine1: '12 rue des Lilas',
  addressLine2: '',
  postalCode: '69003',
  city: 'Lyon',
  country: 'FR',
  email: 'compta@durand.example',
  phone: '04 72 00 00 00',
  iban: 'FR76 3000 6000 0112 3456 7890 189',
  bic: 'AGRIFRPP',
  signatoryName: 'Claire Durand',
  signatoryTitle: 'Gérante',
  currency: 'EUR',
  defaultPaymentTerms: { days: 45, mode: 'days_then_end_of_month' },
  agingBounds: [30, 60, 90],
  updatedAt: '2026-11-20T09:30:00.000Z',
};

/** A client table in memory answering `clients.list` like the core: search, sort, page. */
export function clientTable(count: number) {
  const cities = ['Lyon', 'Paris', 'Nantes', 'Lille', 'Bordeaux'];
  const rows = Array.from({ length: count }, (_, i) =>
    client({
      id: i + 1,
      name: `Client ${String(i + 1).padStart(5, '0')}`,
      city: cities[i % cities.length],
      archived: i % 10 === 9,
      exposureCents: (i * 7919) % 5_000_000,
      overdueCents: (i * 104_729) % 1_000_000,
      oldestDaysLate: i % 120,
      creditLimitCents: i % 3 === 0 ? 2_000_000 : null,
    }),
  );
  return (input: InputOf<'clients.list'>): Page<ClientSummary> => {
    const search = (input.search ?? '').toLowerCase();
    const field = input.sortField ?? 'name';
    const direction = input.sortDirection === 'desc' ? -1 : 1;
    const matching = rows
      .filter((r) => input.includeArchived || !r.archived)
      .filter((r) => !search || `${r.code} ${r.name} ${r.city}`.toLowerCase().includes(search))
      .sort((a, b) => (a[field] < b[field] ? -direction : a[field] > b[field] ? direction : 0));
    const offset = input.offset ?? 0;
    return { rows: matching.slice(offset, offset + (input.limit ?? 50)), total: matching.length };
  };
}

/** French amounts as typed in a test (`'1 234,56 €'`) with the spaces Intl really uses: U+202F, then U+00A0 before €. */
export function euros(text: string): string {
  return text.replace(/(\d) (?=\d)/g, '$1\u202f').replace(/ €/g, '\u00a0€');
}
