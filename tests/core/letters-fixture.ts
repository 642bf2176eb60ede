import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, type TestLedger } from './helpers';
import { reminderLedger } from './reminders-fixture';

/** A ledger whose letterhead is filled in, for the letters tests; PDFs read back as text by pdftotext. */
export async function letterLedger(): Promise<TestLedger> {
  const ledger = await reminderLedger();
  await ledger.call('company.update', {
    legalForm: 'SARL',
    siren: '812345678',
    vatNumber: 'FR12812345678',
    addressLine1: '4 quai Saint-Vincent',
    postalCode: '69001',
    city: 'Lyon',
    email: 'compta@atelier-martin.fr',
    phone: '04 78 00 00 00',
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPP',
    signatoryName: 'Sophie Martin',
    signatoryTitle: 'Gérante',
  });
  return ledger;
}

/** pdftotext -layout of a PDF (a path or bytes); narrow and plain no-break spaces shown as plain spaces. */
export function pdfText(pdf: string | Buffer): string {
  let path = pdf as string;
  if (typeof pdf !== 'string') {
    path = join(tempDir(), 'letter.pdf');
    writeFileSync(path, pdf);
  }
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[\u202f\u00a0]/g, ' ');
}

export function pdfPageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}

type Channel = 'email' | 'letter' | 'registered_letter' | 'call' | 'litigation';

/** Puts a client on a plan of its own, steps given as [offset, channel, template code]. */
export async function usePlan(
  ledger: TestLedger,
  clientId: number,
  steps: Array<[number, Channel, string]>,
): Promise<void> {
  const templates = await ledger.call('templates.list', {});
  const idOf = (code: string) => templates.find((t) => t.code === code)!.id;
  const plan = await ledger.call('dunningPlans.save', {
    code: `P${clientId}`,
    name: `Plan ${clientId}`,
    steps: steps.map(([offsetDays, channel, code]) => ({ offsetDays, channel, templateId: idOf(code) })),
  });
  await ledger.call('dunningPlans.assign', { clientId, planId: plan.id });
}
