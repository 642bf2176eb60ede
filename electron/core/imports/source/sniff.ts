import { CoreError } from '../../../../shared/contract/errors';

export type SniffedFormat = 'xlsx' | 'text';

const startsWith = (bytes: Buffer, ...signature: number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * Tells a workbook from text by its first bytes, whatever the file is named: a binary file named `.csv`,
 * an old `.xls` or a PDF gets a clear refusal instead of a page of garbled rows.
 */
export function sniffFormat(fileName: string, bytes: Buffer): SniffedFormat {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0))
    throw new CoreError(
      'validation',
      `« ${fileName} » est un classeur Excel 97-2003 (.xls) : enregistrez-le en .xlsx ou en CSV.`,
      'source',
    );
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46))
    throw new CoreError('validation', `« ${fileName} » est un PDF, pas un fichier CSV ou XLSX.`, 'source');
  const utf16 = startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff);
  if (!utf16 && looksBinary(bytes.subarray(0, 64 * 1024)))
    throw new CoreError(
      'validation',
      `« ${fileName} » n'est pas un fichier texte : son contenu est binaire. Exportez un CSV ou un XLSX.`,
      'source',
    );
  return 'text';
}

/** NUL bytes or many control characters: no text export has them. */
function looksBinary(head: Buffer): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > head.length * 0.02;
}
