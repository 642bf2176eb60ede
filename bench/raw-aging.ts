import Database from 'better-sqlite3';

/** The aged balance written by hand against the ledger's tables, independently of the core's SQL builder. */
export interface RawAging {
  toIssueCents: number;
  /** Not due first, then one per bound, then the open-ended bucket. */
  buckets: Array<{ amountCents: number; invoiceCount: number }>;
  unallocatedCreditsCents: number;
  totalCents: number;
}

const DAY_MS = 86_400_000;

function utcDay(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/**
 * One aggregate: open items summed per (kind, status, due date), which SQLite streams in the order of the
 * open-items index without sorting (a few hundred groups); the groups are then bucketed by days late here.
 */
export function rawAgingQuery(path: string): { run(today: string): RawAging; close(): void } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const bounds = JSON.parse(db.prepare('SELECT aging_bounds FROM company').pluck().get() as string) as number[];
  const groups = db.prepare(`
    SELECT kind, status, due_date, COUNT(*) AS n, SUM(amount_cents - allocated_cents) AS cents
    FROM invoice
    WHERE allocated_cents < amount_cents
    GROUP BY kind, status, due_date`);
  const advances = db
    .prepare('SELECT TOTAL(amount_cents - allocated_cents) FROM payment WHERE allocated_cents < amount_cents')
    .pluck();
  type Group = { kind: string; status: string; due_date: string | null; n: number; cents: number };

  return {
    run(today) {
      const todayDay = utcDay(today);
      const result: RawAging = {
        toIssueCents: 0,
        buckets: Array.from({ length: bounds.length + 2 }, () => ({ amountCents: 0, invoiceCount: 0 })),
        unallocatedCreditsCents: advances.get() as number,
        totalCents: 0,
      };
      for (const g of groups.all() as Group[]) {
        if (g.status === 'cancelled') continue;
        if (g.kind === 'credit_note') result.unallocatedCreditsCents += g.cents;
        else if (g.status === 'to_issue') result.toIssueCents += g.cents;
        else {
          const daysLate = todayDay - utcDay(g.due_date!);
          let bucket = 0;
          if (daysLate > 0) {
            bucket = bounds.findIndex((bound) => daysLate <= bound) + 1 || bounds.length + 1;
          }
          result.buckets[bucket].amountCents += g.cents;
          result.buckets[bucket].invoiceCount += g.n;
        }
      }
      const open = result.buckets.reduce((sum, b) => sum + b.amountCents, 0);
      result.totalCents = result.toIssueCents + open - result.unallocatedCreditsCents;
      return result;
    },
    close: () => db.close(),
  };
}
