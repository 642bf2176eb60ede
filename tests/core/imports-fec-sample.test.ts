import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newLedger, rowCounts } from './helpers';
import { encoursOf } from './imports-files';

/** A real FEC (MIT licence, see LICENSE_neolegal-fec-reader.txt beside it), present in CI too. */
const SAMPLE = join(__dirname, '../../../shared/fixtures/fec/111111111FEC20221231.TXT');

/** The net balance (debit − credit) of each client's 411 lines, read from the raw file without the importer. */
function balancesFromRawFile(path: string): Map<string, number> {
  const [header, ...lines] = readFileSync(path, 'latin1').split(/\r?\n/);
  const col = (name: string) => header.split('|').indexOf(name);
  const [account, aux, debit, credit] = ['CompteNum', 'CompAuxNum', 'Debit', 'Credit'].map(col);
  const cents = (v: string) => Math.round(Number(v.trim().replace(',', '.')) * 100);
  const balances = new Map<string, number>();
  for (const line of lines) {
    const cells = line.split('|');
    if (!cells[account]?.startsWith('411')) continue;
    const code = cells[aux].trim() || cells[account].trim();
    balances.set(code, (balances.get(code) ?? 0) + cents(cells[debit]) - cents(cells[credit]));
  }
  return balances;
}

describe('the real FEC sample', () => {
  it('gives every client an encours equal to its 411 balance in the file, and re-imports as unchanged', async () => {
    const ledger = await newLedger();
    const expected = balancesFromRawFile(SAMPLE);
    const report = await ledger.call('imports.fec.run', { source: { path: SAMPLE } });
    expect(report).toMatchObject({
      written: true,
      reconciled: true,
      rejectedRows: 0,
      customerLines: 151,
      openingLines: 14,
    });
    expect(report.dueDateRule.message).toContain('30 jours nets');
    expect(report.reconciliation).toHaveLength(expected.size);

    const clients = (await ledger.call('clients.list', { limit: 500 })).rows;
    expect(clients).toHaveLength(expected.size);
    for (const client of clients) {
      expect(await encoursOf(ledger, client.id), client.code).toBe(expected.get(client.code));
      expect(report.reconciliation.find((r) => r.clientCode === client.code)).toMatchObject({
        fileBalanceCents: expected.get(client.code),
        differenceCents: 0,
      });
    }
    // Lettered invoices are settled; an unlettered one stays open with a due date from the default terms.
    const invoices = (await ledger.call('invoices.list', { limit: 500, kind: 'invoice' })).rows;
    const leclerc = clients.find((c) => c.code === '41101590')!;
    expect(invoices.filter((i) => i.clientId === leclerc.id).every((i) => i.openCents === 0)).toBe(true);
    const open = invoices.find((i) => i.number === 'VE 0323 (VE-00000011)')!;
    expect(open).toMatchObject({ issueDate: '2023-03-13', dueDate: '2023-04-12', openCents: 11_142 });
    expect((await ledger.call('timeline.list', { clientId: leclerc.id })).rows.map((e) => e.kind)).toEqual(['import']);

    const counts = rowCounts(ledger.core);
    const again = await ledger.call('imports.fec.run', { source: { path: SAMPLE } });
    expect(again).toMatchObject({
      reconciled: true,
      clients: { created: 0 },
      invoices: { created: 0, updated: 0, unchanged: report.invoices.created },
      payments: { created: 0, unchanged: report.payments.created },
      allocationsCreated: 0,
    });
    expect(rowCounts(ledger.core)).toEqual(counts);
  });
});
