import { useEffect, useState } from 'react';

/** The pages the app has: the editor, or a saved comparison at /c/:id. */
export type Route = { page: 'home' } | { page: 'saved'; id: string };

const SAVED_PATH = /^\/c\/([A-Za-z0-9_-]+)\/?$/;

/**
 * Read a route from a path.
 * @example parseRoute('/c/abc123') // { page: 'saved', id: 'abc123' }
 */
export function parseRoute(path: string): Route {
  const found = SAVED_PATH.exec(path);
  return found ? { page: 'saved', id: found[1]! } : { page: 'home' };
}

/**
 * The current route, following back/forward.
 * @example const [route, navigate] = useRoute(); navigate('/c/abc')
 */
export function useRoute(): [Route, (path: string) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.pathname));
  useEffect(() => {
    const onPop = (): void => setRoute(parseRoute(window.location.pathname));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = (path: string): void => {
    if (path !== window.location.pathname) window.history.pushState(null, '', path);
    setRoute(parseRoute(path));
  };
  return [route, navigate];
}
