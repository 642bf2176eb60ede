import type { PaymentMethod } from '../../../../shared/contract/types';
import type { PaymentTerms } from '../../../../shared/domain/payment-terms';
import { parsed, refused, type Parsed } from './parsed';

/** Lower case, no accents, single spaces: how header names and keywords are compared. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Text kept exactly as written (trimmed): leading zeros and `=HYPERLINK(…)` stay what they are. */
export function parseText(text: string, max: number): Parsed<string> {
  const value = text.trim();
  if (value.length > max) return refused('too_long', `texte trop long (${value.length} caractères, ${max} au plus)`);
  return parsed(value);
}

const yes = new Set(['oui', 'o', 'yes', 'y', 'true', 'vrai', '1', 'x', 'litige', 'conteste']);
const no = new Set(['non', 'n', 'no', 'false', 'faux', '0', '']);

export function parseFlag(text: string): Parsed<boolean> {
  const value = normalizeLabel(text);
  if (yes.has(value)) return parsed(true);
  if (no.has(value)) return parsed(false);
  return refused('invalid_value', `oui ou non attendu : « ${text.trim()} »`);
}

const kinds: Record<string, 'invoice' | 'credit_note'> = {
  facture: 'invoice',
  f: 'invoice',
  fa: 'invoice',
  invoice: 'invoice',
  avoir: 'credit_note',
  av: 'credit_note',
  a: 'credit_note',
  'credit note': 'credit_note',
  credit: 'credit_note',
};

export function parseDocumentKind(text: string): Parsed<'invoice' | 'credit_note'> {
  const value = normalizeLabel(text);
  if (value === '') return parsed('invoice');
  const kind = kinds[value];
  return kind ? parsed(kind) : refused('invalid_value', `type inconnu : « ${text.trim()} » (facture ou avoir)`);
}

const methods: Array<[RegExp, PaymentMethod]> = [
  [/^(virement|vir|transfer|wire|sepa credit transfer|vrt)/, 'transfer'],
  [/^(cheque|chq|ch|check)/, 'cheque'],
  [/^(carte|cb|card|tpe)/, 'card'],
  [/^(prelevement|prlv|prel|direct debit|sepa dd)/, 'direct_debit'],
  [/^(especes|cash|liquide)/, 'cash'],
  [/^(lcr|traite|effet|billet a ordre|bor)/, 'lcr'],
  [/^(autre|other|divers)/, 'other'],
];

export function parsePaymentMethod(text: string): Parsed<PaymentMethod> {
  const value = normalizeLabel(text);
  if (value === '') return parsed('transfer');
  const found = methods.find(([pattern]) => pattern.test(value));
  return found
    ? parsed(found[1])
    : refused(
        'invalid_value',
        `mode de règlement inconnu : « ${text.trim()} » (virement, chèque, carte, prélèvement, espèces, LCR, autre)`,
      );
}

/**
 * Payment terms as written in French files: `30`, `30 jours`, `60 j net`, `comptant`, « 45 jours fin de mois »
 * (days first, then end of month) or « fin de mois 45 jours » / `FDM+45` (end of month first, then days).
 */
export function parsePaymentTerms(text: string): Parsed<PaymentTerms> {
  const value = normalizeLabel(text);
  if (/^(comptant|a reception|reception|immediat)/.test(value)) return parsed({ days: 0, mode: 'net' });
  const match = /^(?:(fin de mois|fdm)\s*)?(\d{1,3})\s*(?:j|jours?|days?)?\s*(net)?\s*(fin de mois|fdm)?$/.exec(value);
  const days = match ? Number(match[2]) : NaN;
  if (!match || days > 365)
    return refused(
      'invalid_value',
      `conditions de paiement illisibles : « ${text.trim()} » (ex. 30 jours, 45 jours fin de mois)`,
    );
  if (match[1]) return parsed({ days, mode: 'end_of_month_then_days' });
  if (match[4]) return parsed({ days, mode: 'days_then_end_of_month' });
  return parsed({ days, mode: 'net' });
}

export function parseSiren(text: string): Parsed<string> {
  const value = text.replace(/[\s\u00a0\u202f.]/g, '');
  return /^\d{9}$/.test(value) || value === ''
    ? parsed(value)
    : refused('invalid_value', `SIREN invalide : « ${text.trim()} » (9 chiffres)`);
}

export function parseCountry(text: string): Parsed<string> {
  const value = text.trim().toUpperCase();
  if (value === '' || value === 'FRANCE') return parsed('FR');
  return /^[A-Z]{2}$/.test(value)
    ? parsed(value)
    : refused('invalid_value', `pays : code à deux lettres attendu (FR, BE…) : « ${text.trim()} »`);
}
