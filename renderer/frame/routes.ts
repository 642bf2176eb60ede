/**
 * Screens of the app frame and how they are written in the URL hash: `#/clients?search=C0042`,
 * `#/clients/42?tab=payments` (a client's file, on one of its tabs).
 */

export const SCREENS = ['dashboard', 'clients', 'reminders', 'calls', 'disputes', 'imports', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export const CLIENT_FILE_TABS = ['invoices', 'payments', 'contacts', 'disputes', 'notes', 'timeline'] as const;
export type ClientFileTab = (typeof CLIENT_FILE_TABS)[number];

export interface Route {
  screen: Screen;
  /** Clients screen: the search to start from (set when coming from a dashboard row). */
  search?: string;
  /** Clients screen: the client whose file is open. */
  clientId?: number;
  /** Client file: the tab shown (invoices when absent). */
  tab?: ClientFileTab;
}

export const DEFAULT_ROUTE: Route = { screen: 'dashboard' };

function isScreen(value: string): value is Screen {
  return (SCREENS as readonly string[]).includes(value);
}

function isTab(value: string | null): value is ClientFileTab {
  return value !== null && (CLIENT_FILE_TABS as readonly string[]).includes(value);
}

/** Anything unknown (including the harness's `#token=…`, which the web bridge removes) is the dashboard. */
export function parseRoute(hash: string): Route {
  const match = /^#\/([a-z]+)(?:\/(\d+))?(?:\?(.*))?$/.exec(hash);
  if (!match || !isScreen(match[1])) return DEFAULT_ROUTE;
  const screen = match[1];
  const query = new URLSearchParams(match[3] ?? '');
  if (screen === 'clients' && match[2]) {
    const clientId = Number(match[2]);
    const tab = query.get('tab');
    return isTab(tab) ? { screen, clientId, tab } : { screen, clientId };
  }
  const search = query.get('search');
  return search ? { screen, search } : { screen };
}

export function formatRoute(route: Route): string {
  if (route.screen === 'clients' && route.clientId !== undefined) {
    const tab = route.tab && route.tab !== 'invoices' ? `?tab=${route.tab}` : '';
    return `#/clients/${route.clientId}${tab}`;
  }
  const query = route.search ? `?${new URLSearchParams({ search: route.search }).toString()}` : '';
  return `#/${route.screen}${query}`;
}
