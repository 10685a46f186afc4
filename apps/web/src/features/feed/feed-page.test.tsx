import type { ArchiveDocumentInput, DedupCluster, DedupResult } from '@wirediff/api/types';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, inject, test, vi } from 'vitest';
import '../../test-fixtures/provided-context.js';
import { App } from '../../app/app.js';
import { BRIDGE_POST, BRIDGE_TIMES, BRIDGE_WIRE } from '../../test-fixtures/archive-articles.js';
import { comparedDocuments, fakeArchiveFetch, problem } from '../../test-fixtures/fake-archive-fetch.js';

// The feed against a fake archive; "Open side by side" compares through the real API of the
// project's global setup.
const happyDOM = (window as unknown as { happyDOM: { setURL: (url: string) => void } }).happyDOM;

beforeEach(() => happyDOM.setURL(`${inject('apiUrl')}/feed`));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const STATS = { documents: 9, anchors: 300, firstDay: '2026-05-10', lastDay: '2026-05-12', days: [{ day: '2026-05-10', documents: 2 }, { day: '2026-05-11', documents: 2 }, { day: '2026-05-12', documents: 5 }] };

const BRIDGE_CLUSTER: DedupCluster = {
  origin: BRIDGE_WIRE.id,
  members: [
    { id: BRIDGE_WIRE.id, title: BRIDGE_WIRE.title!, outlet: BRIDGE_WIRE.outlet!, publishedAt: BRIDGE_WIRE.publishedAt!, reusedShare: 0.83, containedInOrigin: 1 },
    { id: BRIDGE_POST.id, title: BRIDGE_POST.title!, outlet: BRIDGE_POST.outlet!, publishedAt: BRIDGE_POST.publishedAt!, reusedShare: 0.8, containedInOrigin: 0.78 },
    { id: BRIDGE_TIMES.id, outlet: BRIDGE_TIMES.outlet!, publishedAt: BRIDGE_TIMES.publishedAt!, reusedShare: 0.74, containedInOrigin: 0.72 },
  ],
};
const PAIR_CLUSTER: DedupCluster = {
  origin: 'a-1',
  members: [
    { id: 'a-1', reusedShare: 0.9, containedInOrigin: 1 },
    { id: 'a-2', reusedShare: 0.9, containedInOrigin: 0.9 },
  ],
};
const FEED: DedupResult = { documents: 5, candidatePairs: 4, verifiedPairs: 1, clusters: [BRIDGE_CLUSTER, PAIR_CLUSTER] };

describe('Feed', () => {
  test("opens on the archive's latest day and lists its clusters largest first, with their members", async () => {
    const calls = fakeArchiveFetch({ stats: STATS, dedup: () => FEED });
    render(<App />);
    await screen.findByRole('heading', { name: '2 clusters, 2026-05-12' });
    expect(calls.map((c) => c.path)).toEqual(['/v1/archive/stats', '/v1/archive/dedup?since=2026-05-12&until=2026-05-12']);
    expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('2026-05-12');
    expect(screen.getByLabelText<HTMLInputElement>('To').value).toBe('2026-05-12');
    expect(screen.getByTestId('feed-stats').textContent).toBe('The archive holds 9 articles, from 2026-05-10 to 2026-05-12.');
    expect(screen.getByTestId('feed-counts').textContent).toBe('5 articles in the window, 4 candidate pairs from shared anchors (1 checked with the comparison engine).');

    const first = screen.getByTestId('cluster-1');
    expect(within(first).getByRole('heading', { level: 3 }).textContent).toBe(BRIDGE_WIRE.title);
    expect(first.textContent).toContain('Likely origin');
    expect(first.textContent).toContain(BRIDGE_WIRE.id);
    expect(first.querySelector('.cluster__count')?.textContent).toBe('3 articles');
    const rows = within(first).getAllByRole('row').slice(1).map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows[0]!.slice(2)).toEqual(['83% reused', 'the origin']);
    expect(rows[1]![0]).toContain(BRIDGE_POST.title);
    expect(rows[1]!.slice(2)).toEqual(['80% reused', '78%']);
    // A member without a title is named by its id.
    expect(rows[2]![0]).toBe(`${BRIDGE_TIMES.id} Harbour Times`);
    expect(rows[2]!.slice(2)).toEqual(['74% reused', '72%']);
    expect(within(screen.getByTestId('cluster-2')).getByRole('heading', { level: 3 }).textContent).toBe('a-1');
  });

  test('another window is asked for with both days; a window that ends before it starts is refused', async () => {
    const calls = fakeArchiveFetch({ stats: STATS, dedup: ({ since }) => (since === '2026-05-10' ? { documents: 4, candidatePairs: 0, verifiedPairs: 0, clusters: [] } : FEED) });
    const user = userEvent.setup();
    render(<App />);
    await screen.findByRole('heading', { name: '2 clusters, 2026-05-12' });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-05-12' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-05-11' } });
    await user.click(screen.getByRole('button', { name: 'Show clusters' }));
    expect(screen.getByTestId('feed-errors').textContent).toContain('The window starts after it ends');
    expect(calls.filter((c) => c.path.startsWith('/v1/archive/dedup'))).toHaveLength(1);

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-05-10' } });
    await user.click(screen.getByRole('button', { name: 'Show clusters' }));
    await screen.findByRole('heading', { name: 'No clusters, 2026-05-10 to 2026-05-11' });
    expect(calls.at(-1)!.path).toBe('/v1/archive/dedup?since=2026-05-10&until=2026-05-11');
    expect(screen.getByTestId('feed-empty').textContent).toBe('No two articles on these days share text: every one is its own.');
    expect(screen.queryByTestId('feed-errors')).toBeNull();
  });

  test('an empty archive says how to fill it, without asking for clusters', async () => {
    const calls = fakeArchiveFetch({ stats: { documents: 0, anchors: 0, firstDay: null, lastDay: null, days: [] }, dedup: () => FEED });
    render(<App />);
    expect((await screen.findByTestId('archive-empty')).textContent).toContain('The archive is empty: add articles with npx wirediff archive add …');
    expect(calls.map((c) => c.path)).toEqual(['/v1/archive/stats']);
    expect(screen.queryByRole('heading', { name: /clusters/ })).toBeNull();
  });

  test("the API's refusal is shown in words", async () => {
    fakeArchiveFetch({ stats: STATS, dedup: () => problem(400, 'Invalid request', 'since must be a date (YYYY-MM-DD).') });
    render(<App />);
    const alert = await screen.findByTestId('feed-errors');
    expect(alert.textContent).toBe('Could not read the feed: Invalid request (400): since must be a date (YYYY-MM-DD).');
  });

  test('Open side by side fetches the cluster, origin first, and shows the comparison view', async () => {
    const calls = fakeArchiveFetch({ stats: STATS, dedup: () => FEED, documents: [BRIDGE_WIRE, BRIDGE_POST, BRIDGE_TIMES] });
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(await screen.findByTestId('cluster-1')).getByRole('button', { name: 'Open side by side' }));
    await screen.findByRole('heading', { name: /What was reused/ }, { timeout: 20_000 });
    const asPayload = (d: ArchiveDocumentInput) => ({ text: d.text, title: d.title ?? d.id, outlet: d.outlet, publishedAt: new Date(d.publishedAt!).toISOString() });
    expect(comparedDocuments(calls)).toEqual([[asPayload(BRIDGE_WIRE), asPayload(BRIDGE_POST), asPayload(BRIDGE_TIMES)]]);
    expect(window.location.pathname).toBe('/');
    expect(screen.getByTestId('outlet-bar-1').textContent).toContain('Published first');
    // Three articles: the matrix is there too.
    expect(screen.getByRole('table')).toBeTruthy();
  }, 30_000);

  test('a cluster larger than the view opens the origin and the first five others, or those picked', async () => {
    const members = Array.from({ length: 8 }, (_, i) => ({ id: `big-${i + 1}`, title: `Copy ${i + 1}`, reusedShare: 0.9, containedInOrigin: i === 0 ? 1 : 0.9 }));
    const documents = members.map((m, i) => ({ id: m.id, title: m.title, text: `Copy ${i + 1} says the same. The bridge closes in September for two years.` }));
    const calls = fakeArchiveFetch({ stats: STATS, dedup: () => ({ documents: 8, candidatePairs: 28, verifiedPairs: 0, clusters: [{ origin: 'big-1', members }] }), documents });
    const user = userEvent.setup();
    render(<App />);
    const card = await screen.findByTestId('cluster-1');
    expect(card.textContent).toContain('The side-by-side view takes at most 6 articles: it opens the origin and the 5 picked above (of 7).');
    expect(within(card).getByRole<HTMLInputElement>('checkbox', { name: 'Include Copy 8' }).disabled).toBe(true);
    await user.click(within(card).getByRole('checkbox', { name: 'Include Copy 3' }));
    await user.click(within(card).getByRole('checkbox', { name: 'Include Copy 8' }));
    await user.click(within(card).getByRole('button', { name: 'Open side by side (6 of 8)' }));
    await waitFor(() => expect(comparedDocuments(calls)).toHaveLength(1), { timeout: 20_000 });
    expect(comparedDocuments(calls)[0]!.map((d) => d.title)).toEqual(['Copy 1', 'Copy 2', 'Copy 4', 'Copy 5', 'Copy 6', 'Copy 8']);
    await screen.findByRole('heading', { name: /What was reused/ }, { timeout: 20_000 });
  }, 30_000);
});
