import { useEffect, useState } from 'react';

/** The pages the app has: the editor, a saved comparison at /c/:id, source search in the archive, the archive's feed. */
export type Route = { page: 'home' } | { page: 'saved'; id: string } | { page: 'sources' } | { page: 'feed' };

const SAVED_PATH = /^\/c\/([A-Za-z0-9_-]+)\/?$/;
const SOURCES_PATH = /^\/sources\/?$/;
const FEED_PATH = /^\/feed\/?$/;

/** Where each archive page lives (the server answers index.html for both, see apps/api/src/web-static.ts). */
export const SOURCES_URL = '/sources';
export const FEED_URL = '/feed';

/**
 * Read a route from a path.
 * @example parseRoute('/c/abc123') // { page: 'saved', id: 'abc123' }
 */
export function parseRoute(path: string): Route {
  const found = SAVED_PATH.exec(path);
  if (found) return { page: 'saved', id: found[1]! };
  if (SOURCES_PATH.test(path)) return { page: 'sources' };
  if (FEED_PATH.test(path)) return { page: 'feed' };
  return { page: 'home' };
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
