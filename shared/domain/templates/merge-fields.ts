import type { MergeFieldInfo } from '../../contract/reminders.types';

/** Block fields: alone on their line, they become a table or a block of the letter (ComposedLetter parts). */
export const BLOCK_FIELDS = {
  'invoices.table': 'invoices',
  'totals.table': 'totals',
  'payment.details': 'payment',
} as const;

export type BlockField = keyof typeof BLOCK_FIELDS;

/** The text fields, replaced by their value wherever they appear. */
export const TEXT_FIELD_KEYS = [
  'client.name',
  'client.code',
  'client.address',
  'contact.name',
  'company.name',
  'company.address',
  'company.siren',
  'company.vat_number',
  'company.phone',
  'company.email',
  'company.iban',
  'company.bic',
  'signatory.name',
  'signatory.title',
  'letter.date',
  'letter.place',
  'invoices.count',
  'total.open',
  'total.overdue',
  'interest.total',
  'indemnity.total',
  'total.claimed',
  'interest.rate_text',
  'deadline.date',
  'deadline.days',
] as const;

export type TextFieldKey = (typeof TEXT_FIELD_KEYS)[number];

/** The merge fields a template may use. */
export const MERGE_FIELDS: MergeFieldInfo[] = [
  ...TEXT_FIELD_KEYS.map((key) => ({ key, block: false })),
  ...Object.keys(BLOCK_FIELDS).map((key) => ({ key, block: true })),
];

const KNOWN = new Set(MERGE_FIELDS.map((field) => field.key));

/** `{{ key }}`: spaces inside the braces are tolerated, the key is anything up to the closing braces. */
export const FIELD_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isBlockField(key: string): key is BlockField {
  return Object.hasOwn(BLOCK_FIELDS, key);
}

/** The `{{field}}` names of a text that are not merge fields, in order of appearance (each once). */
export function findUnknownFields(text: string): string[] {
  const unknown: string[] = [];
  for (const match of text.matchAll(FIELD_PATTERN)) {
    const key = match[1];
    if (!KNOWN.has(key) && !unknown.includes(key)) unknown.push(key);
  }
  return unknown;
}
