import type { MenuItemConstructorOptions } from 'electron';
import type { RecentLedger } from '../../shared/contract/types';

/** What the menu items do; main.ts wires them to dialogs and the workspace. */
export interface MenuActions {
  newLedger(): void;
  openLedger(): void;
  openRecent(path: string): void;
  closeLedger(): void;
  about(): void;
}

export interface MenuContext {
  recent: RecentLedger[];
  hasOpenLedger: boolean;
  isMac: boolean;
  /** Development builds get the developer tools entry. */
  isPackaged: boolean;
}

function recentItems(actions: MenuActions, recent: RecentLedger[]): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'Aucun grand livre récent', enabled: false }];
  return recent.map((entry) => ({
    label: entry.companyName ? `${entry.companyName} — ${entry.path}` : entry.path,
    click: () => actions.openRecent(entry.path),
  }));
}

/** The application menu, French labels; rebuilt whenever the recent list or the open ledger changes. */
export function buildMenuTemplate(actions: MenuActions, context: MenuContext): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'Fichier',
    submenu: [
      { label: 'Nouveau…', accelerator: 'CmdOrCtrl+N', click: () => actions.newLedger() },
      { label: 'Ouvrir…', accelerator: 'CmdOrCtrl+O', click: () => actions.openLedger() },
      { label: 'Grands livres récents', submenu: recentItems(actions, context.recent) },
      { type: 'separator' },
      {
        label: 'Fermer',
        accelerator: 'CmdOrCtrl+W',
        enabled: context.hasOpenLedger,
        click: () => actions.closeLedger(),
      },
      ...(context.isMac ? [] : [{ type: 'separator' as const }, { label: 'Quitter', role: 'quit' as const }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Édition',
    submenu: [
      { label: 'Annuler', role: 'undo' },
      { label: 'Rétablir', role: 'redo' },
      { type: 'separator' },
      { label: 'Couper', role: 'cut' },
      { label: 'Copier', role: 'copy' },
      { label: 'Coller', role: 'paste' },
      { label: 'Tout sélectionner', role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'Affichage',
    submenu: [
      { label: 'Recharger', role: 'reload' },
      ...(context.isPackaged ? [] : [{ label: 'Outils de développement', role: 'toggleDevTools' as const }]),
      { type: 'separator' },
      { label: 'Taille réelle', role: 'resetZoom' },
      { label: 'Zoom avant', role: 'zoomIn' },
      { label: 'Zoom arrière', role: 'zoomOut' },
      { type: 'separator' },
      { label: 'Plein écran', role: 'togglefullscreen' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Aide',
    role: 'help',
    submenu: [{ label: 'À propos d’Encaisse', click: () => actions.about() }],
  };
  const macApp: MenuItemConstructorOptions = {
    label: 'Encaisse',
    submenu: [
      { label: 'À propos d’Encaisse', click: () => actions.about() },
      { type: 'separator' },
      { label: 'Masquer Encaisse', role: 'hide' },
      { label: 'Masquer les autres', role: 'hideOthers' },
      { type: 'separator' },
      { label: 'Quitter Encaisse', role: 'quit' },
    ],
  };
  return [...(context.isMac ? [macApp] : []), file, edit, view, help];
}
