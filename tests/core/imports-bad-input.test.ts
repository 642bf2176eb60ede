import { closeSync, openSync, writeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newLedger, rowCounts, tempDir, type TestLedger } from './helpers';
import { csvText, fileIn, seedClients } from './imports-files';

/** Each broken file gets a clear report (or a clear refusal) and leaves every table as it was. */
async function expectUntouched(ledger: TestLedger, attempt: () => Promise<unknown>): Promise<void> {
  const before = rowCounts(ledger.core);
  await attempt();
  expect(rowCounts(ledger.core)).toEqual(before);
}

const header = ['Code client', 'N° facture', 'Date facture', 'Montant TTC', 'Référence'];

async function invoiceLedger() {
  const ledger = await newLedger();
  await seedClients(ledger, ['C1', 'C2']);
  return ledger;
}

describe('rows with bad values are all listed, and the run refuses the file', () => {
  it('bad dates, zero and negative amounts, duplicate numbers, unknown clients', async () => {
    const ledger = await invoiceLedger();
    const csv = csvText([
      header,
      ['C1', 'F1', '31/02/2024', '100,00', ''],
      ['C1', 'F2', '01/02/2024', '0,00', ''],
      ['C1', 'F3', '01/02/2024', '-12,00', ''],
      ['C1', 'F4', '01/02/2024', '12,00', ''],
      ['C2', 'F4', '02/02/2024', '13,00', ''],
      ['C9', 'F5', '01/02/2024', '14,00', ''],
      ['C2', 'F6', '01/02/2024', '15,00', 'ok'],
    ]);
    const source = { path: fileIn(tempDir(), 'factures.csv', csv) };
    const preview = await ledger.call('imports.preview', { source, kind: 'invoices' });
    expect(preview).toMatchObject({ totalRows: 7, rejectedRows: 6, validRows: 1, created: 1, errorCount: 6 });
    expect(preview.errors).toEqual([
      {
        row: 2,
        column: 'Date facture',
        field: 'issueDate',
        value: '31/02/2024',
        code: 'impossible_date',
        message: 'date impossible : « 31/02/2024 »',
      },
      {
        row: 3,
        column: 'Montant TTC',
        field: 'amount',
        value: '0,00',
        code: 'zero_amount',
        message: 'montant nul : « 0,00 »',
      },
      expect.objectContaining({
        row: 4,
        column: 'Montant TTC',
        value: '-12,00',
        code: 'negative_amount',
        message: expect.stringContaining('avoir'),
      }),
      expect.objectContaining({
        row: 5,
        column: 'N° facture',
        value: 'F4',
        code: 'duplicate_in_file',
        message: expect.stringContaining('aussi ligne 6'),
      }),
      expect.objectContaining({
        row: 6,
        column: 'N° facture',
        value: 'F4',
        code: 'duplicate_in_file',
        message: expect.stringContaining('aussi ligne 5'),
      }),
      expect.objectContaining({ row: 7, column: 'Code client', value: 'C9', code: 'unknown_client' }),
    ]);
    await expectUntouched(ledger, async () => {
      const refused = await ledger.fail('imports.run', { source, kind: 'invoices' });
      expect(refused).toMatchObject({ code: 'validation' });
      expect(refused.message).toMatch(
        /^6 lignes invalides sur 7 : rien n'a été importé\..*ligne 2, colonne « Date facture » : date impossible/,
      );
    });
    const skipped = await ledger.call('imports.run', { source, kind: 'invoices', skipInvalidRows: true });
    expect(skipped).toMatchObject({ written: true, created: 1, rejectedRows: 6 });
    expect(rowCounts(ledger.core).invoice).toBe(1);
  });

  it('cells that look like formulas stay text, never evaluated', async () => {
    const ledger = await newLedger();
    const csv = csvText([
      ['Code client', 'Raison sociale', 'Notes'],
      ['+33612345678', '=HYPERLINK("http://evil.example","Cliquez")', '=1+2'],
      ['@SUM(A1)', '-2+3', '+cmd|/C calc'],
    ]);
    await ledger.call('imports.run', { source: { path: fileIn(tempDir(), 'f.csv', csv) }, kind: 'clients' });
    const clients = (await ledger.call('clients.list', { sortField: 'code' })).rows;
    expect(clients.map((c) => [c.code, c.name])).toEqual([
      ['+33612345678', '=HYPERLINK("http://evil.example","Cliquez")'],
      ['@SUM(A1)', '-2+3'],
    ]);
    expect((await ledger.call('clients.get', { id: clients[1].id })).notes).toBe('+cmd|/C calc');
  });
});

describe('files that cannot be read are refused with a clear message', () => {
  /** The run refuses the file; so does inspect, unless the problem is in the mapping (inspect proposes one). */
  async function refusal(ledger: TestLedger, name: string, content: string | Buffer, unreadable = true) {
    const source = { path: fileIn(tempDir(), name, content) };
    let error: Awaited<ReturnType<TestLedger['fail']>> | undefined;
    await expectUntouched(ledger, async () => {
      error = await ledger.fail('imports.run', { source, kind: 'invoices' });
      if (unreadable) expect(await ledger.fail('imports.inspect', { source, kind: 'invoices' })).toEqual(error);
    });
    return error!;
  }

  it('empty, blank, header-only, binary, PDF, XLS and broken-quote files', async () => {
    const ledger = await invoiceLedger();
    expect((await refusal(ledger, 'vide.csv', '')).message).toBe(
      'Le fichier « vide.csv » est vide : aucune ligne à importer.',
    );
    expect((await refusal(ledger, 'blanc.csv', '\ufeff\r\n ;; \r\n\r\n')).message).toMatch(/est vide/);
    expect((await refusal(ledger, 'entetes.csv', csvText([header]))).message).toMatch(/qu'une ligne d'en-têtes/);
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    expect((await refusal(ledger, 'export.csv', binary)).message).toMatch(/« export.csv » n'est pas un fichier texte/);
    expect((await refusal(ledger, 'f.csv', Buffer.from('%PDF-1.7\n…'))).message).toMatch(/est un PDF/);
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect((await refusal(ledger, 'vieux.xls', xls)).message).toMatch(/Excel 97-2003/);
    expect((await refusal(ledger, 'zip.xlsx', Buffer.from('PK\u0003\u0004garbage'))).message).toMatch(
      /pas un classeur XLSX lisible/,
    );
    expect((await refusal(ledger, 'q.csv', 'Code client;N° facture\r\nC1;"F1\r\nC2;F2\r\n')).message).toMatch(
      /Guillemet/,
    );
    expect((await ledger.fail('imports.inspect', { source: { path: '/nope/none.csv' }, kind: 'clients' })).code).toBe(
      'not_found',
    );
  });

  it('missing and duplicated columns', async () => {
    const ledger = await invoiceLedger();
    const missing = await refusal(
      ledger,
      'sans-montant.csv',
      csvText([
        ['Code client', 'N° facture'],
        ['C1', 'F1'],
      ]),
      false,
    );
    expect(missing).toMatchObject({ code: 'validation', field: 'mapping.amount' });
    expect(missing.message).toMatch(/^Colonne obligatoire manquante : Montant TTC\./);

    const twice = csvText([
      ['Code client', 'N° facture', 'Montant', 'Montant'],
      ['C1', 'F1', '10,00', '12,00'],
    ]);
    const duplicated = await refusal(ledger, 'double.csv', twice, false);
    expect(duplicated.message).toMatch(/Colonnes en double dans le fichier : « Montant »/);
    const source = { path: fileIn(tempDir(), 'double.csv', twice) };
    const inspection = await ledger.call('imports.inspect', { source, kind: 'invoices' });
    expect(inspection.columns.map((c) => c.name)).toEqual(['Code client', 'N° facture', 'Montant', 'Montant (2)']);
    expect(inspection.notices.map((n) => n.code)).toContain('repeated_columns');
    const mapping = { clientCode: 'Code client', number: 'N° facture', amount: 'Montant' };
    expect((await ledger.fail('imports.preview', { source, kind: 'invoices', mapping })).message).toMatch(
      /apparaît plusieurs fois.*« Montant », « Montant \(2\) »/,
    );
    expect(
      await ledger.call('imports.preview', {
        source,
        kind: 'invoices',
        mapping: { ...mapping, amount: 'Montant (2)' },
      }),
    ).toMatchObject({
      created: 1,
      rejectedRows: 0,
    });
  });

  it('refuses a file over 60 MB before reading it, and reads a 50 MB one', async () => {
    const ledger = await invoiceLedger();
    const dir = tempDir();
    const huge = fileIn(dir, 'enorme.csv', '');
    const fd = openSync(huge, 'r+');
    writeSync(fd, 'x', 61 * 1024 * 1024); // sparse: instant, 61 MB as far as stat can tell
    closeSync(fd);
    await expectUntouched(ledger, async () => {
      expect((await ledger.fail('imports.inspect', { source: { path: huge }, kind: 'clients' })).message).toBe(
        'Le fichier « enorme.csv » fait 61,0 Mo : 60 Mo au plus. Découpez-le en plusieurs fichiers.',
      );
    });

    // ~50 MB of clients with long notes; the last row has a bad SIREN.
    const notes = 'Observation '.repeat(160);
    const rows = Array.from({ length: 26_000 }, (_, i) => [`K${i}`, `Client ${i}`, '', notes]);
    rows.push(['C-last', 'Dernier', '12345', notes]);
    const path = fileIn(dir, 'gros.csv', csvText([['Code client', 'Raison sociale', 'SIREN', 'Notes'], ...rows]));
    const preview = await ledger.call('imports.preview', { source: { path }, kind: 'clients' });
    expect(preview).toMatchObject({ totalRows: 26_001, created: 26_000, rejectedRows: 1 });
    expect(preview.errors).toMatchObject([
      { row: 26_002, column: 'SIREN', value: '12345', message: 'SIREN invalide : « 12345 » (9 chiffres)' },
    ]);
    await expectUntouched(ledger, async () => {
      expect((await ledger.fail('imports.run', { source: { path }, kind: 'clients' })).message).toMatch(
        /^1 ligne invalide sur 26001/,
      );
    });
  });
});

describe('encodings', () => {
  it('reads a Windows-1252 export with its accents, € and curly apostrophes', async () => {
    const ledger = await newLedger();
    const text = csvText([
      ['Code client', 'Raison sociale', 'Ville'],
      ['C1', 'Société Générale d’Œnologie', 'Besançon'],
      ['C2', 'Crème & Brûlée — 5 € la part', 'Sète'],
    ]);
    const cp1252 = Buffer.from(
      [...text].map((c) => ({ '’': 0x92, Œ: 0x8c, '€': 0x80, '—': 0x97 })[c] ?? c.charCodeAt(0)),
    );
    const source = { path: fileIn(tempDir(), 'ansi.csv', cp1252) };
    const inspection = await ledger.call('imports.inspect', { source, kind: 'clients' });
    expect(inspection).toMatchObject({ encoding: 'windows-1252', notices: [{ code: 'encoding_windows_1252' }] });
    await ledger.call('imports.run', { source, kind: 'clients' });
    const names = (await ledger.call('clients.list', { sortField: 'code' })).rows.map((c) => [c.name, c.city]);
    expect(names).toEqual([
      ['Société Générale d’Œnologie', 'Besançon'],
      ['Crème & Brûlée — 5 € la part', 'Sète'],
    ]);
  });

  it('takes UTF-8 with a BOM, tabs, and an upload sent as base64 (browser mode)', async () => {
    const ledger = await newLedger();
    const text =
      '\ufeff' +
      csvText(
        [
          ['Code client', 'Raison sociale'],
          ['007', 'Zéro Zéro Sept'],
        ],
        '\t',
      );
    const source = { fileName: 'upload.tsv', contentBase64: Buffer.from(text).toString('base64') };
    expect(await ledger.call('imports.inspect', { source, kind: 'clients' })).toMatchObject({
      fileName: 'upload.tsv',
      encoding: 'utf-8',
      separator: '\t',
      columns: [{ name: 'Code client' }, { name: 'Raison sociale' }],
    });
    await ledger.call('imports.run', { source, kind: 'clients' });
    expect((await ledger.call('clients.list', {})).rows).toMatchObject([{ code: '007', name: 'Zéro Zéro Sept' }]);
  });
});
