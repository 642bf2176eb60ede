import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, TODAY } from './helpers';
import { letterLedger, pdfText } from './letters-fixture';
import { addClient, addInvoice, sqlite } from './reminders-fixture';

interface MimePart {
  headers: Map<string, string>;
  body: string;
  parts: MimePart[];
}

/** Splits a MIME message into its headers (unfolded) and, for multipart, its parts. */
function parseMime(raw: string): MimePart {
  const [head, ...rest] = raw.split(/\r\n\r\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const body = rest.join('\r\n\r\n');
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  const parts: MimePart[] = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((part) => parseMime(part.replace(/^\r\n/, '')))
    : [];
  return { headers, body, parts };
}

describe('email drafts', () => {
  it('writes an .eml draft to the billing contact with the merged text and the PDF attached', async () => {
    const ledger = await letterLedger();
    const clientId = await addClient(ledger, { code: 'C800', name: 'Café du Port', email: 'factures@cafeduport.fr' });
    // Due in 4 days: the standard plan's courtesy email (J−5) is due today.
    await addInvoice(ledger, clientId, '2026-11-26', 40_000);
    const run = await ledger.call('reminders.generate', {
      items: [{ clientId, channel: 'email' }],
      outDir: join(tempDir(), 'run'),
      today: TODAY,
    });
    const doc = run.documents[0];
    expect(run.emailCount).toBe(1);
    expect(run.combinedPdfPath).toBeNull();
    expect(doc.emlPath).toBe(doc.pdfPath!.replace(/\.pdf$/, '.eml'));

    const mail = parseMime(readFileSync(doc.emlPath!, 'utf8'));
    expect(mail.headers.get('to')).toBe('Contact C800 <factures@cafeduport.fr>');
    expect(mail.headers.get('from')).toBe('Atelier Martin SARL <compta@atelier-martin.fr>');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.headers.get('subject')).toMatch(/Rappel/);
    expect(mail.headers.get('content-type')).toMatch(/^multipart\/mixed/);

    const text = mail.parts.find((p) => p.headers.get('content-type')?.startsWith('text/plain'))!;
    const decoded =
      text.headers.get('content-transfer-encoding') === 'base64'
        ? Buffer.from(text.body, 'base64').toString('utf8')
        : text.body
            .replace(/=\r\n/g, '')
            .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    const body = Buffer.from(decoded, 'latin1').toString('utf8');
    expect(body).toContain('Madame, Monsieur,');
    expect(body).toMatch(/- Facture FA-\d+ du 27\/10\/2026, échéance 26\/11\/2026 : 400,00.€/);
    expect(body).toContain('IBAN\u00a0: FR76 3000 6000 0112 3456 7890 189');

    const attachment = mail.parts.find((p) => p.headers.get('content-type')?.startsWith('application/pdf'))!;
    expect(attachment.headers.get('content-disposition')).toContain('2026-11-22 C800 courtesy.pdf');
    const pdf = Buffer.from(attachment.body.replace(/\s+/g, ''), 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(pdf)).toContain('Café du Port');

    // Recorded in the timeline with its document.
    const row = sqlite(ledger).prepare("SELECT email_path, document_path FROM reminder WHERE status = 'done'").get();
    expect(row).toEqual({ email_path: doc.emlPath, document_path: doc.pdfPath });
  });
});
