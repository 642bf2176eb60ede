import { realpath, readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve, sep } from 'node:path';
import { CoreError } from '../../../shared/contract/errors';
import type { CoreContext } from '../context';
import { callListsRoot } from '../calls/print-call-list';
import { lettersRoot } from './letters-folder';

const MIME: Record<string, string> = { '.pdf': 'application/pdf', '.eml': 'message/rfc822' };

async function realOrNull(path: string): Promise<string | null> {
  return realpath(path).catch(() => null);
}

/** A file the reminders recorded (a run into a folder of the user's choosing). */
async function isRecordedDocument(ctx: CoreContext, real: string): Promise<boolean> {
  const rows = await ctx.db.selectFrom('reminder').select(['document_path', 'email_path']).execute();
  for (const row of rows) {
    for (const path of [row.document_path, row.email_path]) {
      if (path && (await realOrNull(path)) === real) return true;
    }
  }
  return false;
}

/**
 * A generated letter, email draft, batch PDF or printed call list, by its real path. Only PDF and .eml files
 * under this ledger's letters folder, PDFs under its call-lists folder (real paths, so `../` or a symbolic link
 * cannot lead out of them), or files recorded by a reminder.
 */
export async function locateLetterFile(ctx: CoreContext, path: string): Promise<{ real: string; mime: string }> {
  const refuse = () =>
    new CoreError(
      'not_found',
      `${path} is not a letter or email draft written by the reminders of this ledger.`,
      'path',
    );
  const mime = MIME[extname(path).toLowerCase()];
  if (!mime) throw refuse();
  const real = await realOrNull(resolve(path));
  if (!real || !(await stat(real)).isFile()) throw refuse();
  // The folders the core writes its documents to: the letters, and (PDF only) the printed call lists.
  const roots = [lettersRoot(ctx.ledgerPath), ...(mime === 'application/pdf' ? [callListsRoot(ctx.ledgerPath)] : [])];
  let inside = false;
  for (const root of roots) {
    const realRoot = await realOrNull(root);
    if (realRoot !== null && real.startsWith(realRoot + sep)) inside = true;
  }
  if (!inside && !(await isRecordedDocument(ctx, real))) throw refuse();
  return { real, mime };
}

/** Reads back such a file, for the UI to preview or download. */
export async function readLetterFile(ctx: CoreContext, path: string) {
  const { real, mime } = await locateLetterFile(ctx, path);
  return { fileName: basename(real), mime, base64: (await readFile(real)).toString('base64') };
}
