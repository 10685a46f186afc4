import type { ArchiveSourcesResponse, SourceHit } from '@wirediff/api/types';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, inject, test, vi } from 'vitest';
import '../../test-fixtures/provided-context.js';
import { App } from '../../app/app.js';
import { BRIDGE_LOCAL, BRIDGE_POST, BRIDGE_WIRE } from '../../test-fixtures/archive-articles.js';
import { comparedDocuments, fakeArchiveFetch, problem } from '../../test-fixtures/fake-archive-fetch.js';
import { createApiKeyStore } from '../api/api-key-store.js';

// The page against a fake archive (the archive's routes answer what each test says); the
// comparison behind "Open side by side" goes to the real API of the project's global setup.
const happyDOM = (window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM;

beforeEach(() => happyDOM.setURL(`${inject('apiUrl')}/sources`));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const VERIFIED: SourceHit = {
  id: BRIDGE_WIRE.id,
  title: BRIDGE_WIRE.title!,
  outlet: BRIDGE_WIRE.outlet!,
  publishedAt: BRIDGE_WIRE.publishedAt!,
  sharedAnchors: 31,
  sharedRareWords: 9,
  articleContainment: 0.71,
  sourceContainment: 0.58,
  first: 'source',
  verification: { articleReusedShare: 0.74, sourceReusedShare: 0.55, matchesByKind: { verbatim: 2, edited: 2, paraphrase: 0, partial: 1 }, matches: 5 },
};
const UNVERIFIED: SourceHit = {
  id: 'no-title-hit',
  sharedAnchors: 4,
  sharedRareWords: 1,
  articleContainment: 0.09,
  sourceContainment: 0.12,
  first: 'unknown',
};
const FOUND: ArchiveSourcesResponse = { anchors: 44, boilerplateAnchors: 2, hits: [VERIFIED, UNVERIFIED] };
const STATS = { documents: 5, anchors: 180, firstDay: '2026-05-11', lastDay: '2026-05-12', days: [{ day: '2026-05-11', documents: 1 }, { day: '2026-05-12', documents: 4 }] };
const EMPTY_STATS = { documents: 0, anchors: 0, firstDay: null, lastDay: null, days: [] };

async function searchFor(user: ReturnType<typeof userEvent.setup>, text: string, published?: string): Promise<void> {
  await user.click(screen.getByRole('textbox', { name: 'Text of your article' }));
  await user.paste(text);
  if (published) fireEvent.change(screen.getByLabelText('Published'), { target: { value: published } });
  await user.click(screen.getByRole('button', { name: 'Search the archive' }));
}

describe('Find sources', () => {
  test('is a page of its own, reached from the navigation', async () => {
    fakeArchiveFetch({});
    happyDOM.setURL(`${inject('apiUrl')}/`);
    const user = userEvent.setup();
    render(<App />);
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByRole('link', { name: 'Compare' }).getAttribute('aria-current')).toBe('page');
    await user.click(within(nav).getByRole('link', { name: 'Find sources' }));
    expect(window.location.pathname).toBe('/sources');
    expect(screen.getByRole('heading', { level: 2, name: 'Find sources' })).toBeTruthy();
    expect(within(nav).getByRole('link', { name: 'Find sources' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('button', { name: 'Compare articles' })).toBeNull();
  });

  test('sends the article and its time, and lists the hits best first with shares, kinds and order', async () => {
    const calls = fakeArchiveFetch({ sources: () => FOUND });
    const user = userEvent.setup();
    render(<App />);
    await searchFor(user, BRIDGE_LOCAL.text, '2026-05-12T15:00');
    await screen.findByRole('heading', { name: '2 articles share text with yours' });
    expect(calls.find((c) => c.path === '/v1/archive/sources')?.body).toEqual({ text: BRIDGE_LOCAL.text, publishedAt: new Date('2026-05-12T15:00').toISOString() });

    const first = screen.getByTestId('hit-1');
    expect(within(first).getByRole('heading', { level: 3 }).textContent).toBe(BRIDGE_WIRE.title);
    expect(first.textContent).toContain('Northwire');
    expect(first.textContent).toContain(BRIDGE_WIRE.id);
    expect(first.querySelector('time')?.getAttribute('dateTime')).toBe(BRIDGE_WIRE.publishedAt);
    expect(first.textContent).toContain('Published before your article: it may be the source.');
    expect(first.textContent).toContain('Of your article, found in this one74% reused');
    expect(first.textContent).toContain('Of this article, found in yours55% reused');
    const kinds = within(first).getByTestId('hit-1-kinds');
    expect(kinds.textContent).toBe('5 matches: Verbatim 2Edited 2Partial 1');
    expect([...kinds.querySelectorAll('.badge')].map((b) => b.className)).toEqual(['badge badge--verbatim', 'badge badge--edited', 'badge badge--partial']);
    expect(first.textContent).toContain('31 shared anchors');
    expect(within(first).queryByText('Not verified')).toBeNull();

    // A hit the engine did not check says so, and what its estimate rests on; it is named by its id.
    const second = screen.getByTestId('hit-2');
    expect(within(second).getByRole('heading', { level: 3 }).textContent).toBe('no-title-hit');
    expect(within(second).getByTestId('hit-2-unverified').textContent).toContain('Not verified');
    expect(second.textContent).toContain('about 9% of your article\'s anchors are in this one, 12% of its anchors in yours');
    expect(second.textContent).toContain('Which came first is unknown');
    expect(screen.getByTestId('sources-summary').textContent).toContain('Your article has 44 anchors, 2 of them boilerplate');
  });

  test('search options: only earlier articles, how many to list and to check, sent as the API names them', async () => {
    const calls = fakeArchiveFetch({ sources: () => FOUND });
    const user = userEvent.setup();
    render(<App />);
    const options = screen.getByRole('group', { name: 'Search options' });
    await user.click(within(options).getByRole('checkbox', { name: /Only earlier articles/ }));
    await user.selectOptions(within(options).getByRole('combobox', { name: 'Show up to' }), '20');
    await user.selectOptions(within(options).getByRole('combobox', { name: /Check with the engine/ }), 'the best 5');
    await searchFor(user, BRIDGE_LOCAL.text, '2026-05-12T15:00');
    await screen.findByRole('heading', { name: '2 articles share text with yours' });
    const time = new Date('2026-05-12T15:00').toISOString();
    expect(calls.find((c) => c.path === '/v1/archive/sources')?.body).toEqual({ text: BRIDGE_LOCAL.text, publishedAt: time, before: time, limit: 20, verify: 5 });
  });

  test('only earlier articles without a published time is refused on the card, without a request', async () => {
    const calls = fakeArchiveFetch({ sources: () => FOUND });
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('checkbox', { name: /Only earlier articles/ }));
    await searchFor(user, BRIDGE_LOCAL.text);
    expect(within(screen.getByTestId('article-1')).getByRole('alert').textContent).toContain("Give your article's published time to search only the articles published before it.");
    expect(calls.filter((c) => c.path === '/v1/archive/sources')).toEqual([]);
  });

  test('no hits in a filled archive: nothing shares text with this article', async () => {
    fakeArchiveFetch({ sources: () => ({ anchors: 12, boilerplateAnchors: 0, hits: [] }), stats: STATS });
    const user = userEvent.setup();
    render(<App />);
    await searchFor(user, 'A story of its own. Nobody else has printed it.');
    expect((await screen.findByTestId('sources-empty')).textContent).toBe('Nothing in the archive shares text with this article.');
    expect(screen.queryByTestId('archive-empty')).toBeNull();
  });

  test('no hits in an empty archive: says how to fill it', async () => {
    fakeArchiveFetch({ sources: () => ({ anchors: 12, boilerplateAnchors: 0, hits: [] }), stats: EMPTY_STATS });
    const user = userEvent.setup();
    render(<App />);
    await searchFor(user, 'A story of its own. Nobody else has printed it.');
    expect((await screen.findByTestId('archive-empty')).textContent).toContain('The archive is empty: add articles with npx wirediff archive add …');
    expect(screen.queryByTestId('sources-empty')).toBeNull();
  });

  test('an empty article is refused on its card without a request', async () => {
    const calls = fakeArchiveFetch({ sources: () => FOUND });
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Search the archive' }));
    expect(within(screen.getByTestId('article-1')).getByRole('alert').textContent).toContain("Paste the article's text or choose a file first.");
    expect(calls).toEqual([]);
  });

  test("the API's refusal is shown in words", async () => {
    fakeArchiveFetch({ sources: () => problem(400, 'Invalid request', 'The request does not match the schema.', [{ path: '/publishedAt', message: 'Not an ISO 8601 date-time' }]) });
    const user = userEvent.setup();
    render(<App />);
    await searchFor(user, BRIDGE_LOCAL.text);
    const alert = await screen.findByTestId('sources-errors');
    expect(alert.textContent).toContain('The search failed: The request does not match the schema.');
    expect(alert.textContent).toContain('/publishedAt: Not an ISO 8601 date-time');
    expect(screen.queryByRole('heading', { name: /share text with yours/ })).toBeNull();
  });

  test('Open side by side fetches the hit and compares the article against it in the comparison view', async () => {
    const calls = fakeArchiveFetch({ sources: () => FOUND, documents: [BRIDGE_WIRE, BRIDGE_POST] });
    const user = userEvent.setup();
    render(<App />);
    await searchFor(user, BRIDGE_LOCAL.text);
    await user.click(within(await screen.findByTestId('hit-1')).getByRole('button', { name: 'Open side by side' }));
    await screen.findByRole('heading', { name: /What was reused/ }, { timeout: 20_000 });
    expect(calls.some((c) => c.method === 'GET' && c.path === `/v1/archive/documents/${BRIDGE_WIRE.id}`)).toBe(true);
    expect(comparedDocuments(calls)).toEqual([
      [
        { text: BRIDGE_LOCAL.text, title: 'Your article' },
        { text: BRIDGE_WIRE.text, title: BRIDGE_WIRE.title, outlet: BRIDGE_WIRE.outlet, publishedAt: new Date(BRIDGE_WIRE.publishedAt!).toISOString() },
      ],
    ]);
    // The usual result page, with both articles in the form to edit and compare again.
    expect(window.location.pathname).toBe('/');
    expect(screen.getByTestId('outlet-bar-2').textContent).toContain('Northwire');
    expect(screen.getByTestId('column-2').querySelectorAll('[data-kind="verbatim"]').length).toBeGreaterThan(0);
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Text of article 1' }).value).toBe(BRIDGE_LOCAL.text);
  }, 30_000);

  test('a hit the archive no longer has is reported on the page', async () => {
    fakeArchiveFetch({ sources: () => FOUND, documents: [] });
    const user = userEvent.setup();
    render(<App />);
    await searchFor(user, BRIDGE_LOCAL.text);
    await user.click(within(await screen.findByTestId('hit-2')).getByRole('button', { name: 'Open side by side' }));
    const alert = await screen.findByTestId('sources-errors');
    expect(alert.textContent).toBe('Could not open no-title-hit: Not found (404): No archived document has the id no-title-hit.');
    expect(window.location.pathname).toBe('/sources');
  });

  test('a server with keys: the search asks for the key, sends it, and the archive call is retried', async () => {
    const calls = fakeArchiveFetch({ sources: () => FOUND, requireKey: 'archive-key' });
    const user = userEvent.setup();
    render(<App keyStore={createApiKeyStore(null)} />);
    await searchFor(user, BRIDGE_LOCAL.text);
    const prompt = await screen.findByRole('dialog', { name: 'This server needs an API key' });
    await user.type(within(prompt).getByLabelText('API key'), 'archive-key{Enter}');
    await screen.findByRole('heading', { name: '2 articles share text with yours' });
    const searches = calls.filter((c) => c.path === '/v1/archive/sources');
    expect(searches.map((c) => c.authorization)).toEqual([null, 'Bearer archive-key']);
  });
});
