import { clientHandlers } from './clients/clients.handlers';
import { collectorHandlers } from './collectors/collectors.handlers';
import { contactHandlers } from './contacts/contacts.handlers';
import { disputeHandlers } from './disputes/disputes.handlers';
import { importHandlers } from './imports/imports.handlers';
import { companyHandlers } from './company/company.handlers';
import type { LedgerHandlers } from './handler-types';
import { invoiceHandlers } from './invoices/invoices.handlers';
import { allocationHandlers, paymentHandlers } from './payments/payments.handlers';
import { mergeHandlers } from './registry';
import { reportHandlers } from './reports/reports.handlers';
import { taskHandlers } from './tasks.handlers';
import { noteHandlers, timelineHandlers } from './timeline/timeline.handlers';

/** Every ledger method's handler, one map per domain. */
export const ledgerHandlers: LedgerHandlers = mergeHandlers(
  companyHandlers,
  clientHandlers,
  invoiceHandlers,
  paymentHandlers,
  allocationHandlers,
  reportHandlers,
  collectorHandlers,
  contactHandlers,
  disputeHandlers,
  timelineHandlers,
  noteHandlers,
  taskHandlers,
  importHandlers,
);
