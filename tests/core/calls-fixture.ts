import { addDays } from '../../shared/domain/dates';
import { TODAY, type TestLedger } from './helpers';

/** Clients, contacts with phones, invoices and payments for the phone follow-up tests. */

let counter = 0;

export async function addCaller(
  ledger: TestLedger,
  code: string,
  options: { phone?: string; mobile?: string; creditLimitCents?: number; collectorId?: number } = {},
): Promise<number> {
  const client = await ledger.call('clients.create', {
    code,
    name: `Client ${code}`,
    addressLine1: '12 rue des Lilas',
    postalCode: '69003',
    city: 'Lyon',
    creditLimitCents: options.creditLimitCents ?? null,
  });
  await ledger.call('contacts.create', {
    clientId: client.id,
    name: `Mme ${code}`,
    email: `compta@${code.toLowerCase()}.fr`,
    phone: options.phone ?? '04 78 00 00 01',
    mobile: options.mobile ?? '',
    isPrimaryBilling: true,
  });
  if (options.collectorId !== undefined)
    await ledger.call('collectors.assign', { collectorId: options.collectorId, clientIds: [client.id] });
  return client.id;
}

export async function invoiceDue(ledger: TestLedger, clientId: number, dueDate: string, amountCents = 100_000) {
  counter += 1;
  return ledger.call('invoices.create', {
    clientId,
    number: `FC-${String(counter).padStart(5, '0')}`,
    issueDate: addDays(dueDate, -30),
    dueDate,
    amountCents,
  });
}

export async function pay(ledger: TestLedger, clientId: number, date: string, amountCents: number) {
  return ledger.call('payments.create', { clientId, date, amountCents, allocate: 'fifo' });
}

/** A call that just reached someone, logged on `today`. */
export async function reached(ledger: TestLedger, clientId: number, today = TODAY, extra: object = {}) {
  return ledger.call('calls.log', { clientId, phone: '04 78 00 00 01', outcome: 'reached', today, ...extra });
}

export function rows(ledger: TestLedger, table: string, where = '1 = 1'): number {
  const stmt = ledger.core.ledger.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`);
  return (stmt.get() as { n: number }).n;
}

export function writeCounts(ledger: TestLedger): Record<string, number> {
  return Object.fromEntries(
    ['call_log', 'promise', 'promise_invoice', 'dispute', 'reminder', 'reminder_invoice', 'activity'].map((t) => [
      t,
      rows(ledger, t),
    ]),
  );
}
