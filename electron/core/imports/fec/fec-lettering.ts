import type { IsoDate } from '../../../../shared/domain/dates';
import type { FecDocument } from './fec-documents';

export interface LetteredPair {
  invoice: FecDocument;
  /** A payment or a credit note. */
  source: FecDocument;
  amountCents: number;
  date: IsoDate;
}

export interface LetteringPlan {
  pairs: LetteredPair[];
  groups: number;
  balanced: number;
  unbalanced: number;
}

const byDate = (a: FecDocument, b: FecDocument) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.rowNumber - b.rowNumber;

/**
 * Lettering (EcritureLet) ties the lines of one customer account that settle each other. Inside a group,
 * payments and credit notes settle the group's invoices oldest first. A group that does not balance inside
 * the file refers to items of an earlier year: what the file cannot match stays open, as it should.
 */
export function planLettering(documents: FecDocument[]): LetteringPlan {
  const groups = new Map<string, FecDocument[]>();
  for (const d of documents) {
    if (!d.letter) continue;
    const key = `${d.clientCode}\u001f${d.letter}`;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  const plan: LetteringPlan = { pairs: [], groups: groups.size, balanced: 0, unbalanced: 0 };
  for (const group of groups.values()) {
    const invoices = group.filter((d) => d.kind === 'invoice').sort(byDate);
    const sources = group.filter((d) => d.kind !== 'invoice').sort(byDate);
    const owed = invoices.reduce((s, d) => s + d.amountCents, 0);
    const paid = sources.reduce((s, d) => s + d.amountCents, 0);
    if (owed === paid) plan.balanced++;
    else plan.unbalanced++;
    const left = new Map(group.map((d) => [d, d.amountCents]));
    let i = 0;
    for (const source of sources) {
      while (i < invoices.length && left.get(source)! > 0) {
        const invoice = invoices[i];
        const amountCents = Math.min(left.get(source)!, left.get(invoice)!);
        const date = invoice.dateLet ?? source.dateLet ?? (invoice.date > source.date ? invoice.date : source.date);
        plan.pairs.push({ invoice, source, amountCents, date });
        left.set(source, left.get(source)! - amountCents);
        left.set(invoice, left.get(invoice)! - amountCents);
        if (left.get(invoice) === 0) i++;
      }
    }
  }
  return plan;
}
