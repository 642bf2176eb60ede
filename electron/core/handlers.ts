import { callHandlers } from './calls/calls.handlers';
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
import { dunningSettingsHandlers } from './dunning-settings/dunning-settings.handlers';
import { letterHandlers } from './letters/letters.handlers';
import { promiseHandlers } from './promises/promises.handlers';
import { reminderHandlers } from './reminders/reminders.handlers';
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
  dunningSettingsHandlers,
  reminderHandlers,
  letterHandlers,
  callHandlers,
  promiseHandlers,
);
