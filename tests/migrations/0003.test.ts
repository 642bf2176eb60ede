import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/helpers';
import { migrator } from './migrator';

describe('migration 0003', () => {
  it('adds remembered import mappings and keeps the ledger written under 0002', async () => {
    const { sqlite, db, migrator: m } = migrator(join(tempDir(), 'm3.encaisse'));
    expect((await m.migrateTo('0002_ecb_rates')).error).toBeUndefined();
    sqlite.prepare("INSERT INTO company (id, name) VALUES (1, 'ACME')").run();
    sqlite.prepare("INSERT INTO client (code, name) VALUES ('00042', 'Boulangerie Dupré')").run();
    sqlite
      .prepare(
        "INSERT INTO invoice (client_id, number, issue_date, due_date, amount_cents) VALUES (1, 'F1', '2026-01-01', '2026-01-31', 123456)",
      )
      .run();
    sqlite.prepare("INSERT INTO payment (client_id, date, amount_cents) VALUES (1, '2026-02-01', 100000)").run();
    sqlite
      .prepare(
        "INSERT INTO allocation (invoice_id, payment_id, amount_cents, date) VALUES (1, 1, 100000, '2026-02-01')",
      )
      .run();

    expect((await m.migrateTo('0003_import_mappings')).error).toBeUndefined();
    expect(sqlite.prepare('SELECT code, name FROM client').get()).toEqual({ code: '00042', name: 'Boulangerie Dupré' });
    expect(sqlite.prepare('SELECT amount_cents - allocated_cents FROM invoice').pluck().get()).toBe(23456);

    const insert = sqlite.prepare(
      'INSERT INTO import_mapping (kind, source_key, columns, mapping) VALUES (?, ?, ?, ?)',
    );
    insert.run('invoices', 'k1', '["N°","Montant"]', '{"number":"N°","amount":"Montant"}');
    expect(sqlite.prepare('SELECT kind, date_format, mapping FROM import_mapping').get()).toEqual({
      kind: 'invoices',
      date_format: 'dmy',
      mapping: '{"number":"N°","amount":"Montant"}',
    });
    // One mapping per (kind, source); the same columns may be mapped for another kind.
    expect(() => insert.run('invoices', 'k1', '[]', '{}')).toThrow(/UNIQUE/);
    insert.run('payments', 'k1', '[]', '{}');
    expect(() => insert.run('fec', 'k2', '[]', '{}')).toThrow(/CHECK/);
    await db.destroy();
  });
});
