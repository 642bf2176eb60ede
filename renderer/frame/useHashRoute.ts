import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './routes';

export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

/**
 * The selected screen, mirrored in the URL hash so a reload (browser mode, or Ctrl+R in Electron) stays on it
 * and Back/Forward work. No router library: six screens and a client file do not need one.
 */
export function useHashRoute(): [Route, Navigate] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));

  useEffect(() => {
    const onNavigate = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    return () => {
      window.removeEventListener('popstate', onNavigate);
      window.removeEventListener('hashchange', onNavigate);
    };
  }, []);

  const navigate = useCallback<Navigate>((next, options) => {
    const hash = formatRoute(next);
    // pushState does not fire hashchange, so the state is set here, once. Switching a tab replaces the entry:
    // Back should leave the client file, not step through its tabs.
    if (window.location.hash !== hash) {
      if (options?.replace) window.history.replaceState(null, '', hash);
      else window.history.pushState(null, '', hash);
    }
    setRoute(next);
  }, []);

  return [route, navigate];
}
