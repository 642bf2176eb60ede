import { sql, type Kysely } from 'kysely';

/**
 * Phone follow-up (issue 5): the call log, and what promises to pay need to be judged kept or broken.
 * Frozen in time: never import application code here.
 *
 * A promise is judged on the client's payments dated from the day it was made (created_on) up to its date
 * plus the company's grace days; settled_on is the day it was found kept (the payment that covered it) or
 * broken (the day after the grace period), so "called since it broke" can be asked.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `ALTER TABLE promise ADD COLUMN created_on TEXT NOT NULL DEFAULT ''`,
    `UPDATE promise SET created_on = substr(created_at, 1, 10)`,
    `ALTER TABLE promise ADD COLUMN collector_id INTEGER REFERENCES collector(id)`,
    `ALTER TABLE promise ADD COLUMN settled_on TEXT`,
    `CREATE INDEX promise_status_date ON promise (status, promised_date)`,
    // One phone call and its outcome. call_date is the day it counts for (lists, figures); called_at the moment.
    `CREATE TABLE call_log (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client(id),
      contact_id INTEGER REFERENCES contact(id),
      phone TEXT NOT NULL,
      call_date TEXT NOT NULL,
      called_at TEXT NOT NULL,
      outcome TEXT NOT NULL CHECK (outcome IN ('reached', 'voicemail', 'unreachable', 'promise', 'dispute',
        'already_paid', 'wrong_number', 'call_back')),
      note TEXT NOT NULL DEFAULT '',
      next_action_date TEXT,
      collector_id INTEGER REFERENCES collector(id),
      promise_id INTEGER REFERENCES promise(id),
      dispute_id INTEGER REFERENCES dispute(id),
      reminder_id INTEGER REFERENCES reminder(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    // "Callbacks due": a range of next_action_date; "superseded by a later call": the client's history.
    `CREATE INDEX call_log_callback ON call_log (next_action_date, client_id) WHERE next_action_date IS NOT NULL`,
    `CREATE INDEX call_log_client ON call_log (client_id, id)`,
    `CREATE INDEX call_log_date ON call_log (call_date, collector_id)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
