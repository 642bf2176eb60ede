import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestLedger } from './helpers';

/** Small builders for the import tests: files written in a temp folder, ledgers seeded through the contract. */

export function fileIn(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** CSV text as French Excel writes it: `;`, CRLF. */
export function csvText(rows: ReadonlyArray<ReadonlyArray<string | number>>, separator = ';'): string {
  return rows.map((row) => row.join(separator)).join('\r\n') + '\r\n';
}

export async function seedClients(ledger: TestLedger, codes: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const code of codes) ids.set(code, (await ledger.call('clients.create', { code, name: `Client ${code}` })).id);
  return ids;
}

export async function encoursOf(ledger: TestLedger, clientId: number): Promise<number> {
  return (await ledger.call('reports.exposure', { clientId })).totalCents;
}

export const FEC_HEADER =
  'JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise'.split(
    '|',
  );

/** One FEC line (18 columns) from the fields that matter to the import; amounts with the file's decimal comma. */
export function fecLine(
  ...[journal, num, date, account, aux, auxName, ref, label, debit, credit, letter = '', dateLet = '']: [
    journal: string,
    num: string,
    date: string,
    account: string,
    aux: string,
    auxName: string,
    ref: string,
    label: string,
    debit: string,
    credit: string,
    letter?: string,
    dateLet?: string,
  ]
): string[] {
  const journalLib = journal === 'VE' ? 'Ventes' : journal === 'BQ' ? 'Banque' : 'Divers';
  return [
    journal,
    journalLib,
    num,
    date,
    account,
    '',
    aux,
    auxName,
    ref,
    date,
    label,
    debit,
    credit,
    letter,
    dateLet,
    date,
    '',
    '',
  ];
}
