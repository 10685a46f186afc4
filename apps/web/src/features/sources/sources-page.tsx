import type { SourceHit } from '@wirediff/api/types';
import { KIND_INFO, KINDS, formatShare } from '@wirediff/report-format';
import { type FormEvent, useId } from 'react';
import { ArchiveEmpty } from '../archive/archive-empty.js';
import { ArticleEditor } from '../input/article-editor.js';
import { formatTime } from '../summary/outlet-bars.js';
import type { SearchOptions, SourceSearch } from './use-source-search.js';
import { FormErrors } from '../input/form-errors.js';

const FIRST: Record<SourceHit['first'], string> = {
  source: 'Published before your article: it may be the source.',
  article: 'Published after your article: your article came first.',
  same: 'Published at the same time as your article.',
  unknown: 'Which came first is unknown (give your article a published time, or the archive has none for this one).',
};

/**
 * "Find sources": one article (paste or file, optional published time) searched against the
 * archive; the earlier articles it shares text with, best first, each openable side by side.
 * @example <SourcesPage search={useSourceSearch({ api, onOpen })} />
 */
export function SourcesPage({ search }: { search: SourceSearch }) {
  const { articles, result, searching, errors } = search;
  const draft = articles.drafts[0]!;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!searching) void search.search();
  };
  return (
    <div className="archive-page">
      <form className="input-panel" onSubmit={submit} aria-labelledby="sources-heading" noValidate>
        <div className="section-head">
          <h2 id="sources-heading">Find sources</h2>
          <p className="section-head__lead">
            Paste an article or choose a file, and the archive is searched for the earlier articles it shares text with: the wire
            copy it may come from, or other outlets' versions. Give its published time to see which came first.
          </p>
        </div>
        <div className="article-grid article-grid--single">
          <ArticleEditor
            draft={draft}
            index={0}
            name="your article"
            errors={articles.errors.get(draft.key) ?? []}
            canRemove={false}
            onChange={(patch) => articles.update(draft.key, patch)}
            onRemove={() => undefined}
            onFile={(file) => void articles.readFile(draft.key, file)}
          />
        </div>
        <SearchOptionsFields options={search.options} onChange={search.setOptions} />
        <div className="input-panel__actions input-panel__actions--end">
          {/* aria-disabled, not disabled: the button keeps the focus while the search runs. */}
          <button type="submit" className="button button--primary" aria-disabled={searching || undefined}>
            Search the archive
          </button>
        </div>
        <FormErrors errors={errors} testId="sources-errors" />
        {searching ? (
          <p className="note" role="status">
            Searching the archive…
          </p>
        ) : null}
      </form>
      {result ? <SourceResults search={search} /> : null}
    </div>
  );
}

const LIMITS = [5, 10, 20, 50] as const;
const VERIFY = [0, 1, 3, 5, 10] as const;

/** Only earlier articles, how many to list, how many to check with the engine. */
function SearchOptionsFields({ options, onChange }: { options: SearchOptions; onChange: (patch: Partial<SearchOptions>) => void }) {
  const id = useId();
  return (
    <fieldset className="search-options">
      <legend className="search-options__legend">Search options</legend>
      <label className="quote-filter">
        <input type="checkbox" checked={options.onlyEarlier} aria-describedby={`${id}-earlier`} onChange={(e) => onChange({ onlyEarlier: e.target.checked })} />
        <span>
          Only earlier articles
          <span id={`${id}-earlier`} className="quote-filter__explain">
            leaves out what appeared after yours, such as later copies of your own story (give its time above)
          </span>
        </span>
      </label>
      <label className="field search-options__field">
        <span className="field__label">Show up to</span>
        <select value={options.limit} onChange={(e) => onChange({ limit: Number(e.target.value) })}>
          {LIMITS.map((n) => (
            <option key={n} value={n}>
              {n} articles
            </option>
          ))}
        </select>
      </label>
      <label className="field search-options__field">
        <span className="field__label">Check with the engine</span>
        <select value={options.verify} aria-describedby={`${id}-verify`} onChange={(e) => onChange({ verify: Number(e.target.value) })}>
          {VERIFY.map((n) => (
            <option key={n} value={n}>
              {n === 0 ? 'none' : `the best ${n}`}
            </option>
          ))}
        </select>
        <span id={`${id}-verify`} className="field__hint">
          checked ones show exact shares and kinds; the rest are estimates from shared anchors
        </span>
      </label>
    </fieldset>
  );
}

function SourceResults({ search }: { search: SourceSearch }) {
  const { response, archiveEmpty } = search.result!;
  const { hits } = response;
  return (
    <section className="archive-results" aria-labelledby="hits-heading">
      <h2 id="hits-heading">
        {hits.length === 0 ? 'No earlier articles found' : `${hits.length} ${hits.length === 1 ? 'article shares' : 'articles share'} text with yours`}
      </h2>
      {hits.length === 0 ? (
        archiveEmpty ? (
          <ArchiveEmpty />
        ) : (
          <p className="empty-state" role="status" data-testid="sources-empty">
            Nothing in the archive shares text with this article.
          </p>
        )
      ) : (
        <>
          <p className="muted" data-testid="sources-summary">
            Best first: verified articles by the share of your article they hold, then the others by shared anchors (runs of words
            both texts contain). Your article has {response.anchors.toLocaleString('en')} anchors
            {response.boilerplateAnchors > 0 ? `, ${response.boilerplateAnchors.toLocaleString('en')} of them boilerplate found in many articles (they count for little)` : ''}
            .
          </p>
          <ol className="hit-list">
            {hits.map((hit, i) => (
              <SourceHitCard key={hit.id} hit={hit} rank={i + 1} opening={search.opening === hit.id} busy={search.opening !== null} onOpen={() => void search.open(hit)} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function SourceHitCard({ hit, rank, opening, busy, onOpen }: { hit: SourceHit; rank: number; opening: boolean; busy: boolean; onOpen: () => void }) {
  const name = hit.title ?? hit.id;
  const headingId = `hit-${rank}-heading`;
  const v = hit.verification;
  return (
    <li className="hit" data-testid={`hit-${rank}`} aria-labelledby={headingId}>
      <div className="hit__head">
        <span className="hit__rank" aria-hidden="true">
          {rank}
        </span>
        <div>
          <h3 id={headingId} className="hit__title">
            {name}
          </h3>
          <p className="hit__meta">
            {hit.outlet ? <span className="hit__outlet">{hit.outlet}</span> : null}
            {hit.publishedAt ? <time dateTime={hit.publishedAt}>{formatTime(hit.publishedAt)}</time> : <span>no published time</span>}
            <span>
              id <code>{hit.id}</code>
            </span>
          </p>
        </div>
      </div>
      <p className={`hit__first hit__first--${hit.first}`}>{FIRST[hit.first]}</p>
      {v ? (
        <>
          <dl className="hit__shares">
            <div>
              <dt>Of your article, found in this one</dt>
              <dd>{formatShare(v.articleReusedShare, 1)} reused</dd>
            </div>
            <div>
              <dt>Of this article, found in yours</dt>
              <dd>{formatShare(v.sourceReusedShare, 1)} reused</dd>
            </div>
          </dl>
          <p className="hit__kinds" data-testid={`hit-${rank}-kinds`}>
            {v.matches} {v.matches === 1 ? 'match' : 'matches'}
            {v.matches > 0 ? ': ' : ''}
            {KINDS.filter((k) => v.matchesByKind[k] > 0).map((k) => (
              <span key={k} className="hit__kind">
                <span className={`badge badge--${k}`}>{KIND_INFO[k].label}</span> {v.matchesByKind[k]}
              </span>
            ))}
          </p>
        </>
      ) : (
        <p className="hit__unverified" data-testid={`hit-${rank}-unverified`}>
          <span className="badge badge--unverified">Not verified</span> Estimated from shared anchors only: about{' '}
          {formatShare(hit.articleContainment, 1)} of your article's anchors are in this one, {formatShare(hit.sourceContainment, 1)} of its
          anchors in yours. Open it side by side to see the matches.
        </p>
      )}
      <p className="hit__anchors muted">
        {hit.sharedAnchors.toLocaleString('en')} shared {hit.sharedAnchors === 1 ? 'anchor' : 'anchors'}, {hit.sharedRareWords.toLocaleString('en')} shared rare{' '}
        {hit.sharedRareWords === 1 ? 'word' : 'words'}
      </p>
      <div className="hit__actions">
        <button type="button" className="button" onClick={() => (busy ? undefined : onOpen())} aria-disabled={busy || undefined} aria-describedby={headingId}>
          {opening ? 'Opening…' : 'Open side by side'}
        </button>
      </div>
    </li>
  );
}
