import { useCallback, useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './routes';

/**
 * The selected screen, mirrored in the URL hash so a reload (browser mode, or Ctrl+R in Electron) stays on it
 * and Back/Forward work. No router library: six screens do not need one.
 */
export function useHashRoute(): [Route, (route: Route) => void] {
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

  const navigate = useCallback((next: Route) => {
    const hash = formatRoute(next);
    // pushState does not fire hashchange, so the state is set here, once.
    if (window.location.hash !== hash) window.history.pushState(null, '', hash);
    setRoute(next);
  }, []);

  return [route, navigate];
}
