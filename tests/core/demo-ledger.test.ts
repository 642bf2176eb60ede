import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgedBalance, ClientSummary, Exposure, Page } from '../../shared/contract/types';
import { createCore } from '../../electron/core/core';
import { createDemoLedger, type DemoSummary } from '../../electron/core/demo/demo-ledger';

const TODAY = '2026-11-22';
let dir: string;
let first: DemoSummary;
let second: DemoSummary;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'encaisse-demo-test-'));
  first = await createDemoLedger(join(dir, 'first.encaisse'), { seed: 7, today: TODAY });
  second = await createDemoLedger(join(dir, 'second.encaisse'), { seed: 7, today: TODAY });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Written here rather than imported from the generator, so a wrong checksum there cannot pass unnoticed.
function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = Number(digits[i]);
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function ibanIsValid(iban: string): boolean {
  const compact = iban.replace(/\s+/g, '');
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  const digits = rearranged.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(digits) % 97n === 1n;
}

function readOnly(path: string) {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  return {
    all: <T = Record<string, unknown>>(sql: string) => db.prepare(sql).all() as T[],
    value: <T = number>(sql: string) => db.prepare(sql).pluck().get() as T,
    close: () => db.close(),
  };
}

async function reports(path: string) {
  const core = await createCore({ dbPath: path, today: TODAY });
  try {
    const aging = await core.dispatch('reports.aging', {});
    const exposure = await core.dispatch('reports.exposure', {});
    const clients = await core.dispatch('clients.list', { limit: 500, sortField: 'code' });
    if (!aging.ok || !exposure.ok || !clients.ok) throw new Error('a report failed');
    return {
      aging: aging.value as AgedBalance,
      exposure: exposure.value as Exposure,
      clients: clients.value as Page<ClientSummary>,
    };
  } finally {
    await core.close();
  }
}

describe('demo ledger generator', () => {
  it('is deterministic: the same seed and today give the same ledger', async () => {
    const [a, b] = [await reports(first.path), await reports(second.path)];
    expect(a.aging).toEqual(b.aging);
    expect(a.clients).toEqual(b.clients);
    const [dbA, dbB] = [readOnly(first.path), readOnly(second.path)];
    for (const table of ['company', 'client', 'contact', 'invoice', 'payment', 'allocation', 'dispute', 'activity']) {
      expect(dbA.all(`SELECT * FROM ${table} ORDER BY id`), table).toEqual(
        dbB.all(`SELECT * FROM ${table} ORDER BY id`),
      );
    }
    dbA.close();
    dbB.close();
    const { elapsedMs: _a, path: _p, ...countsA } = first;
    const { elapsedMs: _b, path: _q, ...countsB } = second;
    expect(countsA).toEqual(countsB);
  });

  it('gives another ledger for another seed', async () => {
    const other = await createDemoLedger(join(dir, 'other.encaisse'), { seed: 8, today: TODAY });
    expect((await reports(other.path)).aging.totalCents).not.toBe((await reports(first.path)).aging.totalCents);
  });

  it('looks like a French SME with valid identifiers', () => {
    const db = readOnly(first.path);
    const company = db.all<{
      name: string;
      siren: string;
      siret: string;
      vat_number: string;
      iban: string;
      bic: string;
    }>('SELECT * FROM company')[0];
    expect(company.name).toBe('Atelier Durand & Fils SARL');
    expect(passesLuhn(company.siren) && passesLuhn(company.siret) && company.siret.startsWith(company.siren)).toBe(
      true,
    );
    expect(company.iban).toMatch(/^FR76( \d{4}){5} \d{3}$/);
    expect(ibanIsValid(company.iban)).toBe(true);
    expect(company.bic).toMatch(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/);

    const clients = db.all<{
      code: string;
      name: string;
      siren: string;
      vat_number: string;
      postal_code: string;
      collector_id: number;
    }>('SELECT * FROM client');
    expect(clients).toHaveLength(150);
    for (const c of clients) {
      expect(c.code).toMatch(/^C\d{5}$/);
      expect(passesLuhn(c.siren), c.siren).toBe(true);
      expect(c.vat_number).toBe(`FR${String((12 + 3 * (Number(c.siren) % 97)) % 97).padStart(2, '0')}${c.siren}`);
      expect(c.postal_code).toMatch(/^\d{5}$/);
      expect(c.collector_id).toBeGreaterThan(0);
    }
    expect(db.value('SELECT COUNT(*) FROM collector')).toBeGreaterThanOrEqual(2);
    // One primary billing contact per client, one to three contacts each.
    const contacts = db.all<{ n: number; primary: number }>(
      'SELECT COUNT(*) AS n, SUM(is_primary_billing) AS "primary" FROM contact GROUP BY client_id',
    );
    expect(contacts).toHaveLength(150);
    expect(contacts.every((c) => c.n >= 1 && c.n <= 3 && c.primary === 1)).toBe(true);
    expect(
      db.value(
        "SELECT COUNT(*) FROM invoice WHERE kind = 'invoice' AND status = 'issued' AND number NOT GLOB 'FA-20[0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]'",
      ),
    ).toBe(0);
    expect(
      db.value("SELECT COUNT(*) FROM invoice WHERE kind = 'credit_note' AND number NOT GLOB 'AV-20[0-9][0-9]-[0-9]*'"),
    ).toBe(0);
    expect(
      db.value("SELECT COUNT(*) FROM client WHERE payment_terms_days = 30 AND payment_terms_mode = 'net'"),
    ).toBeGreaterThan(60);
    db.close();
  });

  it('has a realistic encours: overdue, not due, to issue, disputes, advances', async () => {
    const { aging, exposure, clients } = await reports(first.path);
    expect(exposure.totalCents).toBeGreaterThan(0);
    expect(exposure.overdueCents).toBeGreaterThan(0);
    expect(exposure.notDueCents).toBeGreaterThan(0);
    expect(exposure.toIssueCents).toBeGreaterThan(0);
    expect(exposure.unallocatedCreditsCents).toBeGreaterThan(0);
    expect(aging.buckets.at(-1)!.invoiceCount).toBeGreaterThan(0); // habitual late payers leave a > 90 days backlog
    expect(clients.rows.filter((c) => c.overdueCents > 0).length).toBeGreaterThan(10);

    const db = readOnly(first.path);
    const issued = db.value("SELECT COUNT(*) FROM invoice WHERE kind = 'invoice' AND status = 'issued'");
    const open = db.value(
      "SELECT COUNT(*) FROM invoice WHERE kind = 'invoice' AND status = 'issued' AND allocated_cents < amount_cents",
    );
    expect(issued).toBeGreaterThan(2_000);
    expect(open / issued).toBeGreaterThan(0.04);
    expect(open / issued).toBeLessThan(0.15);
    expect(
      db.value("SELECT COUNT(*) FROM invoice WHERE status = 'to_issue' AND issue_date IS NULL AND due_date IS NULL"),
    ).toBeGreaterThan(0);
    expect(db.value("SELECT COUNT(*) FROM dispute WHERE status <> 'resolved'")).toBeGreaterThan(0);
    expect(
      db.value("SELECT COUNT(*) FROM dispute WHERE status = 'resolved' AND closed_on IS NOT NULL"),
    ).toBeGreaterThan(0);
    expect(db.value('SELECT COUNT(*) FROM payment WHERE allocated_cents = 0')).toBeGreaterThan(0); // advances
    expect(db.value('SELECT COUNT(DISTINCT method) FROM payment')).toBeGreaterThanOrEqual(4);
    // A disputed invoice that is still open is never paid in the meantime.
    expect(
      db.value(`SELECT COUNT(*) FROM dispute d JOIN invoice i ON i.id = d.invoice_id
      WHERE d.status <> 'resolved' AND i.allocated_cents >= i.amount_cents`),
    ).toBe(0);
    expect(db.value("SELECT COUNT(*) FROM activity WHERE kind = 'import'")).toBe(150);
    db.close();
  });

  it('keeps every allocation consistent with the amounts the triggers maintain', () => {
    const db = readOnly(first.path);
    expect(db.value('SELECT COUNT(*) FROM allocation')).toBeGreaterThan(2_000);
    expect(
      db.value(`SELECT COUNT(*) FROM invoice i WHERE i.allocated_cents <> (SELECT COALESCE(SUM(a.amount_cents), 0)
      FROM allocation a WHERE a.invoice_id = i.id OR a.credit_note_id = i.id)`),
    ).toBe(0);
    expect(
      db.value(`SELECT COUNT(*) FROM payment p WHERE p.allocated_cents <> (SELECT COALESCE(SUM(a.amount_cents), 0)
      FROM allocation a WHERE a.payment_id = p.id)`),
    ).toBe(0);
    // Sources settle their own client's issued invoices, never one still to issue.
    expect(
      db.value(`SELECT COUNT(*) FROM allocation a JOIN invoice i ON i.id = a.invoice_id
      LEFT JOIN payment p ON p.id = a.payment_id LEFT JOIN invoice cn ON cn.id = a.credit_note_id
      WHERE i.kind <> 'invoice' OR i.status <> 'issued' OR COALESCE(p.client_id, cn.client_id) <> i.client_id
        OR (cn.id IS NOT NULL AND cn.kind <> 'credit_note') OR a.date < i.issue_date`),
    ).toBe(0);
    expect(db.value('PRAGMA foreign_key_check')).toBeUndefined();
    db.close();
  });

  it('refuses to overwrite a file and leaves it untouched', async () => {
    const path = join(dir, 'taken.encaisse');
    writeFileSync(path, 'not yours');
    await expect(createDemoLedger(path, { today: TODAY })).rejects.toMatchObject({ code: 'conflict' });
    expect(readFileSync(path, 'utf8')).toBe('not yours');
  });

  it('rejects an impossible today without creating anything', async () => {
    const path = join(dir, 'never.encaisse');
    await expect(createDemoLedger(path, { today: '2026-02-30' })).rejects.toMatchObject({ code: 'validation' });
    expect(existsSync(path)).toBe(false);
  });
});
