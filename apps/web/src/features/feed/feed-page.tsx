import type { DedupCluster, DedupMember } from '@wirediff/api/types';
import { formatShare } from '@wirediff/report-format';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { ArchiveEmpty } from '../archive/archive-empty.js';
import { MAX_ARTICLES } from '../input/article-draft.js';
import { formatTime } from '../summary/outlet-bars.js';
import type { Feed } from './use-feed.js';
import { FormErrors } from '../input/form-errors.js';

const memberName = (m: DedupMember): string => m.title ?? m.id;

/**
 * The archive's feed: pick a window of days (the latest day by default) and see its clusters of
 * articles carrying the same text, largest first, each openable side by side.
 * @example <FeedPage feed={useFeed({ api, onOpen })} />
 */
export function FeedPage({ feed }: { feed: Feed }) {
  const { start, stats, range, result, shown, loading, errors } = feed;
  useEffect(() => start(), [start]);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!loading) void feed.load();
  };
  const empty = stats !== null && stats.documents === 0;
  return (
    <div className="archive-page">
      <form className="input-panel feed-window" onSubmit={submit} aria-labelledby="feed-heading" noValidate>
        <div className="section-head">
          <h2 id="feed-heading">Feed</h2>
          <p className="section-head__lead">
            The archive's articles that carry the same text (a wire story and the outlets that ran it, syndicated copies,
            updates), grouped by the days they were published. The likely origin of each group comes first.
          </p>
        </div>
        {stats && !empty ? (
          <p className="muted" data-testid="feed-stats">
            The archive holds {stats.documents.toLocaleString('en')} {stats.documents === 1 ? 'article' : 'articles'}, from {stats.firstDay} to{' '}
            {stats.lastDay}.
          </p>
        ) : null}
        <fieldset className="feed-window__fields">
          <legend className="field__label">Days to look at (both included)</legend>
          <label className="field">
            <span className="field__label">From</span>
            <input type="date" value={range.since} min={stats?.firstDay ?? undefined} max={stats?.lastDay ?? undefined} onChange={(e) => feed.setRange({ ...range, since: e.target.value })} />
          </label>
          <label className="field">
            <span className="field__label">To</span>
            <input type="date" value={range.until} min={stats?.firstDay ?? undefined} max={stats?.lastDay ?? undefined} onChange={(e) => feed.setRange({ ...range, until: e.target.value })} />
          </label>
          <button type="submit" className="button button--primary" aria-disabled={loading || undefined}>
            Show clusters
          </button>
        </fieldset>
        <FormErrors errors={errors} testId="feed-errors" />
        {loading ? (
          <p className="note" role="status">
            Reading the feed…
          </p>
        ) : null}
      </form>
      {empty ? <ArchiveEmpty /> : result && shown ? <FeedResults feed={feed} /> : null}
    </div>
  );
}

function FeedResults({ feed }: { feed: Feed }) {
  const result = feed.result!;
  const shown = feed.shown!;
  const days = shown.since === shown.until ? shown.since : `${shown.since} to ${shown.until}`;
  return (
    <section className="archive-results" aria-labelledby="clusters-heading">
      <h2 id="clusters-heading">
        {result.clusters.length === 0 ? 'No clusters' : `${result.clusters.length} ${result.clusters.length === 1 ? 'cluster' : 'clusters'}`}, {days}
      </h2>
      <p className="muted" data-testid="feed-counts">
        {result.documents.toLocaleString('en')} {result.documents === 1 ? 'article' : 'articles'} in the window,{' '}
        {result.candidatePairs.toLocaleString('en')} candidate {result.candidatePairs === 1 ? 'pair' : 'pairs'} from shared anchors (
        {result.verifiedPairs.toLocaleString('en')} checked with the comparison engine).
      </p>
      {result.clusters.length === 0 ? (
        <p className="empty-state" role="status" data-testid="feed-empty">
          {result.documents === 0
            ? 'The archive has no articles on these days. Pick other days above.'
            : 'No two articles on these days share text: every one is its own.'}
        </p>
      ) : (
        <ol className="cluster-list">
          {result.clusters.map((cluster, i) => (
            <ClusterCard key={cluster.origin} cluster={cluster} rank={i + 1} opening={feed.opening === cluster.origin} busy={feed.opening !== null} onOpen={(ids) => void feed.open(cluster, ids)} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ClusterCard(props: { cluster: DedupCluster; rank: number; opening: boolean; busy: boolean; onOpen: (ids: string[]) => void }) {
  const { cluster, rank, opening, busy, onOpen } = props;
  const id = useId();
  const origin = cluster.members.find((m) => m.id === cluster.origin) ?? cluster.members[0]!;
  const others = cluster.members.filter((m) => m.id !== origin.id);
  // The side-by-side view takes at most MAX_ARTICLES: the origin and the first of the others, unless the reader picks.
  const room = MAX_ARTICLES - 1;
  const tooMany = others.length > room;
  const [picked, setPicked] = useState<string[]>(() => others.slice(0, room).map((m) => m.id));
  const toggle = (memberId: string, on: boolean): void =>
    setPicked((current) => (on ? (current.length < room ? [...current, memberId] : current) : current.filter((x) => x !== memberId)));
  const chosen = tooMany ? others.filter((m) => picked.includes(m.id)).map((m) => m.id) : others.map((m) => m.id);
  const headingId = `${id}-heading`;
  return (
    <li className="cluster" data-testid={`cluster-${rank}`} aria-labelledby={headingId}>
      <div className="hit__head">
        <span className="hit__rank" aria-hidden="true">
          {rank}
        </span>
        <div>
          <h3 id={headingId} className="hit__title">
            {memberName(origin)}
          </h3>
          <p className="hit__meta">
            <span className="origin-tag">Likely origin</span>
            {origin.outlet ? <span className="hit__outlet">{origin.outlet}</span> : null}
            {origin.publishedAt ? <time dateTime={origin.publishedAt}>{formatTime(origin.publishedAt)}</time> : <span>no published time</span>}
            <span>
              id <code>{origin.id}</code>
            </span>
          </p>
        </div>
        <p className="cluster__count">
          <strong>{cluster.members.length}</strong> articles
        </p>
      </div>
      <div className="table-scroll">
        <table className="cluster__members">
          <caption className="visually-hidden">Articles in the cluster of {memberName(origin)}</caption>
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Published</th>
              <th scope="col">Reused share</th>
              <th scope="col">Contained in the origin</th>
              {tooMany ? <th scope="col">Side by side</th> : null}
            </tr>
          </thead>
          <tbody>
            {cluster.members.map((m) => {
              const isOrigin = m.id === origin.id;
              return (
                <tr key={m.id} data-member={m.id}>
                  <th scope="row">
                    <span className="cluster__member-name">{memberName(m)}</span>
                    {m.outlet ? <span className="cluster__member-outlet"> {m.outlet}</span> : null}
                    {m.title ? (
                      <span className="cluster__member-id">
                        {' '}
                        <code>{m.id}</code>
                      </span>
                    ) : null}
                  </th>
                  <td>{m.publishedAt ? <time dateTime={m.publishedAt}>{formatTime(m.publishedAt)}</time> : '—'}</td>
                  <td>{formatShare(m.reusedShare, 1)} reused</td>
                  <td>{isOrigin ? 'the origin' : formatShare(m.containedInOrigin, 1)}</td>
                  {tooMany ? (
                    <td>
                      {isOrigin ? (
                        'always'
                      ) : (
                        <label className="cluster__pick">
                          <input
                            type="checkbox"
                            checked={picked.includes(m.id)}
                            disabled={!picked.includes(m.id) && picked.length >= room}
                            onChange={(e) => toggle(m.id, e.target.checked)}
                          />
                          <span className="visually-hidden">Include {memberName(m)}</span>
                        </label>
                      )}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted cluster__note">
        Reused share: the share of each article's anchors found in the others (an estimate from shared runs of words; the side-by-side
        view gives the exact matches).
        {tooMany
          ? ` The side-by-side view takes at most ${MAX_ARTICLES} articles: it opens the origin and the ${picked.length} picked above (of ${others.length}).`
          : ''}
      </p>
      <div className="hit__actions">
        <button
          type="button"
          className="button"
          aria-describedby={headingId}
          aria-disabled={busy || chosen.length === 0 || undefined}
          onClick={() => (busy || chosen.length === 0 ? undefined : onOpen(chosen))}
        >
          {opening ? 'Opening…' : tooMany ? `Open side by side (${chosen.length + 1} of ${cluster.members.length})` : 'Open side by side'}
        </button>
      </div>
    </li>
  );
}
