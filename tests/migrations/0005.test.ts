import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../core/helpers';
import { migrator } from './migrator';

describe('migration 0005', () => {
  it('adds the call log and dates promises written under 0004, keeping them', async () => {
    const { sqlite, db, migrator: m } = migrator(join(tempDir(), 'm5.encaisse'));
    expect((await m.migrateTo('0004_dunning')).error).toBeUndefined();
    sqlite.prepare("INSERT INTO company (id, name) VALUES (1, 'ACME')").run();
    sqlite.prepare("INSERT INTO collector (name) VALUES ('Anne')").run();
    sqlite.prepare("INSERT INTO client (code, name, collector_id) VALUES ('C1', 'Client 1', 1)").run();
    sqlite.prepare("INSERT INTO contact (client_id, name, phone) VALUES (1, 'Mme Martin', '01 23 45 67 89')").run();
    sqlite
      .prepare(
        "INSERT INTO invoice (client_id, number, issue_date, due_date, amount_cents) VALUES (1, 'F1', '2026-01-01', '2026-01-31', 1000)",
      )
      .run();
    sqlite
      .prepare(
        `INSERT INTO promise (client_id, promised_date, amount_cents, status, created_at)
         VALUES (1, '2026-02-15', 800, 'open', '2026-02-03T10:00:00.000Z')`,
      )
      .run();
    sqlite.prepare('INSERT INTO promise_invoice (promise_id, invoice_id) VALUES (1, 1)').run();

    expect((await m.migrateTo('0005_calls')).error).toBeUndefined();
    const get = (query: string) => sqlite.prepare(query).get();
    expect(
      get('SELECT promised_date, amount_cents, status, created_on, collector_id, settled_on FROM promise'),
    ).toEqual({
      promised_date: '2026-02-15',
      amount_cents: 800,
      status: 'open',
      created_on: '2026-02-03',
      collector_id: null,
      settled_on: null,
    });
    expect(get('SELECT COUNT(*) AS n FROM promise_invoice')).toEqual({ n: 1 });

    const insertCall = sqlite.prepare(
      `INSERT INTO call_log (client_id, contact_id, phone, call_date, called_at, outcome, next_action_date, collector_id, promise_id)
       VALUES (1, 1, '+33123456789', ?, '2026-02-03T10:00:00.000Z', ?, ?, 1, ?)`,
    );
    insertCall.run('2026-02-03', 'promise', null, 1);
    insertCall.run('2026-02-20', 'call_back', '2026-02-25', null);
    expect(() => insertCall.run('2026-02-21', 'fax', null, null)).toThrow(/CHECK/);
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO call_log (client_id, phone, call_date, called_at, outcome) VALUES (9, '+331', '2026-02-03', 'x', 'reached')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    // The callbacks-due query reads the partial index.
    const plan = sqlite
      .prepare(
        "EXPLAIN QUERY PLAN SELECT client_id FROM call_log WHERE next_action_date IS NOT NULL AND next_action_date <= '2026-03-01'",
      )
      .all() as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/call_log_callback/);
    expect(get("SELECT COUNT(*) AS n FROM call_log WHERE next_action_date <= '2026-03-01'")).toEqual({ n: 1 });
    await db.destroy();
  });
});
