import type { LetterData } from '../../../shared/domain/templates/letter-data';
import { longDate } from '../../../shared/domain/templates/letter-format';
import { LETTER_LABELS } from '../../../shared/domain/templates/letter-labels';
import { BODY_START, COLORS, CONTENT_WIDTH, MARGIN, MM, WINDOW } from './pdf-geometry';

export interface LetterImages {
  logo: Buffer | null;
  signature: Buffer | null;
}

/** Letterhead (top left), recipient in the envelope window, place and date, subject and account reference. */
export function drawLetterHead(doc: PDFKit.PDFDocument, data: LetterData, subject: string, images: LetterImages): void {
  const labels = LETTER_LABELS[data.language];
  const { company } = data;
  let y = MARGIN.top;
  if (images.logo) {
    try {
      doc.image(images.logo, MARGIN.left, y, { fit: [45 * MM, 18 * MM] });
      y += 20 * MM;
    } catch {
      // An unreadable logo must not stop the letter: the company name still heads it.
    }
  }
  doc
    .fillColor(COLORS.text)
    .font('bold')
    .fontSize(12)
    .text(company.name, MARGIN.left, y, { width: 80 * MM });
  doc.font('regular').fontSize(8.5).fillColor(COLORS.muted);
  const contactLines = [...company.addressLines, company.phone, company.email].filter((v) => v !== '');
  doc.text(contactLines.join('\n'), MARGIN.left, doc.y + 2, { width: 80 * MM, lineGap: 1 });

  let top = WINDOW.y;
  if (data.channel === 'registered_letter') {
    doc
      .font('bold')
      .fontSize(9)
      .fillColor(COLORS.text)
      .text(labels.registered, WINDOW.x, 36 * MM, {
        width: WINDOW.width,
      });
    doc
      .font('regular')
      .fontSize(8.5)
      .text(labels.trackingNumber, WINDOW.x, doc.y + 1, { width: WINDOW.width });
    top = Math.max(top, doc.y + 2 * MM);
  }
  const recipient = [data.client.name];
  if (data.contact?.name) {
    recipient.push(
      data.language === 'fr' ? `À l'attention de ${data.contact.name}` : `For the attention of ${data.contact.name}`,
    );
  }
  recipient.push(...data.client.addressLines);
  doc.font('regular').fontSize(10).fillColor(COLORS.text);
  doc.text(recipient.join('\n'), WINDOW.x, top, { width: WINDOW.width, lineGap: 1.5 });

  const dateLine = labels.dateLine(company.city, longDate(data.date, data.language));
  doc.fontSize(10).text(dateLine, WINDOW.x, Math.max(88 * MM, doc.y + 6 * MM), { width: WINDOW.width });

  const subjectY = Math.max(BODY_START - 6 * MM, doc.y + 6 * MM);
  doc.font('bold').fontSize(10.5).text(`${labels.subject} ${subject}`, MARGIN.left, subjectY, { width: CONTENT_WIDTH });
  doc.font('regular').fontSize(9).fillColor(COLORS.muted);
  doc.text(`${labels.yourAccount} ${data.client.code}`, MARGIN.left, doc.y + 2, { width: CONTENT_WIDTH });
  doc.fillColor(COLORS.text);
  doc.y += 5 * MM;
}

/** Signatory (and the signature image) on the right, kept together on one page. */
export function drawSignature(doc: PDFKit.PDFDocument, data: LetterData, images: LetterImages, bottom: number): void {
  const height = (images.signature ? 20 * MM : 0) + 12 * MM;
  if (doc.y + height > bottom) doc.addPage();
  let y = doc.y + 4 * MM;
  if (images.signature) {
    try {
      doc.image(images.signature, WINDOW.x, y, { fit: [50 * MM, 18 * MM] });
      y += 19 * MM;
    } catch {
      // An unreadable signature image: the typed name still signs the letter.
    }
  }
  doc
    .font('bold')
    .fontSize(10)
    .fillColor(COLORS.text)
    .text(data.company.signatoryName, WINDOW.x, y, { width: WINDOW.width });
  if (data.company.signatoryTitle) {
    doc
      .font('regular')
      .fontSize(9.5)
      .text(data.company.signatoryTitle, WINDOW.x, doc.y + 1, { width: WINDOW.width });
  }
}
