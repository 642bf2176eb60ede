import type { CallList, CallListRow } from '../../../shared/contract/calls.types';
import type { IsoDate } from '../../../shared/domain/dates';
import { formatMoney } from '../../../shared/domain/money';
import { longDate } from '../../../shared/domain/templates/letter-format';
import { letterFonts, newLetterDocument } from '../letters/pdf-fonts';
import { documentBuffer } from '../letters/pdf-letter';
import { COLORS, MM, PAGE } from '../letters/pdf-geometry';
import { frenchDay } from '../reminders/labels';
import { reasonText } from './reason-text';

/** The printable call list (issue 5 §5): one block per client with room for handwritten notes. A4 portrait. */

const M = { left: 15 * MM, right: 15 * MM, top: 14 * MM, bottom: 16 * MM };
const WIDTH = PAGE.width - M.left - M.right;
const NOTE_LINES = 3;
const LINE_GAP = 7 * MM;
const BLOCK_HEIGHT = 27 * MM + NOTE_LINES * LINE_GAP;

/** "priorité 97 : montant 42 · retard 40 · plafond 15" (the parts that count). */
function priorityText(row: CallListRow): string {
  const p = row.priority;
  const parts: Array<[string, number]> = [
    ['montant', p.overduePoints],
    ['retard', p.latenessPoints],
    ['promesses', p.brokenPromisePoints],
    ['plafond', p.creditLimitPoints],
  ];
  const shown = parts.filter(([, points]) => points > 0).map(([name, points]) => `${name} ${points}`);
  return `priorité ${p.score}${shown.length > 0 ? ` : ${shown.join(' · ')}` : ''}`;
}

function drawHeader(doc: PDFKit.PDFDocument, title: string): void {
  doc.font('bold').fontSize(13).fillColor(COLORS.text).text(title, M.left, M.top, { width: WIDTH });
  doc.moveDown(0.6);
}

function drawBlock(doc: PDFKit.PDFDocument, row: CallListRow, index: number, top: number): void {
  const x = M.left + 3 * MM;
  const inner = WIDTH - 6 * MM;
  doc
    .lineWidth(0.6)
    .strokeColor(COLORS.rule)
    .rect(M.left, top, WIDTH, BLOCK_HEIGHT - 3 * MM)
    .stroke();
  doc.font('bold').fontSize(10.5).fillColor(COLORS.text);
  doc.text(`${index}. ${row.clientName} (${row.clientCode})`, x, top + 2.5 * MM, {
    width: inner * 0.6,
    lineBreak: false,
    ellipsis: true,
  });
  doc.font('regular').fontSize(7.5).fillColor(COLORS.muted);
  doc.text(priorityText(row), x + inner * 0.6, top + 3 * MM, { width: inner * 0.4, align: 'right', lineBreak: false });
  doc.font('bold').fontSize(10).fillColor(COLORS.text);
  const phone = row.phone
    ? `Tél. ${row.phone.display}${row.phone.contactName ? ` — ${row.phone.contactName}` : ''}`
    : 'Pas de numéro';
  doc.text(phone, x, top + 8 * MM, { width: inner * 0.5, lineBreak: false, ellipsis: true });
  doc.font('regular').fontSize(9.5);
  const figures = `Échu ${formatMoney(row.overdueCents)} · retard ${row.oldestDaysLate} j${row.collectorName ? ` · ${row.collectorName}` : ''}`;
  doc.text(figures, x + inner * 0.5, top + 8 * MM, { width: inner * 0.5, align: 'right', lineBreak: false });
  doc.fontSize(8.5).fillColor(COLORS.text);
  doc.text(`Motifs : ${row.reasons.map(reasonText).join(' ; ')}`, x, top + 13 * MM, {
    width: inner,
    height: 4 * MM,
    lineBreak: false,
    ellipsis: true,
  });
  const last = row.lastAction
    ? `${frenchDay(row.lastAction.occurredAt.slice(0, 10))} — ${row.lastAction.summary}`
    : 'aucune';
  doc.fillColor(COLORS.muted).text(`Dernière action : ${last}`, x, top + 17.5 * MM, {
    width: inner,
    lineBreak: false,
    ellipsis: true,
  });
  doc
    .fillColor(COLORS.text)
    .fontSize(8)
    .text(
      '☐ joint   ☐ messagerie   ☐ injoignable   ☐ promesse ……… € le ………   ☐ litige   ☐ déjà payé   ☐ rappeler le ………',
      x,
      top + 22 * MM,
      { width: inner, lineBreak: false },
    );
  doc.lineWidth(0.4).strokeColor(COLORS.rule);
  for (let line = 1; line <= NOTE_LINES; line += 1) {
    const y = top + 24 * MM + line * LINE_GAP - 1.5 * MM;
    doc
      .moveTo(x, y)
      .lineTo(x + inner, y)
      .stroke();
  }
}

function drawPageNumbers(doc: PDFKit.PDFDocument): number {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor(COLORS.muted);
    doc.text(`Page ${i + 1} / ${range.count}`, M.left, PAGE.height - 10 * MM, { width: WIDTH, align: 'right' });
  }
  return range.count;
}

/** The PDF's bytes and its page count. */
export async function renderCallListPdf(
  resourcesDir: string,
  list: CallList,
  companyName: string,
  collectorName: string,
  today: IsoDate,
): Promise<{ bytes: Buffer; pages: number }> {
  const doc = newLetterDocument(letterFonts(resourcesDir), { bufferPages: true });
  doc.info.Title = `Appels du ${frenchDay(today)}`;
  const bytes = documentBuffer(doc);
  const title = `${companyName} — appels du ${longDate(today, 'fr')}${collectorName ? ` — ${collectorName}` : ''}`;
  doc.addPage({ size: 'A4', margins: M });
  drawHeader(doc, title);
  doc.font('regular').fontSize(9).fillColor(COLORS.muted);
  doc.text(
    `${list.rows.length} client${list.rows.length > 1 ? 's' : ''} à appeler, ${formatMoney(list.totalOverdueCents)} échus au total. Par ordre de priorité.`,
    M.left,
    doc.y,
    { width: WIDTH },
  );
  let y = doc.y + 3 * MM;
  if (list.rows.length === 0) doc.fillColor(COLORS.text).text('Aucun appel à faire aujourd’hui.', M.left, y);
  list.rows.forEach((row, index) => {
    if (y + BLOCK_HEIGHT > PAGE.height - M.bottom) {
      doc.addPage({ size: 'A4', margins: M });
      drawHeader(doc, title);
      y = doc.y;
    }
    drawBlock(doc, row, index + 1, y);
    y += BLOCK_HEIGHT;
  });
  const pages = drawPageNumbers(doc);
  doc.end();
  return { bytes: await bytes, pages };
}
