import MailComposer from 'nodemailer/lib/mail-composer';
import type { ComposedLetter } from '../../../shared/contract/reminders.types';
import type { LetterData } from '../../../shared/domain/templates/letter-data';
import { letterAsText } from '../../../shared/domain/templates/letter-text';

/**
 * An email draft the user opens in their own mail client (nothing is ever sent by the app): the MIME message
 * with the letter as PDF attachment. `X-Unsent: 1` makes Outlook and others open it as a draft to send.
 */
export function buildEmlDraft(letter: ComposedLetter, data: LetterData, pdf: Buffer, pdfName: string): Promise<Buffer> {
  const from = data.company.email ? { name: data.company.name, address: data.company.email } : undefined;
  const to = data.contact?.email
    ? { name: data.contact.name || data.client.name, address: data.contact.email }
    : undefined;
  const composer = new MailComposer({
    from,
    to,
    subject: letter.subject,
    text: letterAsText(letter, data),
    date: new Date(`${data.date}T09:00:00`),
    headers: { 'X-Unsent': '1' },
    attachments: [{ filename: pdfName, content: pdf, contentType: 'application/pdf' }],
  });
  return composer.compile().build();
}
