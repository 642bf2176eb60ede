import type Database from 'better-sqlite3';
import { BANKS } from './french-business';
import { frenchIban, randomAccountNumber, randomSiren, siretOf, vatNumberOf } from './identifiers';
import { createRandom } from './random';

export const DEMO_COMPANY_NAME = 'Atelier Durand & Fils SARL';

/** The people who follow up the clients (chargés de recouvrement), with how many clients each one gets. */
export const DEMO_COLLECTORS: ReadonlyArray<{ name: string; email: string; phone: string; share: number }> = [
  { name: 'Sophie Marchand', email: 'sophie.marchand@atelier-durand.fr', phone: '04 78 61 23 41', share: 45 },
  { name: 'Karim Benali', email: 'karim.benali@atelier-durand.fr', phone: '04 78 61 23 42', share: 35 },
  { name: 'Julie Lefèvre', email: 'julie.lefevre@atelier-durand.fr', phone: '04 78 61 23 43', share: 20 },
];

/**
 * The demo company is always the same fictional joinery in Lyon (the seed varies its ledger, not its identity),
 * with identifiers that pass the real checks: SIREN/SIRET (Luhn), VAT key, RIB key and IBAN (mod 97).
 */
export function writeDemoCompany(sqlite: Database.Database, stamp: string): void {
  const rng = createRandom(0x0d12a4d);
  const siren = randomSiren(rng);
  const bank = BANKS[0];
  sqlite
    .prepare(
      `UPDATE company SET name = ?, legal_form = 'SARL', siren = ?, siret = ?, vat_number = ?,
        address_line1 = '27 rue de Gerland', address_line2 = 'ZA du Rhône', postal_code = '69007', city = 'Lyon',
        country = 'FR', email = 'compta@atelier-durand.fr', phone = '04 78 61 23 40', iban = ?, bic = ?,
        signatory_name = 'Claire Durand', signatory_title = 'Gérante', currency = 'EUR',
        payment_terms_days = 30, payment_terms_mode = 'net', created_at = ?, updated_at = ?
      WHERE id = 1`,
    )
    .run(
      DEMO_COMPANY_NAME,
      siren,
      siretOf(siren, 1),
      vatNumberOf(siren),
      frenchIban(bank.code, '00823', randomAccountNumber(rng)),
      bank.bic,
      stamp,
      stamp,
    );
  const insertCollector = sqlite.prepare(
    'INSERT INTO collector (id, name, email, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  DEMO_COLLECTORS.forEach((c, i) => insertCollector.run(i + 1, c.name, c.email, c.phone, stamp, stamp));
}
