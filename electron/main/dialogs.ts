import type { BrowserWindow, Dialog } from 'electron';

/** Native file dialogs and messages, in French (the UI's first language). */

export const LEDGER_FILE_FILTERS = [
  { name: 'Grand livre Encaisse', extensions: ['encaisse'] },
  { name: 'Tous les fichiers', extensions: ['*'] },
];

/** A path to open or create a ledger at; null when the user cancels. */
export async function pickLedgerPath(
  dialog: Dialog,
  window: BrowserWindow | null,
  mode: 'open' | 'create',
): Promise<string | null> {
  if (mode === 'open') {
    const options = {
      title: 'Ouvrir un grand livre',
      filters: LEDGER_FILE_FILTERS,
      properties: ['openFile' as const],
    };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
  const options = {
    title: 'Nouveau grand livre',
    defaultPath: 'ma-societe.encaisse',
    filters: LEDGER_FILE_FILTERS,
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  return result.filePath.toLowerCase().endsWith('.encaisse') ? result.filePath : `${result.filePath}.encaisse`;
}

export async function showAbout(dialog: Dialog, window: BrowserWindow | null, version: string): Promise<void> {
  const options = {
    type: 'info' as const,
    title: 'À propos d’Encaisse',
    message: `Encaisse ${version}`,
    detail: 'Suivi de l’encours client, relances et recouvrement, hors ligne.',
    buttons: ['OK'],
  };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}
