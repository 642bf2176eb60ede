import type { IsoDate } from '../../../../shared/domain/dates';
import type { ValidRow } from '../rows/validate-rows';
import type { EntryFacts } from './fec-entries';
import { entryKey, type FecLine } from './fec-schema';

export const CUSTOMER_ACCOUNT = /^411/;

/** A customer line turned into what the ledger holds. */
export interface FecDocument {
  rowNumber: number;
  clientCode: string;
  clientName: string;
  kind: 'invoice' | 'credit_note' | 'payment';
  /** Invoice or credit-note number; for a payment, its reference. */
  number: string;
  date: IsoDate;
  amountCents: number;
  letter: string | null;
  dateLet: IsoDate | null;
  opening: boolean;
  method: 'transfer' | 'other';
  label: string;
}

/** The client a customer line belongs to: its auxiliary account, else the 411 sub-account itself. */
export function clientOf(line: FecLine): { code: string; name: string } {
  const code = (line.compAuxNum || line.compteNum).slice(0, 32);
  const name = (line.compAuxNum ? line.compAuxLib : line.compteLib) || line.compAuxLib || line.compteLib || code;
  return { code, name: name.slice(0, 200) };
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Debit lines become invoices; credit lines become payments (entries through a bank or cash account, and
 * everything outside the sales journal) or credit notes (sales journal). PieceRef is the number when it
 * names one document of its kind in the file; many packages write one PieceRef per batch or « sans », so a
 * shared one is completed with its entry (`VE 0123 (VE-00000012)`) — stable from one import to the next.
 */
export function fecDocuments(lines: ValidRow<FecLine>[], entries: Map<string, EntryFacts>): FecDocument[] {
  const documents: FecDocument[] = [];
  for (const { rowNumber, record: line } of lines) {
    const facts = entries.get(entryKey(line));
    if (!facts || !CUSTOMER_ACCOUNT.test(line.compteNum) || line.netCents === 0) continue;
    const client = clientOf(line);
    const kind = line.netCents > 0 ? 'invoice' : facts.sales && !facts.bank ? 'credit_note' : 'payment';
    const label = squeeze(line.ecritureLib ?? '');
    documents.push({
      rowNumber,
      clientCode: client.code,
      clientName: client.name,
      kind,
      number: squeeze(line.pieceRef ?? ''),
      date: line.pieceDate ?? line.ecritureDate,
      amountCents: Math.abs(line.netCents),
      letter: line.ecritureLet || null,
      dateLet: line.dateLet ?? null,
      opening: facts.opening,
      method: facts.bank ? 'transfer' : 'other',
      label,
    });
  }
  numberDocuments(documents, lines);
  return documents;
}

function numberDocuments(documents: FecDocument[], lines: ValidRow<FecLine>[]): void {
  const entryOf = new Map(lines.map((l) => [l.rowNumber, `${l.record.journalCode}-${l.record.ecritureNum}`]));
  const uses = new Map<string, number>();
  for (const d of documents)
    if (d.kind !== 'payment') uses.set(`${d.kind}|${d.number}`, (uses.get(`${d.kind}|${d.number}`) ?? 0) + 1);
  const perEntry = new Map<string, number>();
  for (const d of documents) {
    const entry = entryOf.get(d.rowNumber)!;
    if (d.kind === 'payment') {
      d.number = `${entry} ${d.label}`.slice(0, 100);
      continue;
    }
    if (d.number !== '' && uses.get(`${d.kind}|${d.number}`) === 1) continue;
    const n = (perEntry.get(`${d.kind}|${entry}`) ?? 0) + 1;
    perEntry.set(`${d.kind}|${entry}`, n);
    const suffix = n > 1 ? `${entry}-${n}` : entry;
    d.number = d.number ? `${d.number.slice(0, 40)} (${suffix})` : suffix;
  }
}
