import type { Generated } from 'kysely';

/** Kysely's view of the ledger schema (migrations/ is the truth; this mirrors it for typed queries). */

interface Timestamps {
  created_at: Generated<string>;
  updated_at: Generated<string>;
}

export interface CompanyTable extends Timestamps {
  id: number;
  name: string;
  legal_form: Generated<string>;
  siren: Generated<string>;
  siret: Generated<string>;
  vat_number: Generated<string>;
  address_line1: Generated<string>;
  address_line2: Generated<string>;
  postal_code: Generated<string>;
  city: Generated<string>;
  country: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
  logo_png: Buffer | null;
  iban: Generated<string>;
  bic: Generated<string>;
  signatory_name: Generated<string>;
  signatory_title: Generated<string>;
  signature_png: Buffer | null;
  currency: Generated<string>;
  payment_terms_days: Generated<number>;
  payment_terms_mode: Generated<string>;
  penalty_rule: Generated<string>;
  contractual_rate_bp: number | null;
  recovery_indemnity_enabled: Generated<number>;
  minimum_dunning_cents: Generated<number>;
  aging_bounds: Generated<string>;
  payments_stale_days: Generated<number>;
  formal_notice_deadline_days: Generated<number>;
  promise_grace_days: Generated<number>;
  default_dunning_plan_id: number | null;
  logo_mime: string | null;
}

export interface CollectorTable extends Timestamps {
  id: Generated<number>;
  name: string;
  email: Generated<string>;
  phone: Generated<string>;
  archived: Generated<number>;
}

export interface ClientTable extends Timestamps {
  id: Generated<number>;
  code: string;
  name: string;
  siren: Generated<string>;
  vat_number: Generated<string>;
  address_line1: Generated<string>;
  address_line2: Generated<string>;
  postal_code: Generated<string>;
  city: Generated<string>;
  country: Generated<string>;
  payment_terms_days: number | null;
  payment_terms_mode: string | null;
  credit_limit_cents: number | null;
  risk_class_override: string | null;
  collector_id: number | null;
  dunning_plan_id: number | null;
  notes: Generated<string>;
  archived: Generated<number>;
}

export interface ContactTable extends Timestamps {
  id: Generated<number>;
  client_id: number;
  name: string;
  role: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
  mobile: Generated<string>;
  preferred_channel: Generated<string>;
  is_primary_billing: Generated<number>;
  archived: Generated<number>;
}

export interface InvoiceTable extends Timestamps {
  id: Generated<number>;
  client_id: number;
  kind: Generated<'invoice' | 'credit_note'>;
  number: string;
  status: Generated<'to_issue' | 'issued' | 'cancelled'>;
  issue_date: string | null;
  due_date: string | null;
  amount_cents: number;
  amount_excl_vat_cents: number | null;
  currency: Generated<string>;
  external_ref: Generated<string>;
  /** Kept by triggers on allocation: never written by application code. */
  allocated_cents: Generated<number>;
}

export interface PaymentTable extends Timestamps {
  id: Generated<number>;
  client_id: number;
  date: string;
  amount_cents: number;
  method: Generated<string>;
  reference: Generated<string>;
  currency: Generated<string>;
  allocated_cents: Generated<number>;
}

export interface AllocationTable extends Timestamps {
  id: Generated<number>;
  invoice_id: number;
  payment_id: number | null;
  credit_note_id: number | null;
  amount_cents: number;
  date: string;
}

export interface DisputeTable extends Timestamps {
  id: Generated<number>;
  client_id: number;
  invoice_id: number | null;
  opened_on: string;
  reason: string;
  disputed_cents: number | null;
  status: Generated<string>;
  owner: Generated<string>;
  comment: Generated<string>;
  resolution: string | null;
  closed_on: string | null;
}

export interface PromiseTable extends Timestamps {
  id: Generated<number>;
  client_id: number;
  promised_date: string;
  amount_cents: number;
  status: Generated<string>;
  note: Generated<string>;
  /** Migration 0005: the day it was made, who obtained it, the day it was found kept or broken. */
  created_on: Generated<string>;
  collector_id: number | null;
  settled_on: string | null;
}

export interface PromiseInvoiceTable {
  promise_id: number;
  invoice_id: number;
}

export interface ActivityTable extends Timestamps {
  id: Generated<number>;
  client_id: number | null;
  kind: string;
  occurred_at: Generated<string>;
  actor: Generated<string>;
  summary: Generated<string>;
  data: Generated<string>;
  invoice_id: number | null;
}

export interface EcbRateTable extends Timestamps {
  id: Generated<number>;
  effective_date: string;
  rate_bp: number;
}

export interface DunningPlanTable extends Timestamps {
  id: Generated<number>;
  code: string;
  name: string;
  description: Generated<string>;
  archived: Generated<number>;
}

export interface DunningStepTable extends Timestamps {
  id: Generated<number>;
  plan_id: number;
  position: number;
  offset_days: number;
  channel: string;
  template_id: number | null;
}

export interface LetterTemplateTable extends Timestamps {
  id: Generated<number>;
  code: string;
  name: string;
  language: Generated<string>;
  level: string;
  subject: Generated<string>;
  body: Generated<string>;
}

export interface LegalRateTable extends Timestamps {
  id: Generated<number>;
  half_year_start: string;
  professional_rate_bp: number;
  consumer_rate_bp: number;
}

export interface ReminderTable extends Timestamps {
  id: Generated<number>;
  client_id: number;
  plan_id: number | null;
  step_id: number | null;
  offset_days: number;
  channel: string;
  template_id: number | null;
  level: string | null;
  date: string;
  status: 'done' | 'skipped';
  document_path: string | null;
  email_path: string | null;
  tracking_number: string | null;
  open_cents: Generated<number>;
  interest_cents: Generated<number>;
  indemnity_cents: Generated<number>;
}

export interface ReminderInvoiceTable {
  reminder_id: number;
  invoice_id: number;
  offset_days: number;
  open_cents: number;
  interest_cents: Generated<number>;
  indemnity_cents: Generated<number>;
}

export interface ReminderPostponementTable extends Timestamps {
  client_id: number;
  channel: string;
  until: string;
}

export interface CallLogTable extends Timestamps {
  id: Generated<number>;
  client_id: number;
  contact_id: number | null;
  phone: string;
  call_date: string;
  called_at: string;
  outcome: string;
  note: Generated<string>;
  next_action_date: string | null;
  collector_id: number | null;
  promise_id: number | null;
  dispute_id: number | null;
  reminder_id: number | null;
}

export interface DB {
  company: CompanyTable;
  collector: CollectorTable;
  client: ClientTable;
  contact: ContactTable;
  invoice: InvoiceTable;
  payment: PaymentTable;
  allocation: AllocationTable;
  dispute: DisputeTable;
  promise: PromiseTable;
  promise_invoice: PromiseInvoiceTable;
  activity: ActivityTable;
  ecb_rate: EcbRateTable;
  dunning_plan: DunningPlanTable;
  dunning_step: DunningStepTable;
  letter_template: LetterTemplateTable;
  legal_rate: LegalRateTable;
  reminder: ReminderTable;
  reminder_invoice: ReminderInvoiceTable;
  reminder_postponement: ReminderPostponementTable;
  call_log: CallLogTable;
}
