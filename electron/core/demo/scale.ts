/** How big a demo ledger is. */
export interface DemoScale {
  clients: number;
  /** Years of history up to today. */
  years: number;
  /** Average issued invoices per client and year; the generator spreads them unevenly (big and small clients). */
  invoicesPerClientPerYear?: number;
}

export type DemoScalePreset = 'demo' | 'bench';

export const DEMO_SCALES: Record<DemoScalePreset, Required<DemoScale>> = {
  /** The demo company of the app: a few thousand invoices, generated in well under a second. */
  demo: { clients: 150, years: 2, invoicesPerClientPerYear: 12 },
  /** The benchmark ledger: 10,000 clients and exactly 1,000,000 issued invoices. */
  bench: { clients: 10_000, years: 2, invoicesPerClientPerYear: 50 },
};

export function resolveScale(scale: DemoScale | DemoScalePreset = 'demo'): Required<DemoScale> {
  const resolved = typeof scale === 'string' ? DEMO_SCALES[scale] : { invoicesPerClientPerYear: 12, ...scale };
  if (!resolved) throw new Error(`Unknown demo scale: ${String(scale)}`);
  const { clients, years, invoicesPerClientPerYear } = resolved;
  if (!Number.isInteger(clients) || clients < 1 || clients > 99_999) throw new Error('clients must be 1 to 99,999');
  if (!Number.isInteger(years) || years < 1 || years > 10) throw new Error('years must be 1 to 10');
  if (!(invoicesPerClientPerYear > 0)) throw new Error('invoicesPerClientPerYear must be positive');
  return resolved;
}

/** Issued invoices in total: exact, so that the bench ledger has exactly 1,000,000. */
export function issuedInvoiceTotal(scale: Required<DemoScale>): number {
  return Math.max(scale.clients, Math.round(scale.clients * scale.years * scale.invoicesPerClientPerYear));
}
