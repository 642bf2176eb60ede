import { CoreError } from '../../../shared/contract/errors';
import type { LedgerHandlers } from '../handler-types';
import { buildQueue } from '../reminders/queue';
import { findQueueItem } from '../reminders/queue-lookup';
import { loadLetterBase } from './letter-data';
import { letterFonts } from './pdf-fonts';
import { renderLetterPdf } from './pdf-letter';
import { prepareItemLetter } from './prepare-letter';
import { locateLetterFile, readLetterFile } from './letters-read';
import { previewTemplate } from './template-preview';

/** Merged letters, their PDFs and reading them back. */
export const letterHandlers = {
  'templates.preview': async (input, ctx) => previewTemplate(ctx, { ...input, today: input.today ?? ctx.today() }),

  'reminders.preview': async ({ clientId, channel, today: day }, ctx) => {
    const today = day ?? ctx.today();
    const item = await findQueueItem(ctx, await buildQueue(ctx, today), { clientId, channel });
    const blocking = item.problems.find((problem) => problem.code === 'template' || problem.code === 'no_template');
    if (blocking) throw new CoreError('validation', blocking.message, 'clientId');
    const base = await loadLetterBase(ctx);
    const { letter, data } = prepareItemLetter(base, item, today, 'clientId');
    const pdf = channel === 'call' ? null : await renderLetterPdf(letterFonts(ctx.resourcesDir), letter, data, base);
    return { letter, invoices: data.invoices, totals: data.totals, pdfBase64: pdf ? pdf.toString('base64') : null };
  },

  'letters.read': async ({ path }, ctx) => readLetterFile(ctx, path),

  'letters.locate': async ({ path }, ctx) => ({ path: (await locateLetterFile(ctx, path)).real }),
} satisfies Pick<LedgerHandlers, 'templates.preview' | 'reminders.preview' | 'letters.read' | 'letters.locate'>;
