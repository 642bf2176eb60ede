import { describe, expect, it } from 'vitest';
import { newLedger, rowCounts, tempDir, TODAY } from './helpers';
import { csvText, encoursOf, fileIn, seedClients } from './imports-files';

const clientsCsv = csvText([
  ['Code client', 'Raison sociale', 'SIREN', 'Ville', 'Conditions de paiement', "Plafond d'encours"],
  ['00042', 'Boulangerie Dupré', '012 345 678', 'Lyon', '45 jours fin de mois', '10 000,00'],
  ['C-7', '=HYPERLINK("http://x.example","clic")', '', 'Paris', '30 jours', ''],
  ['C-8', 'Garage Lefèvre', '', '', '', '2.500,50'],
]);

describe('client files', () => {
  it('inspects, previews and imports, keeping codes as text', async () => {
    const ledger = await newLedger();
    const source = { path: fileIn(tempDir(), 'clients.csv', clientsCsv) };
    const inspection = await ledger.call('imports.inspect', { source, kind: 'clients' });
    expect(inspection).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      separator: ';',
      hasHeader: true,
      rowCount: 3,
    });
    expect(inspection.suggestedMapping).toMatchObject({
      code: 'Code client',
      name: 'Raison sociale',
      siren: 'SIREN',
      city: 'Ville',
      paymentTerms: 'Conditions de paiement',
      creditLimit: "Plafond d'encours",
    });
    expect(inspection.columns[0].samples).toEqual(['00042', 'C-7', 'C-8']);
    expect(inspection.fields.find((f) => f.key === 'code')).toMatchObject({ required: true, label: 'Code client' });

    const preview = await ledger.call('imports.preview', { source, kind: 'clients' });
    expect(preview).toMatchObject({ written: false, created: 3, updated: 0, rejectedRows: 0, errors: [] });
    expect(rowCounts(ledger.core).client).toBe(0);

    const report = await ledger.call('imports.run', { source, kind: 'clients' });
    expect(report).toMatchObject({ written: true, created: 3, clients: { created: 3 } });
    const list = await ledger.call('clients.list', { sortField: 'code' });
    const dupre = await ledger.call('clients.get', { id: list.rows.find((c) => c.code === '00042')!.id });
    expect(dupre).toMatchObject({
      siren: '012345678',
      city: 'Lyon',
      paymentTerms: { days: 45, mode: 'days_then_end_of_month' },
      creditLimitCents: 1_000_000,
    });
    expect(list.rows.find((c) => c.code === 'C-7')!.name).toBe('=HYPERLINK("http://x.example","clic")');
    expect(list.rows.find((c) => c.code === 'C-8')!.creditLimitCents).toBe(250_050);
    const timeline = await ledger.call('timeline.list', { clientId: dupre.id });
    expect(timeline.rows.map((e) => e.kind)).toEqual(['import']);
    expect(timeline.rows[0].summary).toContain('clients.csv');
  });

  it('updates instead of duplicating, and empty cells never erase', async () => {
    const ledger = await newLedger();
    const dir = tempDir();
    await ledger.call('imports.run', { source: { path: fileIn(dir, 'a.csv', clientsCsv) }, kind: 'clients' });
    const activities = rowCounts(ledger.core).activity;
    const again = await ledger.call('imports.run', {
      source: { path: fileIn(dir, 'a.csv', clientsCsv) },
      kind: 'clients',
    });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(rowCounts(ledger.core)).toMatchObject({ client: 3, activity: activities });

    const changed = csvText([
      ['Code client', 'Raison sociale', 'Ville'],
      ['00042', 'Boulangerie Dupré', ''],
      ['C-8', 'Garage Lefèvre & Fils', 'Nantes'],
    ]);
    const report = await ledger.call('imports.run', {
      source: { path: fileIn(dir, 'b.csv', changed) },
      kind: 'clients',
    });
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const rows = (await ledger.call('clients.list', {})).rows;
    expect(rows.find((c) => c.code === '00042')!.city).toBe('Lyon');
    expect(rows.find((c) => c.code === 'C-8')).toMatchObject({ name: 'Garage Lefèvre & Fils', city: 'Nantes' });
  });
});

describe('invoice files', () => {
  const invoicesCsv = csvText([
    [
      'N° facture',
      'Code client',
      'Type',
      'Date facture',
      'Échéance',
      'Montant TTC',
      'Date règlement',
      'Montant réglé',
      'Litige',
    ],
    ['F-001', 'C1', 'facture', '15/09/2026', '', '1 200,00', '', '', 'non'],
    ['F-002', 'C1', 'facture', '01/10/2026', '15/10/2026', '500,00', '20/10/2026', '200,00', 'oui'],
    ['F-003', 'C2', 'facture', '01/11/2026', '', '300,00', '05/11/2026', '', ''],
    ['A-001', 'C1', 'avoir', '02/11/2026', '', '50,00', '', '', ''],
    ['F-004', 'C2', '', '', '', '80,00', '', '', ''],
  ]);

  it('creates invoices, credit notes, settlements and disputes, with due dates from the terms', async () => {
    const ledger = await newLedger();
    const ids = await seedClients(ledger, ['C1', 'C2']);
    await ledger.call('clients.update', { id: ids.get('C1')!, paymentTerms: { days: 60, mode: 'net' } });
    const source = { path: fileIn(tempDir(), 'factures.csv', invoicesCsv) };
    const preview = await ledger.call('imports.preview', { source, kind: 'invoices' });
    expect(preview).toMatchObject({
      created: 5,
      invoices: { created: 4 },
      creditNotes: { created: 1 },
      payments: { created: 2 },
      allocationsCreated: 2,
      disputesOpened: 1,
      rejectedRows: 0,
    });
    await ledger.call('imports.run', { source, kind: 'invoices' });
    const invoices = (await ledger.call('invoices.list', { limit: 50 })).rows;
    const byNumber = (n: string) => invoices.find((i) => i.number === n)!;
    expect(byNumber('F-001')).toMatchObject({ issueDate: '2026-09-15', dueDate: '2026-11-14', openCents: 120_000 });
    expect(byNumber('F-002')).toMatchObject({ dueDate: '2026-10-15', openCents: 30_000, disputed: true });
    expect(byNumber('F-003')).toMatchObject({ dueDate: '2026-12-01', openCents: 0, status: 'paid' });
    expect(byNumber('A-001')).toMatchObject({ kind: 'credit_note', amountCents: 5_000 });
    expect(byNumber('F-004')).toMatchObject({ status: 'to_issue', issueDate: null, dueDate: null });
    expect(await encoursOf(ledger, ids.get('C1')!)).toBe(120_000 + 30_000 - 5_000);
    expect(await encoursOf(ledger, ids.get('C2')!)).toBe(8_000);
    const disputes = await ledger.call('disputes.list', {});
    expect(disputes).toMatchObject([{ invoiceNumber: 'F-002', reason: 'other', openedOn: TODAY }]);

    const counts = rowCounts(ledger.core);
    const again = await ledger.call('imports.run', { source, kind: 'invoices' });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5, payments: { created: 0 }, disputesOpened: 0 });
    expect(rowCounts(ledger.core)).toEqual(counts);
  });

  it('creates the client from its name when the code is unknown', async () => {
    const ledger = await newLedger();
    const csv = csvText([
      ['Client', 'Nom client', 'Numéro', 'Date', 'Montant'],
      ['0099', 'Cave Terra Ventoux', 'F1', '2026-11-01', '10'],
      ['0099', 'Cave Terra Ventoux', 'F2', '2026-11-02', '20'],
    ]);
    const report = await ledger.call('imports.run', {
      source: { path: fileIn(tempDir(), 'f.csv', csv) },
      kind: 'invoices',
    });
    expect(report).toMatchObject({ created: 2, clients: { created: 1 } });
    expect((await ledger.call('clients.list', {})).rows).toMatchObject([
      { code: '0099', name: 'Cave Terra Ventoux', exposureCents: 3_000 },
    ]);
  });

  it('reads m/d/yyyy only when told so', async () => {
    const ledger = await newLedger();
    await seedClients(ledger, ['C1']);
    const source = {
      path: fileIn(
        tempDir(),
        'us.csv',
        csvText(
          [
            ['Client', 'Number', 'Date', 'Amount'],
            ['C1', 'F1', '2/15/2026', '"1,234.50"'],
          ],
          ',',
        ),
      ),
    };
    const dmy = await ledger.call('imports.preview', { source, kind: 'invoices' });
    expect(dmy.errors).toMatchObject([{ row: 2, column: 'Date', value: '2/15/2026', code: 'impossible_date' }]);
    await ledger.call('imports.run', { source, kind: 'invoices', dateFormat: 'mdy' });
    expect((await ledger.call('invoices.list', {})).rows[0]).toMatchObject({
      issueDate: '2026-02-15',
      amountCents: 123_450,
    });
  });
});

describe('payment files', () => {
  it('keys payments by client, date, amount and reference, and allocates to the invoice named', async () => {
    const ledger = await newLedger();
    const ids = await seedClients(ledger, ['C1']);
    const invoice = await ledger.call('invoices.create', {
      clientId: ids.get('C1')!,
      number: 'F-9',
      issueDate: '2026-10-01',
      amountCents: 30_000,
    });
    const csv = csvText([
      ['Code client', 'Date', 'Montant', 'Mode de règlement', 'Référence', 'Facture'],
      ['C1', '05/11/2026', '100,00', 'Virement', 'VIR 123', 'F-9'],
      ['C1', '06/11/2026', '100,00', 'chèque', 'CHQ 7', ''],
      ['C1', '06/11/2026', '100,00', 'chèque', 'CHQ 7', ''],
    ]);
    const source = { path: fileIn(tempDir(), 'reglements.csv', csv) };
    const report = await ledger.call('imports.run', { source, kind: 'payments' });
    expect(report).toMatchObject({ created: 3, allocationsCreated: 1 });
    expect((await ledger.call('invoices.get', { id: invoice.id })).openCents).toBe(20_000);
    const payments = (await ledger.call('payments.list', {})).rows;
    expect(payments.map((p) => p.method).sort()).toEqual(['cheque', 'cheque', 'transfer']);
    expect(await encoursOf(ledger, ids.get('C1')!)).toBe(0);

    const again = await ledger.call('imports.run', { source, kind: 'payments' });
    expect(again).toMatchObject({ created: 0, unchanged: 3, allocationsCreated: 0 });
    expect(rowCounts(ledger.core).payment).toBe(3);
  });
});

describe('mapping memory, progress and cancel', () => {
  it('remembers the mapping used for a source and offers it next time', async () => {
    const ledger = await newLedger();
    const csv = csvText([
      ['Ident', 'Libellé tiers'],
      ['X1', 'Alpha'],
    ]);
    const source = { path: fileIn(tempDir(), 'tiers.csv', csv) };
    const first = await ledger.call('imports.inspect', { source, kind: 'clients' });
    expect(first.rememberedMapping).toBeNull();
    expect(await ledger.fail('imports.preview', { source, kind: 'clients' })).toMatchObject({
      code: 'validation',
      field: 'mapping.code',
      message: expect.stringContaining('Colonne obligatoire manquante'),
    });
    await ledger.call('imports.run', { source, kind: 'clients', mapping: { code: 'Ident', name: 'Libellé tiers' } });
    const next = await ledger.call('imports.inspect', { source, kind: 'clients' });
    expect(next.rememberedMapping).toEqual({ code: 'Ident', name: 'Libellé tiers' });
    expect(await ledger.call('imports.preview', { source, kind: 'clients' })).toMatchObject({ unchanged: 1 });
    const saved = await ledger.call('imports.mappings.list', { kind: 'clients' });
    expect(saved).toMatchObject([{ kind: 'clients', sourceKey: next.sourceKey, columns: ['Ident', 'Libellé tiers'] }]);
    await ledger.call('imports.mappings.delete', { id: saved[0].id });
    expect(await ledger.call('imports.mappings.list', {})).toEqual([]);
    expect(
      await ledger.fail('imports.mappings.save', { kind: 'clients', columns: ['A'], mapping: { code: 'B' } }),
    ).toMatchObject({
      code: 'validation',
      field: 'mapping.code',
    });
  });

  it('reports progress, and a cancel writes nothing', async () => {
    const ledger = await newLedger();
    await seedClients(ledger, ['C1']);
    const rows = Array.from({ length: 12_000 }, (_, i) => ['C1', `F${i}`, '01/11/2026', '10,00']);
    const source = { path: fileIn(tempDir(), 'big.csv', csvText([['Client', 'Numéro', 'Date', 'Montant'], ...rows])) };
    const events: Array<{ done: number; total: number }> = [];
    ledger.core.subscribe((event) => {
      if (event.type !== 'task.progress' || event.taskId !== 'cancel-me') return;
      events.push(event);
      if (events.length === 1) void ledger.core.dispatch('tasks.cancel', { taskId: 'cancel-me' });
    });
    const before = rowCounts(ledger.core);
    expect(await ledger.fail('imports.run', { source, kind: 'invoices', taskId: 'cancel-me' })).toMatchObject({
      code: 'cancelled',
    });
    expect(rowCounts(ledger.core)).toEqual(before);
    expect(events[0].total).toBe(24_000);

    const progress: number[] = [];
    ledger.core.subscribe(
      (event) => event.type === 'task.progress' && event.taskId === 'ok' && progress.push(event.done),
    );
    await ledger.call('imports.run', { source, kind: 'invoices', taskId: 'ok' });
    expect(progress.at(-1)).toBe(24_000);
    expect(rowCounts(ledger.core).invoice).toBe(12_000);
  });
});
