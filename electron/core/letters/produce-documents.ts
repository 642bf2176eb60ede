import type { DunningChannel, QueueItem } from '../../../shared/contract/reminders.types';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';
import type { TaskHandle } from '../tasks';

export interface ProducedInvoice {
  invoiceId: number;
  openCents: number;
  interestCents: number;
  indemnityCents: number;
}

export interface ProducedItem {
  clientId: number;
  channel: DunningChannel;
  pdfPath: string | null;
  emlPath: string | null;
  invoices: ProducedInvoice[];
  openCents: number;
  interestCents: number;
  indemnityCents: number;
}

export interface ProducedRun {
  outDir: string;
  combinedPdfPath: string | null;
  items: ProducedItem[];
  /** Every file written, so a failed recording can remove them all. */
  files: string[];
}

/** Writes the letters (one PDF each and one combined PDF) and .eml drafts of the items. PLACEHOLDER signature. */
export async function produceDocuments(
  _ctx: CoreContext,
  _items: QueueItem[],
  _options: { today: IsoDate; outDir?: string; task: TaskHandle },
): Promise<ProducedRun> {
  throw new Error('produceDocuments: not implemented yet');
}
