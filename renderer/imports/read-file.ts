import type { z } from 'zod';
import { IMPORT_MAX_BYTES, type importSource } from '../../shared/contract/imports.contract';

export type ImportSource = z.input<typeof importSource>;

export class FileTooLarge extends Error {
  constructor(readonly size: number) {
    super(`File too large: ${size} bytes`);
  }
}

/**
 * A picked file as the core takes it in browser mode (and in Electron, whose sandboxed page has no file
 * paths): its name and its bytes in base64. Refused before reading when above the core's limit.
 */
export async function readImportFile(file: File): Promise<ImportSource> {
  if (file.size > IMPORT_MAX_BYTES) throw new FileTooLarge(file.size);
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
  // `data:<type>;base64,<bytes>`: only the bytes go to the core.
  return { fileName: file.name, contentBase64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}
