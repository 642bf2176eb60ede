import type { Menu as MenuClass } from 'electron';
import type { WorkspaceState } from '../../shared/contract/types';
import type { Workspace } from '../core/workspace/workspace';
import { buildMenuTemplate, type MenuActions } from './menu';

export interface AppMenuDependencies {
  Menu: typeof MenuClass;
  workspace: Pick<Workspace, 'dispatch' | 'subscribe'>;
  actions: MenuActions;
  isMac: boolean;
  isPackaged: boolean;
}

/** Sets the application menu and rebuilds it when the open ledger or the recent list changes. */
export function installApplicationMenu(deps: AppMenuDependencies): () => void {
  const refresh = async () => {
    const state = await deps.workspace.dispatch('ledger.state', {});
    const value = state.ok ? (state.value as WorkspaceState) : null;
    const template = buildMenuTemplate(deps.actions, {
      recent: value?.recent ?? [],
      hasOpenLedger: value?.current != null,
      isMac: deps.isMac,
      isPackaged: deps.isPackaged,
    });
    deps.Menu.setApplicationMenu(deps.Menu.buildFromTemplate(template));
  };
  void refresh();
  return deps.workspace.subscribe((event) => {
    if (event.type === 'workspace.changed') void refresh();
  });
}
