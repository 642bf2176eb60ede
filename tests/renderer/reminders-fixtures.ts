import type {
  QueueItem,
  ReminderQueue,
  ReminderRecord,
  ReminderRun,
  TemplatePreview,
} from '../../shared/contract/reminders.types';
import { vi } from 'vitest';
import { clientFileHandlers } from './client-file-fixtures';
import { createFakeBridge, type FakeHandlers } from './fake-bridge';

/** The day's queue as the core would answer it (today = 2026-11-22): a bit of every channel and a problem. */

export function queueItem(overrides: Partial<QueueItem> & { clientId: number }): QueueItem {
  return {
    clientCode: `C${String(overrides.clientId).padStart(5, '0')}`,
    clientName: `Client ${overrides.clientId}`,
    planId: 1,
    planName: 'Standard',
    stepId: 2,
    offsetDays: 7,
    channel: 'letter',
    templateId: 2,
    level: 'reminder_1',
    invoices: [
      {
        invoiceId: overrides.clientId * 10,
        number: `FA-2026-${String(overrides.clientId * 10).padStart(6, '0')}`,
        issueDate: '2026-10-01',
        dueDate: '2026-11-15',
        amountCents: 120_000,
        openCents: 120_000,
        daysLate: 7,
        offsetDays: 7,
      },
    ],
    totalOpenCents: 120_000,
    recipient: { name: 'Service comptabilité', email: '', addressLines: ['1 rue de la Paix', '75002 Paris'] },
    problems: [],
    ...overrides,
  };
}

const invoiceOf = (number: string, invoiceId: number, openCents: number) => ({
  invoiceId,
  number,
  issueDate: '2026-08-01',
  dueDate: '2026-09-30',
  amountCents: openCents,
  openCents,
  daysLate: 53,
  offsetDays: 45,
});

export const SCHMITT_NOTICE = queueItem({
  clientId: 21,
  clientCode: 'C00021',
  clientName: 'Emballages Schmitt SARL',
  stepId: 5,
  offsetDays: 45,
  channel: 'registered_letter',
  templateId: 4,
  level: 'formal_notice',
  invoices: [
    invoiceOf('FA-2026-001298', 562, 440_882),
    invoiceOf('FA-2026-001408', 563, 359_095),
    invoiceOf('FA-2026-001409', 564, 100_000),
    invoiceOf('FA-2026-001410', 565, 50_023),
  ],
  totalOpenCents: 950_000,
});
export const MARTIN_EMAIL = queueItem({
  clientId: 7,
  clientCode: 'C00007',
  clientName: 'Boulangerie Martin',
  channel: 'email',
  stepId: 1,
  offsetDays: -5,
  level: 'courtesy',
  recipient: { name: 'Paul Martin', email: 'paul@martin.fr', addressLines: [] },
});
export const PETIT_NO_ADDRESS = queueItem({
  clientId: 3,
  clientCode: 'C00003',
  clientName: 'Garage Petit',
  recipient: { name: '', email: '', addressLines: [] },
  problems: [{ code: 'no_address', message: 'Client C00003 (Garage Petit) has no postal address for a letter.' }],
});
export const DUBOIS_CALL = queueItem({
  clientId: 9,
  clientCode: 'C00009',
  clientName: 'Dubois Transports',
  channel: 'call',
  templateId: null,
  level: null,
  offsetDays: 15,
});

export function queue(overrides: Partial<ReminderQueue> = {}): ReminderQueue {
  return {
    today: '2026-11-22',
    items: [SCHMITT_NOTICE, MARTIN_EMAIL, PETIT_NO_ADDRESS, DUBOIS_CALL],
    excluded: { disputed: 2, promised: 1, belowMinimum: 0, postponed: 3 },
    lastPaymentDate: '2026-11-20',
    paymentsStale: false,
    paymentsStaleDays: 15,
    ...overrides,
  };
}

export const NOTICE_PREVIEW: TemplatePreview & { pdfBase64: string | null } = {
  letter: {
    subject: 'Mise en demeure de payer',
    parts: [
      { kind: 'paragraph', text: 'Madame, Monsieur,' },
      { kind: 'paragraph', text: 'Par la présente, nous vous mettons en demeure de régler les factures suivantes :' },
      { kind: 'invoices' },
      { kind: 'totals' },
      { kind: 'payment' },
    ],
  },
  invoices: [
    {
      invoiceId: 562,
      number: 'FA-2026-001298',
      issueDate: '2026-08-28',
      dueDate: '2026-09-27',
      amountCents: 440_882,
      openCents: 440_882,
      daysLate: 56,
      interestCents: 8_626,
      indemnityCents: 4_000,
    },
  ],
  totals: {
    openCents: 440_882,
    overdueCents: 440_882,
    interestCents: 8_626,
    indemnityCents: 4_000,
    claimedCents: 453_508,
  },
  pdfBase64: btoa('%PDF-1.7 fake'),
};

export function record(overrides: Partial<ReminderRecord> & { id: number }): ReminderRecord {
  return {
    clientId: 21,
    clientCode: 'C00021',
    clientName: 'Emballages Schmitt SARL',
    date: '2026-11-22',
    status: 'done',
    channel: 'registered_letter',
    offsetDays: 45,
    level: 'formal_notice',
    invoiceNumbers: ['FA-2026-001298', 'FA-2026-001408'],
    openCents: 799_977,
    interestCents: 12_000,
    indemnityCents: 8_000,
    documentPath: '/data/relances/2026-11-22/C00021-mise-en-demeure.pdf',
    emailPath: null,
    trackingNumber: null,
    ...overrides,
  };
}

export const RUN: ReminderRun = {
  outDir: '/data/relances/2026-11-22',
  combinedPdfPath: '/data/relances/2026-11-22/courriers.pdf',
  documents: [
    {
      clientId: 21,
      channel: 'registered_letter',
      reminderId: 40,
      pdfPath: '/data/relances/2026-11-22/C00021.pdf',
      emlPath: null,
    },
    {
      clientId: 7,
      channel: 'email',
      reminderId: 41,
      pdfPath: '/data/relances/2026-11-22/C00007.pdf',
      emlPath: '/data/relances/2026-11-22/C00007.eml',
    },
  ],
  letterCount: 1,
  emailCount: 1,
};

/** The app opened on the Relances screen, answering from the constants above; tests override what they check. */
export function remindersBridge(handlers: FakeHandlers = {}) {
  window.history.replaceState(null, '', '/#/reminders');
  return createFakeBridge({
    ...clientFileHandlers(),
    'reminders.queue': () => queue(),
    'reminders.history': () => ({ rows: [], total: 0 }),
    'reminders.preview': () => NOTICE_PREVIEW,
    ...handlers,
  });
}

/**
 * Downloads as the browser would get them: happy-dom navigates on a click of `<a download>` (a real browser
 * saves the file instead), so the click is recorded here with the file name and the blob it points to.
 */
export function captureDownloads() {
  const blobs = new Map<string, Blob>();
  let next = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${(next += 1)}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const downloads: Array<{ fileName: string; blob: Blob | undefined }> = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ fileName: this.download, blob: blobs.get(this.getAttribute('href') ?? '') });
  });
  return downloads;
}
