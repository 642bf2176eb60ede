import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FecReport, ImportReport } from '../../shared/contract/imports.types';
import { runImportCommand } from '../../electron/cli/import-command';
import type { CliIo } from '../../electron/cli/cli-io';
import { createCore } from '../../electron/core/core';
import { tempDir } from '../core/helpers';
import { csvText, fileIn } from '../core/imports-files';

const SAMPLE = join(__dirname, '../../../shared/fixtures/fec/111111111FEC20221231.TXT');

function captureIo(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    interactive: false,
    out: (text: string) => void (io.stdout += text),
    err: (text: string) => void (io.stderr += text),
  };
  return io;
}

/** A new ledger file with clients C1 and C2, closed again: the command opens it like a user would. */
async function ledgerFile(dir: string): Promise<string> {
  const path = join(dir, 'test.encaisse');
  const core = await createCore({ dbPath: path, create: { companyName: 'Test' } });
  for (const code of ['C1', 'C2']) await core.dispatch('clients.create', { code, name: `Client ${code}` });
  await core.close();
  return path;
}

async function invoiceCount(path: string): Promise<number> {
  const core = await createCore({ dbPath: path });
  try {
    return (core.ledger.sqlite.prepare('SELECT COUNT(*) FROM invoice').pluck().get() as number) ?? 0;
  } finally {
    await core.close();
  }
}

describe('encaisse import', () => {
  it('imports a CSV and prints a French report; --json prints the report alone', async () => {
    const dir = tempDir();
    const ledger = await ledgerFile(dir);
    const csv = fileIn(
      dir,
      'f.csv',
      csvText([
        ['Client', 'Numéro', 'Date', 'Montant TTC'],
        ['C1', 'F1', '01/11/2026', '1 234,56'],
        ['C2', 'F2', '02/11/2026', '10'],
      ]),
    );
    const io = captureIo();
    expect(await runImportCommand([ledger, csv, '--kind', 'invoices'], io)).toBe(0);
    expect(io.stdout).toBe(
      'Import de « f.csv » (factures) : 2 ligne(s), 0 rejetée(s)\n  Factures : 2 créé(s), 0 mis à jour, 0 inchangé(s)\n',
    );
    const json = captureIo();
    expect(await runImportCommand([ledger, csv, '--kind', 'invoices', '--json'], json)).toBe(0);
    expect(JSON.parse(json.stdout) as ImportReport).toMatchObject({ written: true, unchanged: 2, created: 0 });
    expect(json.stderr).toBe('');
  });

  it('refuses a file with bad rows (exit 1, nothing written) unless --skip-invalid', async () => {
    const dir = tempDir();
    const ledger = await ledgerFile(dir);
    const csv = fileIn(
      dir,
      'f.csv',
      csvText([
        ['Client', 'Numéro', 'Date', 'Montant TTC'],
        ['C1', 'F1', '31/02/2026', '5'],
        ['C1', 'F2', '01/02/2026', '6'],
      ]),
    );
    const io = captureIo();
    expect(await runImportCommand([ledger, csv, '--kind', 'invoices'], io)).toBe(1);
    expect(io.stdout).toContain('Vérification de « f.csv » (factures) : 2 ligne(s), 1 rejetée(s)');
    expect(io.stdout).toContain('  ligne 2, colonne « Date » : date impossible : « 31/02/2026 »');
    expect(io.stderr).toContain("Rien n'a été importé : 1 ligne(s) invalide(s)");
    expect(await invoiceCount(ledger)).toBe(0);
    expect(await runImportCommand([ledger, csv, '--kind', 'invoices', '--skip-invalid'], captureIo())).toBe(0);
    expect(await invoiceCount(ledger)).toBe(1);
  });

  it('takes a mapping file and a date format', async () => {
    const dir = tempDir();
    const ledger = await ledgerFile(dir);
    const csv = fileIn(
      dir,
      'us.csv',
      csvText([
        ['Customer', 'Doc', 'When', 'Total'],
        ['C1', 'INV-1', '2/15/2026', '12.50'],
      ]),
    );
    const mapping = fileIn(
      dir,
      'm.json',
      JSON.stringify({ mapping: { clientCode: 'Customer', number: 'Doc', issueDate: 'When', amount: 'Total' } }),
    );
    const io = captureIo();
    expect(
      await runImportCommand(
        [ledger, csv, '--kind', 'invoices', '--mapping', mapping, '--date-format', 'mdy', '--json'],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({ created: 1 });
    const badMapping = ['--mapping', fileIn(dir, 'bad.json', '{')];
    await expect(runImportCommand([ledger, csv, '--kind', 'invoices', ...badMapping], captureIo())).rejects.toThrow(
      /--mapping : .*bad.json illisible/,
    );
  });

  it('imports a FEC and says each encours equals the 411 balance', async () => {
    const dir = tempDir();
    const ledger = await ledgerFile(dir);
    const io = captureIo();
    expect(await runImportCommand([ledger, SAMPLE, '--kind', 'fec'], io)).toBe(0);
    expect(io.stdout).toContain("l'encours de chacun des 34 clients égale le solde de son compte 411 dans le fichier");
    expect(io.stdout).toContain('30 jours nets');
    const json = captureIo();
    expect(await runImportCommand([ledger, SAMPLE, '--kind', 'fec', '--json'], json)).toBe(0);
    expect(JSON.parse(json.stdout) as FecReport).toMatchObject({
      kind: 'fec',
      reconciled: true,
      invoices: { created: 0 },
    });
  });

  it('reports usage mistakes and unreadable files', async () => {
    const dir = tempDir();
    const ledger = await ledgerFile(dir);
    const io = captureIo();
    await expect(runImportCommand([ledger, 'x.csv'], io)).rejects.toThrow(/--kind manquant/);
    await expect(runImportCommand([ledger, 'x.csv', '--kind', 'stock'], io)).rejects.toThrow(
      /--kind attend clients ou invoices ou payments ou fec/,
    );
    await expect(runImportCommand([ledger, 'x.csv', '--kind', 'fec', '--date-format', 'mdy'], io)).rejects.toThrow(
      /ne s’appliquent pas à un FEC/,
    );
    await expect(runImportCommand([ledger, join(dir, 'vide.csv'), '--kind', 'clients'], io)).rejects.toThrow(
      /Fichier introuvable/,
    );
    fileIn(dir, 'vide.csv', '');
    await expect(runImportCommand([ledger, join(dir, 'vide.csv'), '--kind', 'clients'], io)).rejects.toThrow(
      /est vide/,
    );
    await expect(
      runImportCommand([join(dir, 'none.encaisse'), join(dir, 'vide.csv'), '--kind', 'clients'], io),
    ).rejects.toThrow(/No ledger file/);
  });
});
