import type { MouseEvent } from 'react';
import { FEED_URL, type Route, SOURCES_URL } from './route.js';

const PAGES: Array<{ href: string; label: string; current: (route: Route) => boolean }> = [
  { href: '/', label: 'Compare', current: (route) => route.page === 'home' || route.page === 'saved' },
  { href: SOURCES_URL, label: 'Find sources', current: (route) => route.page === 'sources' },
  { href: FEED_URL, label: 'Feed', current: (route) => route.page === 'feed' },
];

/**
 * The app's pages as links; a plain click moves within the page (the articles and results on
 * each page stay), a modified click opens a new tab as links do.
 * @example <SiteNav route={route} navigate={navigate} />
 */
export function SiteNav({ route, navigate }: { route: Route; navigate: (path: string) => void }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>, href: string): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <nav className="site-nav" aria-label="Pages">
      <ul>
        {PAGES.map((page) => (
          <li key={page.href}>
            <a href={page.href} aria-current={page.current(route) ? 'page' : undefined} onClick={(event) => follow(event, page.href)}>
              {page.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
