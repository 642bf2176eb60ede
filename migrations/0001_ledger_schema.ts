import { sql, type Kysely } from 'kysely';

/**
 * The whole ledger of DESIGN §3. Frozen in time: never import application code here.
 *
 * Money: integer cents. Dates: ISO text. Open amounts are derived (amount − allocations); the allocated sums
 * are kept on invoices and payments by triggers so that reading 1,000,000 invoices never has to re-aggregate
 * the allocation table, and CHECK constraints then make over-allocation impossible at the storage level.
 * No generated column holds the open amount: SQLite then stops treating the indexes below as covering.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `CREATE TABLE company (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      name TEXT NOT NULL,
      legal_form TEXT NOT NULL DEFAULT '',
      siren TEXT NOT NULL DEFAULT '',
      siret TEXT NOT NULL DEFAULT '',
      vat_number TEXT NOT NULL DEFAULT '',
      address_line1 TEXT NOT NULL DEFAULT '',
      address_line2 TEXT NOT NULL DEFAULT '',
      postal_code TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '',
      country TEXT NOT NULL DEFAULT 'FR',
      email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      logo_png BLOB,
      iban TEXT NOT NULL DEFAULT '',
      bic TEXT NOT NULL DEFAULT '',
      signatory_name TEXT NOT NULL DEFAULT '',
      signatory_title TEXT NOT NULL DEFAULT '',
      signature_png BLOB,
      currency TEXT NOT NULL DEFAULT 'EUR',
      payment_terms_days INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days BETWEEN 0 AND 365),
      payment_terms_mode TEXT NOT NULL DEFAULT 'net'
        CHECK (payment_terms_mode IN ('net', 'end_of_month_then_days', 'days_then_end_of_month')),
      penalty_rule TEXT NOT NULL DEFAULT 'ecb_plus_10' CHECK (penalty_rule IN ('ecb_plus_10', 'contractual')),
      contractual_rate_bp INTEGER,
      recovery_indemnity_enabled INTEGER NOT NULL DEFAULT 1 CHECK (recovery_indemnity_enabled IN (0, 1)),
      minimum_dunning_cents INTEGER NOT NULL DEFAULT 0 CHECK (minimum_dunning_cents >= 0),
      aging_bounds TEXT NOT NULL DEFAULT '[30,60,90]',
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    `CREATE TABLE collector (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    `CREATE TABLE letter_template (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      language TEXT NOT NULL DEFAULT 'fr',
      level TEXT NOT NULL CHECK (level IN ('courtesy', 'reminder_1', 'reminder_2', 'formal_notice', 'statement', 'call_script', 'other')),
      subject TEXT NOT NULL DEFAULT '',
      body TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    `CREATE TABLE dunning_plan (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    `CREATE TABLE dunning_step (
      id INTEGER PRIMARY KEY,
      plan_id INTEGER NOT NULL REFERENCES dunning_plan(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      offset_days INTEGER NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('email', 'letter', 'registered_letter', 'call', 'litigation')),
      template_id INTEGER REFERENCES letter_template(id),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      UNIQUE (plan_id, position)
    )`,
    `CREATE TABLE client (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      siren TEXT NOT NULL DEFAULT '',
      vat_number TEXT NOT NULL DEFAULT '',
      address_line1 TEXT NOT NULL DEFAULT '',
      address_line2 TEXT NOT NULL DEFAULT '',
      postal_code TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '',
      country TEXT NOT NULL DEFAULT 'FR',
      payment_terms_days INTEGER CHECK (payment_terms_days BETWEEN 0 AND 365),
      payment_terms_mode TEXT CHECK (payment_terms_mode IN ('net', 'end_of_month_then_days', 'days_then_end_of_month')),
      credit_limit_cents INTEGER CHECK (credit_limit_cents >= 0),
      risk_class_override TEXT CHECK (risk_class_override IN ('A', 'B', 'C', 'D', 'E')),
      collector_id INTEGER REFERENCES collector(id),
      dunning_plan_id INTEGER REFERENCES dunning_plan(id),
      notes TEXT NOT NULL DEFAULT '',
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    `CREATE INDEX client_name ON client (name COLLATE NOCASE)`,
    `CREATE INDEX client_siren ON client (siren) WHERE siren <> ''`,
    `CREATE TABLE contact (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client(id),
      name TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT '',
      email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      mobile TEXT NOT NULL DEFAULT '',
      preferred_channel TEXT NOT NULL DEFAULT 'email' CHECK (preferred_channel IN ('email', 'phone', 'letter')),
      is_primary_billing INTEGER NOT NULL DEFAULT 0 CHECK (is_primary_billing IN (0, 1)),
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    `CREATE INDEX contact_client ON contact (client_id)`,
    // Invoices and credit notes. status: 'to_issue' (not yet issued, counts in the encours), 'issued',
    // 'cancelled'. For a credit note, allocated_cents is what has been used against invoices.
    `CREATE TABLE invoice (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client(id),
      kind TEXT NOT NULL DEFAULT 'invoice' CHECK (kind IN ('invoice', 'credit_note')),
      number TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('to_issue', 'issued', 'cancelled')),
      issue_date TEXT,
      due_date TEXT,
      amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
      amount_excl_vat_cents INTEGER CHECK (amount_excl_vat_cents >= 0),
      currency TEXT NOT NULL DEFAULT 'EUR',
      external_ref TEXT NOT NULL DEFAULT '',
      allocated_cents INTEGER NOT NULL DEFAULT 0 CHECK (allocated_cents >= 0 AND allocated_cents <= amount_cents),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      UNIQUE (kind, number),
      CHECK (status = 'to_issue' OR (issue_date IS NOT NULL AND due_date IS NOT NULL))
    )`,
    // Only open items matter to the encours and the aged balance; this partial covering index holds just
    // them, so both stay fast however long the paid history grows. Queries must say
    // `allocated_cents < amount_cents` word for word for SQLite to use it.
    `CREATE INDEX invoice_open_by_client
      ON invoice (client_id, kind, status, due_date, amount_cents, allocated_cents)
      WHERE allocated_cents < amount_cents`,
    // The same open items ordered by due date: each aged-balance bucket is then one range of this index.
    `CREATE INDEX invoice_open_by_due
      ON invoice (kind, status, due_date, amount_cents, allocated_cents)
      WHERE allocated_cents < amount_cents`,
    `CREATE INDEX invoice_client_date ON invoice (client_id, issue_date)`,
    `CREATE INDEX invoice_issue_date ON invoice (issue_date, id)`,
    `CREATE TABLE payment (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client(id),
      date TEXT NOT NULL,
      amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
      method TEXT NOT NULL DEFAULT 'transfer'
        CHECK (method IN ('transfer', 'cheque', 'card', 'direct_debit', 'cash', 'lcr', 'other')),
      reference TEXT NOT NULL DEFAULT '',
      currency TEXT NOT NULL DEFAULT 'EUR',
      allocated_cents INTEGER NOT NULL DEFAULT 0 CHECK (allocated_cents >= 0 AND allocated_cents <= amount_cents),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    `CREATE INDEX payment_client_date ON payment (client_id, date)`,
    `CREATE INDEX payment_date ON payment (date, id)`,
    `CREATE INDEX payment_unallocated_by_client
      ON payment (client_id, amount_cents, allocated_cents) WHERE allocated_cents < amount_cents`,
    `CREATE TABLE allocation (
      id INTEGER PRIMARY KEY,
      invoice_id INTEGER NOT NULL REFERENCES invoice(id),
      payment_id INTEGER REFERENCES payment(id),
      credit_note_id INTEGER REFERENCES invoice(id),
      amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
      date TEXT NOT NULL,
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      CHECK ((payment_id IS NULL) <> (credit_note_id IS NULL))
    )`,
    `CREATE INDEX allocation_invoice ON allocation (invoice_id)`,
    `CREATE INDEX allocation_payment ON allocation (payment_id) WHERE payment_id IS NOT NULL`,
    `CREATE INDEX allocation_credit_note ON allocation (credit_note_id) WHERE credit_note_id IS NOT NULL`,
    `CREATE TRIGGER allocation_after_insert AFTER INSERT ON allocation BEGIN
      UPDATE invoice SET allocated_cents = allocated_cents + NEW.amount_cents WHERE id = NEW.invoice_id;
      UPDATE invoice SET allocated_cents = allocated_cents + NEW.amount_cents WHERE id = NEW.credit_note_id;
      UPDATE payment SET allocated_cents = allocated_cents + NEW.amount_cents WHERE id = NEW.payment_id;
    END`,
    `CREATE TRIGGER allocation_after_delete AFTER DELETE ON allocation BEGIN
      UPDATE invoice SET allocated_cents = allocated_cents - OLD.amount_cents WHERE id = OLD.invoice_id;
      UPDATE invoice SET allocated_cents = allocated_cents - OLD.amount_cents WHERE id = OLD.credit_note_id;
      UPDATE payment SET allocated_cents = allocated_cents - OLD.amount_cents WHERE id = OLD.payment_id;
    END`,
    `CREATE TRIGGER allocation_no_update BEFORE UPDATE ON allocation BEGIN
      SELECT RAISE(ABORT, 'allocations are immutable: delete and re-create');
    END`,
    `CREATE TABLE dispute (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client(id),
      invoice_id INTEGER REFERENCES invoice(id),
      opened_on TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('price', 'quantity', 'quality', 'delivery', 'billing', 'duplicate', 'other')),
      disputed_cents INTEGER CHECK (disputed_cents > 0),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'resolved')),
      owner TEXT NOT NULL DEFAULT '',
      comment TEXT NOT NULL DEFAULT '',
      resolution TEXT CHECK (resolution IN ('credit_note', 'rejected', 'paid')),
      closed_on TEXT,
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    `CREATE INDEX dispute_active_invoice ON dispute (invoice_id) WHERE status <> 'resolved'`,
    `CREATE INDEX dispute_client ON dispute (client_id)`,
    `CREATE TABLE promise (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client(id),
      promised_date TEXT NOT NULL,
      amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
      status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'broken', 'cancelled')),
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    `CREATE INDEX promise_client ON promise (client_id, promised_date)`,
    `CREATE TABLE promise_invoice (
      promise_id INTEGER NOT NULL REFERENCES promise(id) ON DELETE CASCADE,
      invoice_id INTEGER NOT NULL REFERENCES invoice(id),
      PRIMARY KEY (promise_id, invoice_id)
    )`,
    // The single timeline of everything that happened to a client. data: JSON details of the event.
    `CREATE TABLE activity (
      id INTEGER PRIMARY KEY,
      client_id INTEGER REFERENCES client(id),
      kind TEXT NOT NULL,
      occurred_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      actor TEXT NOT NULL DEFAULT '',
      summary TEXT NOT NULL DEFAULT '',
      data TEXT NOT NULL DEFAULT '{}',
      invoice_id INTEGER REFERENCES invoice(id),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    `CREATE INDEX activity_client_time ON activity (client_id, occurred_at)`,
    `CREATE TABLE ecb_rate (
      id INTEGER PRIMARY KEY,
      effective_date TEXT NOT NULL UNIQUE,
      rate_bp INTEGER NOT NULL,
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
