/** The core takes logos up to 2 MB (its base64 limit is 3,000,000 characters). */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
const MIMES = ['image/png', 'image/jpeg'] as const;
type LogoMime = (typeof MIMES)[number];

export class LogoRefused extends Error {
  constructor(readonly reason: 'wrongType' | 'tooLarge') {
    super(`Logo refused: ${reason}`);
  }
}

function isLogoMime(mime: string): mime is LogoMime {
  return (MIMES as readonly string[]).includes(mime);
}

/** A picked image as `letterhead.setLogo` takes it; refused before reading when not PNG/JPEG or too large. */
export async function readLogoFile(file: File): Promise<{ mime: LogoMime; base64: string }> {
  const mime = file.type;
  if (!isLogoMime(mime)) throw new LogoRefused('wrongType');
  if (file.size > LOGO_MAX_BYTES) throw new LogoRefused('tooLarge');
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read.'));
    reader.readAsDataURL(file);
  });
  return { mime, base64: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}
