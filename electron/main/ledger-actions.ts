import { basename, extname } from 'node:path';
import type { Workspace } from '../core/workspace/workspace';
import type { MenuActions } from './menu';

export interface LedgerActionDependencies {
  workspace: Pick<Workspace, 'dispatch'>;
  pickLedgerPath(mode: 'open' | 'create'): Promise<string | null>;
  showError(title: string, message: string): void;
  about(): void;
}

/** A new ledger is named after its file until the user fills in the company settings. */
export function companyNameFromPath(path: string): string {
  const name = basename(path, extname(path)).trim();
  return name === '' ? 'Nouvelle société' : name;
}

/**
 * The File menu's actions, through the same workspace calls as the UI: the workspace then announces
 * `workspace.changed` and the window follows. Failures (damaged file, newer version) are shown in a dialog.
 */
export function ledgerMenuActions(deps: LedgerActionDependencies): MenuActions {
  const run = async (title: string, method: string, input: unknown) => {
    const result = await deps.workspace.dispatch(method, input);
    if (!result.ok) deps.showError(title, result.error.message);
  };
  return {
    newLedger: () =>
      void deps.pickLedgerPath('create').then((path) => {
        if (path)
          return run('Impossible de créer le grand livre', 'ledger.create', {
            path,
            companyName: companyNameFromPath(path),
          });
      }),
    openLedger: () =>
      void deps.pickLedgerPath('open').then((path) => {
        if (path) return run('Impossible d’ouvrir le grand livre', 'ledger.open', { path });
      }),
    openRecent: (path) => void run('Impossible d’ouvrir le grand livre', 'ledger.open', { path }),
    closeLedger: () => void run('Impossible de fermer le grand livre', 'ledger.close', {}),
    about: () => deps.about(),
  };
}
