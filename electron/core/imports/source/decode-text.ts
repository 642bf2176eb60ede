import type { ImportTextEncoding } from '../../../../shared/contract/imports.types';

export interface DecodedText {
  text: string;
  encoding: ImportTextEncoding;
  hadBom: boolean;
}

/**
 * Windows-1252 bytes 0x80–0x9F. Node 20's TextDecoder('windows-1252') decodes them as Latin-1 control
 * characters, which would turn `€`, `œ`, `’` and `…` — common in French text — into invisible garbage.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Buffer): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/**
 * UTF-8 (with or without BOM) when the bytes are valid UTF-8, Windows-1252 otherwise: the two encodings
 * French exports come in. Valid UTF-8 is almost never accidental for accented text, so the test is exact.
 */
export function decodeText(bytes: Buffer, forced: 'auto' | 'utf-8' | 'windows-1252'): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', hadBom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', hadBom: true };
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (forced === 'windows-1252') return { text: decodeWindows1252(bytes), encoding: forced, hadBom };
  if (forced === 'utf-8' || hadBom) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', hadBom };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', hadBom };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', hadBom };
  }
}
