import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CallListPdf } from '../../../shared/contract/calls.types';
import { CoreError } from '../../../shared/contract/errors';
import type { IsoDate } from '../../../shared/domain/dates';
import type { CoreContext } from '../context';
import { safeFileName } from '../letters/letters-folder';
import { buildCallList } from './call-list';
import { renderCallListPdf } from './call-list-pdf';

/** Printed call lists live beside the ledger, like the letters: `<dir>/<ledger name> – Appels/`. */
export function callListsRoot(ledgerPath: string): string {
  const name = basename(ledgerPath).replace(/\.encaisse$/i, '');
  return join(dirname(ledgerPath), `${name} – Appels`);
}

/** A new file each time (a list already printed may be open in a viewer): " (2)", " (3)"… */
function freePath(dir: string, stem: string): string {
  for (let n = 1; ; n += 1) {
    const path = join(dir, `${stem}${n === 1 ? '' : ` (${n})`}.pdf`);
    if (!existsSync(path)) return path;
  }
}

export async function printCallList(
  ctx: CoreContext,
  input: { today?: IsoDate; collectorId?: number; outDir?: string },
): Promise<CallListPdf> {
  const today = input.today ?? ctx.today();
  let collectorName = '';
  if (input.collectorId !== undefined) {
    const collector = await ctx.db
      .selectFrom('collector')
      .select('name')
      .where('id', '=', input.collectorId)
      .executeTakeFirst();
    if (!collector) throw new CoreError('not_found', `No collector with id ${input.collectorId}.`, 'collectorId');
    collectorName = collector.name;
  }
  const list = await buildCallList(ctx, today, input.collectorId);
  const company = await ctx.db.selectFrom('company').select('name').where('id', '=', 1).executeTakeFirstOrThrow();
  const { bytes, pages } = await renderCallListPdf(ctx.resourcesDir, list, company.name, collectorName, today);
  const dir = input.outDir ?? callListsRoot(ctx.ledgerPath);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new CoreError('validation', `Cannot create the folder ${dir}: ${(error as Error).message}`, 'outDir');
  }
  const path = freePath(dir, safeFileName(`Appels du ${today}${collectorName ? ` - ${collectorName}` : ''}`));
  writeFileSync(path, bytes);
  return { path, rows: list.rows.length, pages };
}
