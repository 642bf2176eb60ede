import { describe, expect, it } from 'vitest';
import { newLedger, rowCounts, tempDir } from './helpers';
import { FEC_HEADER, fecLine as line, fileIn } from './imports-files';

describe('FEC variants', () => {
  it('tab, BOM, CRLF, Windows-1252, padding, no auxiliary account, credit notes and open lettering residuals', async () => {
    const ledger = await newLedger();
    const dupuis = await ledger.call('clients.create', {
      code: 'CL001',
      name: 'Dupuis',
      paymentTerms: { days: 60, mode: 'net' },
    });
    const rows = [
      FEC_HEADER,
      line(
        'AN',
        '1',
        '20250101',
        '41100000',
        'CL001',
        'Dupuis',
        'AN',
        'Solde F-2024-9',
        '500,00',
        '0,00',
        'A',
        '20250210',
      ),
      line('AN', '1', '20250101', '89000000', '', '', 'AN', 'Bilan d’ouverture', '0,00', '500,00'),
      line(
        'VE',
        '1',
        '20250115',
        '41100000',
        'CL001',
        'Dupuis',
        'F-1',
        'Facture F-1',
        '1200,00',
        '0,00',
        'B',
        '20250301',
      ),
      line('VE', '1', '20250115', '70600000', '', '', 'F-1', 'Facture F-1', '0,00', '1000,00'),
      line('VE', '1', '20250115', '44571000', '', '', 'F-1', 'Facture F-1', '0,00', '200,00'),
      line(
        'VE',
        '2',
        '20250120',
        '41100000',
        'CL001',
        'Dupuis',
        'AV-1',
        'Avoir AV-1',
        '0,00',
        '120,00',
        'B',
        '20250301',
      ),
      line('VE', '2', '20250120', '70600000', '', '', 'AV-1', 'Avoir AV-1', '120,00', '0,00'),
      line(
        'BQ',
        '1',
        '20250210',
        '41100000',
        'CL001',
        'Dupuis',
        'VIR1',
        'Virement Dupuis',
        '0,00',
        '800,00',
        'A',
        '20250210',
      ),
      line('BQ', '1', '20250210', '51200000', '', '', 'VIR1', 'Virement Dupuis', '800,00', '0,00'),
      line('VE', '3', '20250201', '411CAFE', '', '', 'F-2', 'Café de la Gare', '   60,00', '    0,00'),
      line('VE', '3', '20250201', '70600000', '', '', 'F-2', 'Café de la Gare', '0,00', '60,00'),
      line(
        'BQ',
        '2',
        '20250305',
        '41100000',
        'CL002',
        'Société Générale d’Épicerie',
        'VIR2',
        'Acompte',
        '0,00',
        '30,00',
        'Z',
        '20250305',
      ),
      line('BQ', '2', '20250305', '51200000', '', '', 'VIR2', 'Acompte', '30,00', '0,00'),
    ];
    rows[10][5] = 'Café de la Gare'; // CompteLib names the client when there is no auxiliary account
    const text =
      '\ufeff' + rows.map((r) => r.map((c, i) => (i === 7 ? c.padEnd(30) : c)).join('\t')).join('\r\n') + '\r\n';
    const bytes = Buffer.from(
      [...text].map((c) => ({ '’': 0x92, '\ufeff': -1 })[c] ?? c.charCodeAt(0)).filter((b) => b >= 0),
    );
    const path = fileIn(tempDir(), '123456789FEC20251231.txt', bytes);

    const preview = await ledger.call('imports.fec.preview', { source: { path } });
    expect(preview).toMatchObject({
      written: false,
      reconciled: true,
      lettering: { groups: 3, balanced: 0, unbalanced: 3 },
    });
    expect(preview.notices.map((n) => n.code)).toEqual(['opening_balance', 'unbalanced_lettering']);
    const report = await ledger.call('imports.fec.run', { source: { path } });
    expect(report.reconciliation).toEqual([
      {
        clientCode: '411CAFE',
        clientName: 'Café de la Gare',
        fileBalanceCents: 6_000,
        encoursCents: 6_000,
        differenceCents: 0,
      },
      { clientCode: 'CL001', clientName: 'Dupuis', fileBalanceCents: 78_000, encoursCents: 78_000, differenceCents: 0 },
      {
        clientCode: 'CL002',
        clientName: 'Société Générale d’Épicerie',
        fileBalanceCents: -3_000,
        encoursCents: -3_000,
        differenceCents: 0,
      },
    ]);
    const invoices = (await ledger.call('invoices.list', { clientId: dupuis.id })).rows;
    // The opening item (500) is settled by the transfer (800): the 300 left over stays an advance.
    expect(invoices.find((i) => i.number === 'AN')).toMatchObject({ openCents: 0, issueDate: '2025-01-01' });
    expect(invoices.find((i) => i.number === 'F-1')).toMatchObject({ dueDate: '2025-03-16', openCents: 108_000 });
    expect(invoices.find((i) => i.number === 'AV-1')).toMatchObject({ kind: 'credit_note', openCents: 0 });
    const file = await ledger.call('clients.file', { id: dupuis.id });
    expect(file).toMatchObject({ advancesCents: 30_000, exposure: { totalCents: 78_000 } });
    expect((await ledger.call('clients.list', { search: 'Épicerie' })).rows[0].exposureCents).toBe(-3_000);
  });

  it('reads the Montant/Sens variant and pipes', async () => {
    const ledger = await newLedger();
    const header = [...FEC_HEADER.slice(0, 11), 'Montant', 'Sens', ...FEC_HEADER.slice(13)];
    const rows = [
      header,
      [
        ...line('VE', '7', '20250115', '41100000', 'C9', 'Neuf', 'F-9', 'Facture', '', '', '', '').slice(0, 11),
        '99,90',
        'D',
        '',
        '',
        '20250115',
        '',
        '',
      ],
      [
        ...line('VE', '7', '20250115', '70600000', '', '', 'F-9', 'Facture', '', '', '', '').slice(0, 11),
        '99,90',
        'C',
        '',
        '',
        '20250115',
        '',
        '',
      ],
    ];
    const path = fileIn(tempDir(), 'fec.txt', rows.map((r) => r.join('|')).join('\n'));
    const report = await ledger.call('imports.fec.run', { source: { path } });
    expect(report).toMatchObject({
      reconciled: true,
      invoices: { created: 1 },
      reconciliation: [{ clientCode: 'C9', encoursCents: 9_990 }],
    });
  });

  it('skips opening lines for clients whose previous year is already in the ledger', async () => {
    const ledger = await newLedger();
    const year1 = [
      FEC_HEADER,
      line('VE', '1', '20240601', '41100000', 'C1', 'Un', 'F-2024-1', 'Facture', '100,00', '0,00'),
      line('VE', '1', '20240601', '70600000', '', '', 'F-2024-1', 'Facture', '0,00', '100,00'),
    ];
    const year2 = [
      FEC_HEADER,
      line('AN', '1', '20250101', '41100000', 'C1', 'Un', 'AN', 'Report F-2024-1', '100,00', '0,00'),
      line('AN', '1', '20250101', '89000000', '', '', 'AN', 'Bilan d’ouverture', '0,00', '100,00'),
      line('BQ', '1', '20250110', '41100000', 'C1', 'Un', 'V1', 'Virement', '0,00', '100,00'),
      line('BQ', '1', '20250110', '51200000', '', '', 'V1', 'Virement', '100,00', '0,00'),
    ];
    const dir = tempDir();
    await ledger.call('imports.fec.run', {
      source: { path: fileIn(dir, 'y1.txt', year1.map((r) => r.join('|')).join('\n')) },
    });
    const report = await ledger.call('imports.fec.run', {
      source: { path: fileIn(dir, 'y2.txt', year2.map((r) => r.join('|')).join('\n')) },
    });
    expect(report).toMatchObject({
      openingLines: 0,
      reconciled: true,
      reconciliation: [{ fileBalanceCents: 0, encoursCents: 0 }],
    });
    expect(report.notices.map((n) => n.code)).toContain('opening_skipped');
    expect(rowCounts(ledger.core).invoice).toBe(1);
  });
});

describe('broken FEC files', () => {
  it('refuses unbalanced entries, listing their lines, and writes nothing', async () => {
    const ledger = await newLedger();
    const rows = [
      FEC_HEADER,
      line('VE', '1', '20250115', '41100000', 'C1', 'Un', 'F-1', 'Facture', '120,00', '0,00'),
      line('VE', '1', '20250115', '70600000', '', '', 'F-1', 'Facture', '0,00', '100,00'),
      line('VE', '2', '20250116', '41100000', 'C1', 'Un', 'F-2', 'Facture', '10,00', '0,00'),
      line('VE', '2', '20250116', '70600000', '', '', 'F-2', 'Facture', '0,00', '10,00'),
    ];
    const source = { path: fileIn(tempDir(), 'fec.txt', rows.map((r) => r.join('|')).join('\r\n')) };
    const preview = await ledger.call('imports.fec.preview', { source });
    expect(preview).toMatchObject({ rejectedRows: 2, invoices: { created: 1 } });
    expect(preview.errors).toMatchObject([
      {
        row: 2,
        column: 'EcritureNum',
        value: '1',
        code: 'unbalanced_entry',
        message: 'écriture VE 1 déséquilibrée : débit 120,00\u00a0€ ≠ crédit 100,00\u00a0€',
      },
      { row: 3, code: 'unbalanced_entry' },
    ]);
    const before = rowCounts(ledger.core);
    expect((await ledger.fail('imports.fec.run', { source })).message).toMatch(
      /^2 ligne\(s\) du FEC refusée\(s\) : rien n'a été importé/,
    );
    expect(rowCounts(ledger.core)).toEqual(before);
    const skipped = await ledger.call('imports.fec.run', { source, skipInvalidRows: true });
    expect(skipped).toMatchObject({
      reconciled: false,
      reconciliation: [{ fileBalanceCents: 13_000, encoursCents: 1_000, differenceCents: -12_000 }],
    });
  });

  it('says when a file is not a FEC', async () => {
    const ledger = await newLedger();
    const before = rowCounts(ledger.core);
    const error = await ledger.fail('imports.fec.preview', {
      source: { path: fileIn(tempDir(), 'x.csv', 'Code;Nom\r\nC1;Un\r\n') },
    });
    expect(error.message).toMatch(
      /« x.csv » n'est pas un FEC : 1 colonnes \(18 au moins\), colonnes absentes : JournalCode/,
    );
    expect(rowCounts(ledger.core)).toEqual(before);
  });
});
