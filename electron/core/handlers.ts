import { clientHandlers } from './clients/clients.handlers';
import { companyHandlers } from './company/company.handlers';
import type { LedgerHandlers } from './handler-types';
import { invoiceHandlers } from './invoices/invoices.handlers';
import { allocationHandlers, paymentHandlers } from './payments/payments.handlers';
import { mergeHandlers } from './registry';
import { reportHandlers } from './reports/reports.handlers';

/** Every ledger method's handler, one map per domain. */
export const ledgerHandlers: LedgerHandlers = mergeHandlers(
  companyHandlers,
  clientHandlers,
  invoiceHandlers,
  paymentHandlers,
  allocationHandlers,
  reportHandlers,
);
