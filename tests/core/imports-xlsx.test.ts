import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { newLedger, tempDir } from './helpers';
import { fileIn, seedClients } from './imports-files';

async function workbookFile(build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return fileIn(tempDir(), 'export.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe('XLSX files', () => {
  it('reads cell text: leading zeros kept, formulas never evaluated, dates and numbers as typed', async () => {
    const ledger = await newLedger();
    const path = await workbookFile((workbook) => {
      workbook.addWorksheet('Notes'); // an empty first sheet: the first one with data is read
      const sheet = workbook.addWorksheet('Clients');
      sheet.addRow(['Code client', 'Raison sociale', 'Plafond', 'Notes']);
      sheet.addRow(['00042', 'Texte', 1234.5, '=HYPERLINK("http://evil.example")']);
      const row = sheet.addRow([
        42,
        { formula: 'CONCATENATE("Calc","ulé")', result: 'Calculé' },
        null,
        { formula: 'NOW()' },
      ]);
      row.getCell(1).numFmt = '00000';
      sheet.addRow([
        'C3',
        { richText: [{ text: 'Riche ' }, { text: 'texte', font: { bold: true } }] },
        '1 000,00',
        '+33 6 12',
      ]);
    });
    const inspection = await ledger.call('imports.inspect', { source: { path }, kind: 'clients' });
    expect(inspection).toMatchObject({
      format: 'xlsx',
      sheetName: 'Clients',
      sheets: ['Notes', 'Clients'],
      encoding: null,
    });
    expect(inspection.sampleRows).toEqual([
      ['00042', 'Texte', '1234.5', '=HYPERLINK("http://evil.example")'],
      ['00042', 'Calculé', '', '=NOW()'],
      ['C3', 'Riche texte', '1 000,00', '+33 6 12'],
    ]);
    const preview = await ledger.call('imports.preview', {
      source: { path },
      kind: 'clients',
      mapping: { code: 'Code client', name: 'Raison sociale', creditLimit: 'Plafond', notes: 'Notes' },
    });
    // The number formatted 00000 reads as 00042 too: the file says the same client twice.
    expect(preview.errors.map((e) => [e.row, e.code])).toEqual([
      [2, 'duplicate_in_file'],
      [3, 'duplicate_in_file'],
    ]);
    await ledger.call('imports.run', {
      source: { path },
      kind: 'clients',
      skipInvalidRows: true,
      mapping: { code: 'Code client', name: 'Raison sociale', creditLimit: 'Plafond', notes: 'Notes' },
    });
    const [client] = (await ledger.call('clients.list', {})).rows;
    expect(await ledger.call('clients.get', { id: client.id })).toMatchObject({
      code: 'C3',
      name: 'Riche texte',
      creditLimitCents: 100_000,
      notes: '+33 6 12',
    });
  });

  it('reads date cells whatever their display format, and a named sheet', async () => {
    const ledger = await newLedger();
    await seedClients(ledger, ['C1']);
    const path = await workbookFile((workbook) => {
      workbook.addWorksheet('Vide').addRow(['rien']);
      const sheet = workbook.addWorksheet('Factures');
      sheet.addRow(['Code client', 'N° facture', 'Date facture', 'Échéance', 'Montant TTC']);
      const row = sheet.addRow(['C1', 'F-1', new Date(Date.UTC(2026, 9, 31)), new Date(Date.UTC(2026, 10, 30))]);
      row.getCell(5).value = { formula: 'E1*1.2', result: 1250 * 1.2 * 1.000000000000001 }; // float noise of a computed cell
      row.getCell(3).numFmt = 'dd/mm/yyyy';
    });
    const report = await ledger.call('imports.run', { source: { path }, kind: 'invoices', sheet: 'Factures' });
    expect(report).toMatchObject({ created: 1, rejectedRows: 0 });
    expect((await ledger.call('invoices.list', {})).rows[0]).toMatchObject({
      issueDate: '2026-10-31',
      dueDate: '2026-11-30',
      amountCents: 150_000,
    });
    expect(await ledger.fail('imports.inspect', { source: { path }, kind: 'invoices', sheet: 'Nope' })).toMatchObject({
      field: 'sheet',
      message: expect.stringContaining('feuilles : Vide, Factures'),
    });
  });
});
