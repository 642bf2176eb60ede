import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/tables';
import { closeDisputesOfSettledInvoice } from '../../disputes/disputes.repo';
import { TouchedClients } from '../import-activity';
import type { ImportProgress } from '../import-progress';
import { insertInBatches } from './batch-insert';

type Row = Record<string, unknown>;

export interface RowUpdate {
  id: number;
  clientId: number;
  changes: Row;
}

/**
 * Every row an import writes, with ids already given (see IdAllocator), in the order foreign keys and the
 * allocation triggers need: clients, invoices, payments, then allocations and disputes.
 */
export class LedgerWrites {
  readonly newClients: Row[] = [];
  readonly clientUpdates: RowUpdate[] = [];
  readonly invoiceInserts: Row[] = [];
  readonly invoiceUpdates: RowUpdate[] = [];
  readonly paymentInserts: Row[] = [];
  readonly paymentUpdates: RowUpdate[] = [];
  readonly allocations: Row[] = [];
  readonly disputes: Row[] = [];
  /** Disputed invoices this import settles in full: their disputes close as paid, like a manual allocation. */
  readonly settledDisputed: Array<{ id: number; client_id: number; number: string; date: string }> = [];

  get size(): number {
    return (
      this.newClients.length +
      this.clientUpdates.length +
      this.invoiceInserts.length +
      this.invoiceUpdates.length +
      this.paymentInserts.length +
      this.paymentUpdates.length +
      this.allocations.length +
      this.disputes.length
    );
  }

  async apply(trx: Transaction<DB>, progress: ImportProgress): Promise<TouchedClients> {
    const total = this.size;
    let before = 0;
    const step = async (rows: Row[], table: 'client' | 'invoice' | 'payment' | 'allocation' | 'dispute') => {
      await insertInBatches(trx, table, rows, (done) => progress.written(before + done, total));
      before += rows.length;
    };
    const update = async (updates: RowUpdate[], table: 'client' | 'invoice' | 'payment') => {
      for (const { id, changes } of updates) {
        await trx
          .updateTable(table)
          .set({ ...changes, updated_at: sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')` })
          .where('id', '=', id)
          .execute();
        if (++before % 500 === 0) await progress.written(before, total);
      }
    };
    await step(this.newClients, 'client');
    await update(this.clientUpdates, 'client');
    await step(this.invoiceInserts, 'invoice');
    await update(this.invoiceUpdates, 'invoice');
    await step(this.paymentInserts, 'payment');
    await update(this.paymentUpdates, 'payment');
    await step(this.allocations, 'allocation');
    await step(this.disputes, 'dispute');
    for (const invoice of this.settledDisputed) await closeDisputesOfSettledInvoice(trx, invoice, 'paid', invoice.date);
    return this.touched();
  }

  private touched(): TouchedClients {
    const touched = new TouchedClients();
    for (const row of this.newClients) touched.touch(row.id as number, { created: true });
    for (const row of this.invoiceInserts)
      touched.touch(row.client_id as number, row.kind === 'credit_note' ? { creditNotes: 1 } : { invoices: 1 });
    for (const row of this.paymentInserts) touched.touch(row.client_id as number, { payments: 1 });
    for (const { clientId } of [...this.clientUpdates, ...this.invoiceUpdates, ...this.paymentUpdates])
      touched.touch(clientId, { updated: 1 });
    return touched;
  }
}
