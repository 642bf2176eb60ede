import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../migrations';
import { tempDir } from '../core/helpers';
import { migrator } from './migrator';

describe('migrations', () => {
  it('lists exactly the migration files of the folder, in order', () => {
    const files = readdirSync(join(__dirname, '../../migrations'))
      .filter((f) => /^\d{4}_.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(Object.keys(migrations)).toEqual(files);
  });

  it('0001 builds a ledger whose constraints hold real data', async () => {
    const path = join(tempDir(), 'm1.encaisse');
    const { sqlite, db, migrator: m } = migrator(path);
    expect((await m.migrateTo('0001_ledger_schema')).error).toBeUndefined();
    sqlite.prepare("INSERT INTO company (id, name) VALUES (1, 'ACME')").run();
    sqlite.prepare("INSERT INTO client (code, name) VALUES ('C1', 'Client 1')").run();
    sqlite
      .prepare(
        "INSERT INTO invoice (client_id, number, issue_date, due_date, amount_cents) VALUES (1, 'F1', '2026-01-01', '2026-01-31', 1000)",
      )
      .run();
    sqlite.prepare("INSERT INTO payment (client_id, date, amount_cents) VALUES (1, '2026-02-01', 600)").run();
    sqlite
      .prepare("INSERT INTO allocation (invoice_id, payment_id, amount_cents, date) VALUES (1, 1, 600, '2026-02-01')")
      .run();
    expect(sqlite.prepare('SELECT amount_cents - allocated_cents FROM invoice').pluck().get()).toBe(400);
    expect(sqlite.prepare('SELECT amount_cents - allocated_cents FROM payment').pluck().get()).toBe(0);
    // Over-allocation and orphan rows are refused by the storage itself.
    expect(
      () =>
        sqlite.prepare("INSERT INTO payment (client_id, date, amount_cents) VALUES (1, '2026-02-02', 900)").run() &&
        sqlite
          .prepare(
            "INSERT INTO allocation (invoice_id, payment_id, amount_cents, date) VALUES (1, 2, 500, '2026-02-02')",
          )
          .run(),
    ).toThrow(/CHECK constraint failed/);
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO invoice (client_id, number, issue_date, due_date, amount_cents) VALUES (99, 'F2', '2026-01-01', '2026-01-31', 1)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    sqlite.prepare('DELETE FROM allocation').run();
    expect(sqlite.prepare('SELECT amount_cents - allocated_cents FROM invoice').pluck().get()).toBe(1000);
    await db.destroy();
  });

  it('0002 adds the ECB rates and keeps the data written under 0001', async () => {
    const path = join(tempDir(), 'm2.encaisse');
    const { sqlite, db, migrator: m } = migrator(path);
    await m.migrateTo('0001_ledger_schema');
    sqlite.prepare("INSERT INTO company (id, name) VALUES (1, 'ACME')").run();
    sqlite.prepare("INSERT INTO client (code, name) VALUES ('007', 'Client zéro zéro sept')").run();
    sqlite
      .prepare(
        "INSERT INTO invoice (client_id, number, issue_date, due_date, amount_cents) VALUES (1, 'F1', '2026-01-01', '2026-01-31', 123456)",
      )
      .run();
    sqlite.prepare("INSERT INTO ecb_rate (effective_date, rate_bp) VALUES ('2025-06-11', 999)").run(); // a user's correction
    expect((await m.migrateTo('0002_ecb_rates')).error).toBeUndefined();
    expect(sqlite.prepare('SELECT code, name FROM client').get()).toEqual({
      code: '007',
      name: 'Client zéro zéro sept',
    });
    expect(sqlite.prepare('SELECT amount_cents FROM invoice').pluck().get()).toBe(123456);
    expect(sqlite.prepare("SELECT rate_bp FROM ecb_rate WHERE effective_date = '2023-09-20'").pluck().get()).toBe(450);
    expect(sqlite.prepare("SELECT rate_bp FROM ecb_rate WHERE effective_date = '2025-06-11'").pluck().get()).toBe(999);
    await db.destroy();
  });
});
