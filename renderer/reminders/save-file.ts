import type { Bridge } from '../../shared/contract/bridge';
import { callValue } from '../api/bridge';

/** The last part of a path written by the core, whatever the OS's separator. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function base64ToBlob(base64: string, mime: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

/**
 * Hands a file to the user as a named download: the renderer has no OS shell (and browser mode none at all),
 * so the browser's or Electron's own download opens or saves it, and the PDF viewer there can print it.
 */
export function saveBase64File(fileName: string, mime: string, base64: string): void {
  const url = URL.createObjectURL(base64ToBlob(base64, mime));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob only after the click event has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Reads back a file the reminders wrote (`letters.read`) and offers it as a download. */
export async function downloadGeneratedFile(bridge: Bridge, path: string): Promise<void> {
  const file = await callValue(bridge, 'letters.read', { path });
  saveBase64File(file.fileName || baseName(path), file.mime, file.base64);
}
