import type { ComposedLetter } from '../../../shared/contract/reminders.types';
import type { LetterData } from '../../../shared/domain/templates/letter-data';
import { LETTER_LABELS } from '../../../shared/domain/templates/letter-labels';
import { drawCell, drawInvoiceTable, drawPaymentDetails, drawTotals } from './pdf-letter-blocks';
import { drawLetterHead, drawSignature, type LetterImages } from './pdf-letter-head';
import { COLORS, CONTENT_BOTTOM, CONTENT_WIDTH, MARGIN, MM, PAGE } from './pdf-geometry';
import { newLetterDocument, type LetterFonts } from './pdf-fonts';

/**
 * Draws one letter from a new page of `doc` (which must buffer its pages), then its footer and, when it runs
 * over one page, "Page n / N" on each of its pages. Several letters may share one document (the batch PDF).
 */
export function drawLetter(
  doc: PDFKit.PDFDocument,
  letter: ComposedLetter,
  data: LetterData,
  images: LetterImages,
): void {
  doc.addPage();
  const first = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
  drawLetterHead(doc, data, letter.subject, images);
  for (const part of letter.parts) {
    if (part.kind === 'paragraph') drawParagraph(doc, part.text);
    else if (part.kind === 'invoices') drawInvoiceTable(doc, data);
    else if (part.kind === 'totals') drawTotals(doc, data);
    else drawPaymentDetails(doc, data);
  }
  drawSignature(doc, data, images, CONTENT_BOTTOM);
  const range = doc.bufferedPageRange();
  drawFooters(doc, data, first, range.start + range.count - first);
}

function drawParagraph(doc: PDFKit.PDFDocument, text: string): void {
  doc.font('regular').fontSize(10).fillColor(COLORS.text);
  // Two lines at least at the foot of a page, so a paragraph never leaves one line behind.
  if (doc.y + 2 * doc.currentLineHeight(true) > CONTENT_BOTTOM) doc.addPage();
  doc.text(text, MARGIN.left, doc.y, { width: CONTENT_WIDTH, align: 'justify', lineGap: 2 });
  doc.y += 3.5 * MM;
}

function legalMentions(data: LetterData): string {
  const { company } = data;
  const labels = LETTER_LABELS[data.language];
  return [
    company.legalForm ? `${company.name} – ${company.legalForm}` : company.name,
    company.siren ? `${labels.siren} ${company.siren}` : '',
    company.vatNumber ? `${labels.vat} ${company.vatNumber}` : '',
    company.addressLines.join(', '),
  ]
    .filter((v) => v !== '')
    .join(' – ');
}

function drawFooters(doc: PDFKit.PDFDocument, data: LetterData, first: number, count: number): void {
  const labels = LETTER_LABELS[data.language];
  const mentions = legalMentions(data);
  for (let index = 0; index < count; index += 1) {
    doc.switchToPage(first + index);
    // Below the bottom margin pdfkit would open a new page: lift the margin while writing the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - 17 * MM;
    doc
      .moveTo(MARGIN.left, y - 2 * MM)
      .lineTo(MARGIN.left + CONTENT_WIDTH, y - 2 * MM)
      .lineWidth(0.4)
      .stroke(COLORS.rule);
    doc.font('regular').fontSize(7).fillColor(COLORS.muted);
    doc.text(mentions, MARGIN.left, y, { width: CONTENT_WIDTH, align: 'center', lineGap: 1 });
    if (count > 1) {
      doc.fontSize(8);
      drawCell(doc, labels.page(index + 1, count), MARGIN.left, PAGE.height - 9 * MM, CONTENT_WIDTH, 'right');
    }
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor(COLORS.text);
}

/** Collects a document's bytes. */
export function documentBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** One letter as a PDF file's bytes. */
export function renderLetterPdf(
  fonts: LetterFonts,
  letter: ComposedLetter,
  data: LetterData,
  images: LetterImages,
): Promise<Buffer> {
  const doc = newLetterDocument(fonts, { bufferPages: true });
  const bytes = documentBuffer(doc);
  drawLetter(doc, letter, data, images);
  doc.end();
  return bytes;
}
