import { describe, expect, it } from 'vitest';
import { advancesSql, agingItemsSql } from '../../electron/core/reports/aging';
import { sql } from 'kysely';
import { clientFigureColumns } from '../../electron/core/clients/client-figures';
import { newLedger, TODAY } from './helpers';

/**
 * The encours, the aged balance and the client list must read only the partial covering indexes of open
 * items: a rewritten expression that SQLite no longer matches would silently scan 1,000,000 invoices.
 */
describe('query plans of the hot reports', () => {
  it.each([
    ['aged balance', agingItemsSql(TODAY, [30, 60, 90]), 'COVERING INDEX invoice_open_by_due'],
    ['aged balance of a client', agingItemsSql(TODAY, [30, 60, 90], 7), 'COVERING INDEX invoice_open_by_client'],
    ['advances', advancesSql(), 'COVERING INDEX payment_unallocated_by_client'],
    [
      'client figures',
      sql`SELECT c.id, ${clientFigureColumns(TODAY)} FROM client c`,
      'COVERING INDEX invoice_open_by_client',
    ],
  ])('%s uses %s', async (_name, query, expected) => {
    const ledger = await newLedger();
    const compiled = query.compile(ledger.core.ledger.db);
    const plan = ledger.core.ledger.sqlite
      .prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`)
      .all(...(compiled.parameters as unknown[]))
      .map((row) => (row as { detail: string }).detail)
      .join('\n');
    expect(plan).toContain(expected);
    expect(plan).not.toMatch(/SCAN invoice$|SCAN payment$/m);
  });
});
