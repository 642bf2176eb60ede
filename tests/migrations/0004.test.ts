import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/helpers';
import { migrator } from './migrator';

/** A small ledger as Encaisse wrote it under schema 0003. */
function writeLedgerOf0003(sqlite: Database.Database): void {
  sqlite
    .prepare(
      `INSERT INTO company (id, name, siren, iban, penalty_rule, contractual_rate_bp, minimum_dunning_cents)
       VALUES (1, 'ACME', '123456789', 'FR7630006000011234567890189', 'contractual', 1200, 1500)`,
    )
    .run();
  sqlite.prepare("INSERT INTO client (code, name, city) VALUES ('00042', 'Boulangerie Dupré', 'Lyon')").run();
  sqlite.prepare("INSERT INTO client (code, name) VALUES ('00043', 'Garage Lefèvre')").run();
  const invoice = sqlite.prepare(
    'INSERT INTO invoice (client_id, number, issue_date, due_date, amount_cents) VALUES (?, ?, ?, ?, ?)',
  );
  invoice.run(1, 'F1', '2026-01-01', '2026-01-31', 123_456);
  invoice.run(2, 'F2', '2026-03-01', '2026-03-31', 50_000);
  sqlite.prepare("INSERT INTO payment (client_id, date, amount_cents) VALUES (1, '2026-02-01', 100000)").run();
  sqlite
    .prepare("INSERT INTO allocation (invoice_id, payment_id, amount_cents, date) VALUES (1, 1, 100000, '2026-02-01')")
    .run();
  sqlite
    .prepare("INSERT INTO import_mapping (kind, source_key, columns, mapping) VALUES ('invoices', 'k1', '[]', '{}')")
    .run();
}

describe('migration 0004', () => {
  it('adds the reminder settings, tables and shipped plans, and keeps the ledger written under 0003', async () => {
    const { sqlite, db, migrator: m } = migrator(join(tempDir(), 'm4.encaisse'));
    expect((await m.migrateTo('0003_import_mappings')).error).toBeUndefined();
    writeLedgerOf0003(sqlite);

    expect((await m.migrateTo('0004_dunning')).error).toBeUndefined();
    const get = (query: string) => sqlite.prepare(query).get();
    const all = (query: string) => sqlite.prepare(query).all();

    // Data kept.
    expect(all('SELECT code, name FROM client ORDER BY id')).toEqual([
      { code: '00042', name: 'Boulangerie Dupré' },
      { code: '00043', name: 'Garage Lefèvre' },
    ]);
    expect(all('SELECT number, amount_cents - allocated_cents AS open FROM invoice ORDER BY id')).toEqual([
      { number: 'F1', open: 23_456 },
      { number: 'F2', open: 50_000 },
    ]);
    expect(get('SELECT COUNT(*) AS n FROM import_mapping')).toEqual({ n: 1 });
    expect(
      get(`SELECT name, siren, penalty_rule, contractual_rate_bp, minimum_dunning_cents, payments_stale_days,
        formal_notice_deadline_days, promise_grace_days, logo_mime FROM company`),
    ).toEqual({
      name: 'ACME',
      siren: '123456789',
      penalty_rule: 'contractual',
      contractual_rate_bp: 1200,
      minimum_dunning_cents: 1500,
      payments_stale_days: 15,
      formal_notice_deadline_days: 15,
      promise_grace_days: 3,
      logo_mime: null,
    });

    // Shipped plans, standard as the company's default; templates; legal rates.
    const plans = all(
      `SELECT p.code, COUNT(s.id) AS steps, MIN(s.position) AS first, MAX(s.position) AS last
       FROM dunning_plan p JOIN dunning_step s ON s.plan_id = p.id GROUP BY p.id ORDER BY p.id`,
    );
    expect(plans).toEqual([
      { code: 'standard', steps: 6, first: 1, last: 6 },
      { code: 'strict', steps: 6, first: 1, last: 6 },
      { code: 'gentle', steps: 4, first: 1, last: 4 },
    ]);
    expect(get('SELECT p.code FROM company c JOIN dunning_plan p ON p.id = c.default_dunning_plan_id')).toEqual({
      code: 'standard',
    });
    expect(get("SELECT COUNT(*) AS n FROM dunning_step WHERE template_id IS NULL AND channel <> 'call'")).toEqual({
      n: 0,
    });
    expect(get("SELECT COUNT(*) AS total, SUM(language = 'en') AS en FROM letter_template")).toEqual({
      total: 12,
      en: 6,
    });
    expect(all('SELECT half_year_start, professional_rate_bp FROM legal_rate ORDER BY half_year_start').at(-1)).toEqual(
      { half_year_start: '2025-07-01', professional_rate_bp: 276 },
    );
    expect(get('SELECT COUNT(*) AS n FROM legal_rate')).toEqual({ n: 8 });
    expect(get('SELECT COUNT(*) AS n FROM ecb_rate')).toEqual({ n: 19 });

    // The new tables take a reminder with its invoices, and a step deleted later leaves its history.
    const step = get("SELECT id, plan_id FROM dunning_step WHERE offset_days = 7 AND channel = 'letter'") as {
      id: number;
      plan_id: number;
    };
    sqlite
      .prepare(
        `INSERT INTO reminder (client_id, plan_id, step_id, offset_days, channel, date, status, open_cents)
         VALUES (1, ?, ?, 7, 'letter', '2026-02-07', 'done', 23456)`,
      )
      .run(step.plan_id, step.id);
    sqlite
      .prepare(
        'INSERT INTO reminder_invoice (reminder_id, invoice_id, offset_days, open_cents) VALUES (1, 1, 7, 23456)',
      )
      .run();
    sqlite
      .prepare("INSERT INTO reminder_postponement (client_id, channel, until) VALUES (2, 'email', '2026-04-10')")
      .run();
    expect(() =>
      sqlite
        .prepare("INSERT INTO reminder_postponement (client_id, channel, until) VALUES (2, 'fax', '2026-04-10')")
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO legal_rate (half_year_start, professional_rate_bp, consumer_rate_bp) VALUES ('2026-03-01', 1, 1)",
        )
        .run(),
    ).toThrow(/CHECK/);
    sqlite.prepare('DELETE FROM dunning_step WHERE id = ?').run(step.id);
    expect(get('SELECT step_id, offset_days FROM reminder')).toEqual({ step_id: null, offset_days: 7 });
    expect(() => sqlite.prepare('UPDATE company SET payments_stale_days = 0').run()).toThrow(/CHECK/);
    await db.destroy();
  });
});
