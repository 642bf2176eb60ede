import { sql, type Kysely } from 'kysely';
import { CoreError } from '../../../shared/contract/errors';
import type { DB } from '../db/tables';

type LogoMime = 'image/png' | 'image/jpeg';

/** Decoded size limit: a letterhead logo, not a photo. */
const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_SIGNATURE = Buffer.from([0xff, 0xd8, 0xff]);

/** What the bytes really are, whatever the file was called or declared. */
function sniffImage(bytes: Buffer): LogoMime | null {
  if (bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes.subarray(0, JPEG_SIGNATURE.length).equals(JPEG_SIGNATURE)) return 'image/jpeg';
  return null;
}

const NAMES: Record<LogoMime, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG' };

/** Strict base64: Buffer.from silently skips characters it does not know, which would store garbage. */
function decodeBase64(base64: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new CoreError('validation', "Le logo n'est pas un contenu base64 lisible.", 'image.base64');
  }
  return Buffer.from(compact, 'base64');
}

export async function readLogo(db: Kysely<DB>): Promise<{ mime: LogoMime; base64: string } | null> {
  const row = await db.selectFrom('company').select(['logo_png', 'logo_mime']).where('id', '=', 1).executeTakeFirst();
  if (!row?.logo_png || row.logo_png.length === 0) return null;
  // Ledgers from before 0004 have no mime: the bytes say what they are.
  const mime = (row.logo_mime as LogoMime | null) ?? sniffImage(row.logo_png);
  return mime ? { mime, base64: Buffer.from(row.logo_png).toString('base64') } : null;
}

/** Stores a PNG or JPEG logo checked by its magic bytes; null removes it. */
export async function setLogo(db: Kysely<DB>, image: { mime: LogoMime; base64: string } | null): Promise<null> {
  let bytes: Buffer | null = null;
  if (image) {
    bytes = decodeBase64(image.base64);
    if (bytes.length === 0) throw new CoreError('validation', 'Le logo est vide.', 'image.base64');
    if (bytes.length > MAX_LOGO_BYTES) {
      const megabytes = (bytes.length / (1024 * 1024)).toFixed(1).replace('.', ',');
      throw new CoreError(
        'validation',
        `Le logo pèse ${megabytes}\u00a0Mo : 2\u00a0Mo au plus. Réduisez l'image avant de l'ajouter.`,
        'image.base64',
      );
    }
    const actual = sniffImage(bytes);
    if (actual !== image.mime) {
      throw new CoreError(
        'validation',
        actual
          ? `Le logo est déclaré ${NAMES[image.mime]} mais son contenu est une image ${NAMES[actual]}.`
          : `Le logo est déclaré ${NAMES[image.mime]} mais son contenu n'est ni une image PNG ni une image JPEG.`,
        'image.mime',
      );
    }
  }
  await db
    .updateTable('company')
    .set({
      logo_png: bytes,
      logo_mime: bytes ? image!.mime : null,
      updated_at: sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    })
    .where('id', '=', 1)
    .execute();
  return null;
}
