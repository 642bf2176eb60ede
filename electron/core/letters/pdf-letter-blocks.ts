import type { LetterInvoiceLine } from '../../../shared/contract/reminders.types';
import type { LetterData } from '../../../shared/domain/templates/letter-data';
import { money, shortDate } from '../../../shared/domain/templates/letter-format';
import { LETTER_LABELS, type LetterLabels } from '../../../shared/domain/templates/letter-labels';
import { paymentLines, totalLines } from '../../../shared/domain/templates/letter-text';
import { COLORS, CONTENT_BOTTOM, CONTENT_WIDTH, MARGIN, MM } from './pdf-geometry';

/** The letter's blocks: the invoice table (header repeated on each page), the totals, the payment details. */

interface Column {
  title: string;
  /** Share of the content width. */
  width: number;
  align: 'left' | 'right';
  cell: (line: LetterInvoiceLine) => string;
}

function columnsFor(data: LetterData, labels: LetterLabels): Column[] {
  const lang = data.language;
  const columns: Column[] = [
    { title: labels.number, width: 26, align: 'left', cell: (l) => l.number },
    { title: labels.issueDate, width: 18, align: 'left', cell: (l) => shortDate(l.issueDate) },
    { title: labels.dueDate, width: 18, align: 'left', cell: (l) => shortDate(l.dueDate) },
    { title: labels.amount, width: 24, align: 'right', cell: (l) => money(l.amountCents, lang) },
    { title: labels.open, width: 24, align: 'right', cell: (l) => money(l.openCents, lang) },
    { title: labels.daysLate, width: 16, align: 'right', cell: (l) => (l.daysLate > 0 ? String(l.daysLate) : '—') },
  ];
  if (data.level === 'formal_notice' || data.level === 'statement') {
    columns.push(
      { title: labels.interest, width: 20, align: 'right', cell: (l) => money(l.interestCents, lang) },
      { title: labels.indemnity, width: 20, align: 'right', cell: (l) => money(l.indemnityCents, lang) },
    );
  }
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  return columns.map((column) => ({ ...column, width: (column.width / total) * CONTENT_WIDTH }));
}

const PAD = 1.5 * MM;

/**
 * One line of text in a box, aligned by hand: given a width, pdfkit runs its line wrapper word by word, which
 * for table cells and amounts cost more than everything else in a letter.
 */
export function drawCell(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  align: 'left' | 'right' = 'left',
): void {
  const left = align === 'right' ? x + width - doc.widthOfString(text) : x;
  doc.text(text, left, y, { lineBreak: false });
}

function drawRow(doc: PDFKit.PDFDocument, columns: Column[], cells: string[], y: number, height: number): void {
  let x = MARGIN.left;
  columns.forEach((column, index) => {
    drawCell(doc, cells[index], x + PAD, y + 3, column.width - 2 * PAD, column.align);
    x += column.width;
  });
  doc
    .moveTo(MARGIN.left, y + height)
    .lineTo(MARGIN.left + CONTENT_WIDTH, y + height)
    .lineWidth(0.4)
    .stroke(COLORS.rule);
}

export function drawInvoiceTable(doc: PDFKit.PDFDocument, data: LetterData): void {
  const labels = LETTER_LABELS[data.language];
  const columns = columnsFor(data, labels);
  const size = columns.length > 6 ? 7.5 : 8.5;
  const rowHeight = size + 7;
  const headerHeight = rowHeight * 2 - 4;
  const header = () => {
    const y = doc.y;
    doc.rect(MARGIN.left, y, CONTENT_WIDTH, headerHeight).fill(COLORS.header);
    doc.fillColor(COLORS.text).font('bold').fontSize(size);
    let x = MARGIN.left;
    for (const column of columns) {
      doc.text(column.title, x + PAD, y + 3, {
        width: column.width - 2 * PAD,
        align: column.align,
        height: headerHeight,
      });
      x += column.width;
    }
    doc.font('regular');
    doc.y = y + headerHeight;
  };
  if (doc.y + headerHeight + rowHeight > CONTENT_BOTTOM) doc.addPage();
  header();
  for (const line of data.invoices) {
    if (doc.y + rowHeight > CONTENT_BOTTOM) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    doc.fillColor(COLORS.text).font('regular').fontSize(size);
    drawRow(
      doc,
      columns,
      columns.map((column) => column.cell(line)),
      y,
      rowHeight,
    );
    doc.y = y + rowHeight;
  }
  doc.x = MARGIN.left;
  doc.y += 4 * MM;
}

export function drawTotals(doc: PDFKit.PDFDocument, data: LetterData): void {
  const lines = totalLines(data);
  const width = 120 * MM;
  const x = MARGIN.left + CONTENT_WIDTH - width;
  const rowHeight = 15;
  if (doc.y + lines.length * rowHeight > CONTENT_BOTTOM) doc.addPage();
  lines.forEach(([label, value], index) => {
    // The last line is the one to pay: reste dû alone, or the total claimed.
    const strong = index === lines.length - 1;
    const y = doc.y;
    if (strong && lines.length > 1)
      doc
        .moveTo(x, y)
        .lineTo(x + width, y)
        .lineWidth(0.8)
        .stroke(COLORS.text);
    doc
      .fillColor(COLORS.text)
      .font(strong ? 'bold' : 'regular')
      .fontSize(9.5);
    drawCell(doc, label, x, y + 3, width * 0.7);
    drawCell(doc, value, x + width * 0.7, y + 3, width * 0.3, 'right');
    doc.y = y + rowHeight;
  });
  doc.font('regular').fillColor(COLORS.text);
  doc.x = MARGIN.left;
  doc.y += 4 * MM;
}

export function drawPaymentDetails(doc: PDFKit.PDFDocument, data: LetterData): void {
  const labels = LETTER_LABELS[data.language];
  const lines = paymentLines(data);
  const lineHeight = 13;
  const height = 8 + 14 + lines.length * lineHeight;
  if (doc.y + height > CONTENT_BOTTOM) doc.addPage();
  const y = doc.y;
  doc.rect(MARGIN.left, y, CONTENT_WIDTH, height).lineWidth(0.6).stroke(COLORS.rule);
  doc
    .fillColor(COLORS.text)
    .font('bold')
    .fontSize(9.5)
    .text(labels.paymentTitle, MARGIN.left + 3 * MM, y + 5, {
      lineBreak: false,
    });
  lines.forEach(([label, value], index) => {
    const lineY = y + 5 + 14 + index * lineHeight;
    doc
      .font('regular')
      .fontSize(9)
      .fillColor(COLORS.muted)
      .text(label, MARGIN.left + 3 * MM, lineY, { lineBreak: false });
    doc.fillColor(COLORS.text).text(value, MARGIN.left + 45 * MM, lineY, { lineBreak: false });
  });
  doc.x = MARGIN.left;
  doc.y = y + height + 4 * MM;
}
