import { sql, type Kysely } from 'kysely';
import { DEFAULT_TEMPLATES } from './frozen/0004-default-templates';

/**
 * Reminders (issue 4): penalty and follow-up settings, the legal interest rate table, what the dunning engine
 * has done (reminder + reminder_invoice), postponements, and the shipped templates and dunning plans.
 * Frozen in time: never import application code here (the template texts live in a sibling frozen file).
 *
 * The engine never stores "what is due": it derives the next step of each invoice from the offsets already
 * done for it (reminder_invoice.offset_days), so a plan edited later still never repeats a step.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    `ALTER TABLE company ADD COLUMN payments_stale_days INTEGER NOT NULL DEFAULT 15
      CHECK (payments_stale_days BETWEEN 1 AND 365)`,
    `ALTER TABLE company ADD COLUMN formal_notice_deadline_days INTEGER NOT NULL DEFAULT 15
      CHECK (formal_notice_deadline_days BETWEEN 8 AND 60)`,
    `ALTER TABLE company ADD COLUMN promise_grace_days INTEGER NOT NULL DEFAULT 3
      CHECK (promise_grace_days BETWEEN 0 AND 60)`,
    `ALTER TABLE company ADD COLUMN default_dunning_plan_id INTEGER REFERENCES dunning_plan(id)`,
    `ALTER TABLE company ADD COLUMN logo_mime TEXT CHECK (logo_mime IN ('image/png', 'image/jpeg'))`,
    // Taux de l'intérêt légal, set per half-year by arrêté: the floor of a contractual penalty rate is
    // 3 × the rate "for other cases" (professionals). Basis points.
    `CREATE TABLE legal_rate (
      id INTEGER PRIMARY KEY,
      half_year_start TEXT NOT NULL UNIQUE
        CHECK (substr(half_year_start, 5) IN ('-01-01', '-07-01') AND length(half_year_start) = 10),
      professional_rate_bp INTEGER NOT NULL CHECK (professional_rate_bp BETWEEN 0 AND 10000),
      consumer_rate_bp INTEGER NOT NULL CHECK (consumer_rate_bp BETWEEN 0 AND 10000),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    // One action of the follow-up, done (letter generated, email drafted, handed over) or skipped by the user.
    `CREATE TABLE reminder (
      id INTEGER PRIMARY KEY,
      client_id INTEGER NOT NULL REFERENCES client(id),
      plan_id INTEGER REFERENCES dunning_plan(id),
      step_id INTEGER REFERENCES dunning_step(id) ON DELETE SET NULL,
      offset_days INTEGER NOT NULL,
      channel TEXT NOT NULL CHECK (channel IN ('email', 'letter', 'registered_letter', 'call', 'litigation')),
      template_id INTEGER REFERENCES letter_template(id) ON DELETE SET NULL,
      level TEXT,
      date TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('done', 'skipped')),
      document_path TEXT,
      email_path TEXT,
      tracking_number TEXT,
      open_cents INTEGER NOT NULL DEFAULT 0 CHECK (open_cents >= 0),
      interest_cents INTEGER NOT NULL DEFAULT 0 CHECK (interest_cents >= 0),
      indemnity_cents INTEGER NOT NULL DEFAULT 0 CHECK (indemnity_cents >= 0),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`,
    `CREATE INDEX reminder_client_date ON reminder (client_id, date)`,
    `CREATE INDEX reminder_date ON reminder (date, id)`,
    // The invoices an action covered, each at the step offset it reached (steps differ per invoice).
    `CREATE TABLE reminder_invoice (
      reminder_id INTEGER NOT NULL REFERENCES reminder(id) ON DELETE CASCADE,
      invoice_id INTEGER NOT NULL REFERENCES invoice(id),
      offset_days INTEGER NOT NULL,
      open_cents INTEGER NOT NULL CHECK (open_cents >= 0),
      interest_cents INTEGER NOT NULL DEFAULT 0 CHECK (interest_cents >= 0),
      indemnity_cents INTEGER NOT NULL DEFAULT 0 CHECK (indemnity_cents >= 0),
      PRIMARY KEY (reminder_id, invoice_id)
    )`,
    `CREATE INDEX reminder_invoice_by_invoice ON reminder_invoice (invoice_id, offset_days)`,
    // "Not today": a client's action on one channel is hidden from the queue until that date.
    `CREATE TABLE reminder_postponement (
      client_id INTEGER NOT NULL REFERENCES client(id),
      channel TEXT NOT NULL CHECK (channel IN ('email', 'letter', 'registered_letter', 'call', 'litigation')),
      until TEXT NOT NULL,
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      PRIMARY KEY (client_id, channel)
    )`,
    `CREATE INDEX activity_kind_time ON activity (kind, occurred_at)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);

  for (const [halfYearStart, professional, consumer] of LEGAL_RATES) {
    await sql`INSERT INTO legal_rate (half_year_start, professional_rate_bp, consumer_rate_bp)
      VALUES (${halfYearStart}, ${professional}, ${consumer})`.execute(db);
  }

  const templateIds = new Map<string, number>();
  for (const template of DEFAULT_TEMPLATES) {
    const row = await sql<{ id: number }>`INSERT INTO letter_template (code, name, language, level, subject, body)
      VALUES (${template.code}, ${template.name}, ${template.language}, ${template.level}, ${template.subject},
        ${template.body}) RETURNING id`.execute(db);
    templateIds.set(template.code, row.rows[0].id);
  }

  for (const plan of PLANS) {
    const row = await sql<{ id: number }>`INSERT INTO dunning_plan (code, name, description)
      VALUES (${plan.code}, ${plan.name}, ${plan.description}) RETURNING id`.execute(db);
    const planId = row.rows[0].id;
    let position = 1;
    for (const [offsetDays, channel, templateCode] of plan.steps) {
      const templateId = templateCode ? (templateIds.get(templateCode) ?? null) : null;
      await sql`INSERT INTO dunning_step (plan_id, position, offset_days, channel, template_id)
        VALUES (${planId}, ${position}, ${offsetDays}, ${channel}, ${templateId})`.execute(db);
      position += 1;
    }
    if (plan.code === 'standard') {
      await sql`UPDATE company SET default_dunning_plan_id = ${planId}`.execute(db);
    }
  }
}

/** Half-year → [rate for professionals ("autres cas"), rate for individuals], basis points (arrêtés published). */
const LEGAL_RATES: Array<[string, number, number]> = [
  ['2022-01-01', 76, 313],
  ['2022-07-01', 77, 315],
  ['2023-01-01', 206, 447],
  ['2023-07-01', 422, 682],
  ['2024-01-01', 507, 801],
  ['2024-07-01', 492, 816],
  ['2025-01-01', 371, 721],
  ['2025-07-01', 276, 665],
];

type Step = [offsetDays: number, channel: string, templateCode: string | null];

const PLANS: Array<{ code: string; name: string; description: string; steps: Step[] }> = [
  {
    code: 'standard',
    name: 'Standard',
    description:
      'Le scénario par défaut : courtoisie avant l’échéance, deux relances, un appel, puis la mise en demeure.',
    steps: [
      [-5, 'email', 'fr.courtesy'],
      [7, 'letter', 'fr.reminder_1'],
      [15, 'call', 'fr.call_script'],
      [30, 'letter', 'fr.reminder_2'],
      [45, 'registered_letter', 'fr.formal_notice'],
      [60, 'litigation', 'fr.statement'],
    ],
  },
  {
    code: 'strict',
    name: 'Strict (clients à risque)',
    description: 'Pour les clients à risque : relances rapprochées et mise en demeure dès 25 jours de retard.',
    steps: [
      [-3, 'email', 'fr.courtesy'],
      [3, 'email', 'fr.reminder_1'],
      [8, 'call', 'fr.call_script'],
      [15, 'letter', 'fr.reminder_2'],
      [25, 'registered_letter', 'fr.formal_notice'],
      [40, 'litigation', 'fr.statement'],
    ],
  },
  {
    code: 'gentle',
    name: 'Souple (grands comptes)',
    description:
      'Pour les comptes clés : une relance aimable, un appel, une seconde relance, la mise en demeure en dernier recours.',
    steps: [
      [10, 'email', 'fr.reminder_1'],
      [25, 'call', 'fr.call_script'],
      [45, 'letter', 'fr.reminder_2'],
      [75, 'registered_letter', 'fr.formal_notice'],
    ],
  },
];
