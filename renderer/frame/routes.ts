/** Screens of the app frame and how they are written in the URL hash (`#/clients?search=C0042`). */

export const SCREENS = ['dashboard', 'clients', 'reminders', 'calls', 'disputes', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export interface Route {
  screen: Screen;
  /** Clients screen: the search to start from (set when coming from a dashboard row). */
  search?: string;
}

export const DEFAULT_ROUTE: Route = { screen: 'dashboard' };

function isScreen(value: string): value is Screen {
  return (SCREENS as readonly string[]).includes(value);
}

/** Anything unknown (including the harness's `#token=…`, which the web bridge removes) is the dashboard. */
export function parseRoute(hash: string): Route {
  const match = /^#\/([a-z]+)(?:\?(.*))?$/.exec(hash);
  if (!match || !isScreen(match[1])) return DEFAULT_ROUTE;
  const search = new URLSearchParams(match[2] ?? '').get('search');
  return search ? { screen: match[1], search } : { screen: match[1] };
}

export function formatRoute(route: Route): string {
  const query = route.search ? `?${new URLSearchParams({ search: route.search }).toString()}` : '';
  return `#/${route.screen}${query}`;
}
