import { addDays } from '../../shared/domain/dates';
import { newLedger, type TestLedger } from './helpers';

/** A ledger for the reminder tests: clients with or without address and email, invoices due on given dates. */

export interface ClientOptions {
  code: string;
  name?: string;
  address?: boolean;
  email?: string | null;
}

export async function reminderLedger(): Promise<TestLedger> {
  return newLedger('Atelier Martin SARL');
}

export async function addClient(ledger: TestLedger, options: ClientOptions): Promise<number> {
  const address = options.address ?? true;
  const client = await ledger.call('clients.create', {
    code: options.code,
    name: options.name ?? `Client ${options.code}`,
    ...(address ? { addressLine1: '12 rue des Lilas', postalCode: '69003', city: 'Lyon' } : {}),
  });
  const email = options.email === undefined ? `compta@${options.code.toLowerCase()}.fr` : options.email;
  await ledger.call('contacts.create', {
    clientId: client.id,
    name: `Contact ${options.code}`,
    email: email ?? '',
    isPrimaryBilling: true,
  });
  return client.id;
}

let invoiceCounter = 0;

export async function addInvoice(
  ledger: TestLedger,
  clientId: number,
  dueDate: string,
  amountCents = 120_000,
): Promise<{ id: number; number: string }> {
  invoiceCounter += 1;
  const invoice = await ledger.call('invoices.create', {
    clientId,
    number: `FA-${String(invoiceCounter).padStart(5, '0')}`,
    issueDate: addDays(dueDate, -30),
    dueDate,
    amountCents,
  });
  return { id: invoice.id, number: invoice.number };
}

export function sqlite(ledger: TestLedger) {
  return ledger.core.ledger.sqlite;
}

export function count(ledger: TestLedger, table: string, where = '1 = 1'): number {
  return (sqlite(ledger).prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
}
