import { useMemo } from 'react';
import { type LikelyOrigins, KIND_INFO, KINDS, type ReportModel, formatShare } from '@wirediff/report-format';
import { quoteOnlySentences } from '../report/shared-quotes.js';

/**
 * Per article: how much is reused (split by kind) and how much is its own, as a bar and in words.
 * @example <OutletBars model={model} origins={findLikelyOrigins(model)} />
 */
export function OutletBars({ model, origins }: { model: ReportModel; origins: LikelyOrigins }) {
  const quoteOnly = useMemo(() => quoteOnlySentences(model), [model]);
  return (
    <section className="outlet-bars" aria-labelledby="bars-heading">
      <h3 id="bars-heading">What each article reused and added</h3>
      <ul className="outlet-bars__list">
        {model.counts.map((count, d) => {
          const doc = model.report.documents[d]!;
          const sources = origins.takenFrom[d] ?? [];
          const statements = origins.originOf[d] ?? 0;
          const quoted = quoteOnly[d]?.size ?? 0;
          const { reusedShare, reusedShareWithoutQuotes } = doc.stats;
          return (
            <li key={doc.id} className="outlet-bar" data-testid={`outlet-bar-${d + 1}`}>
              <div className="outlet-bar__head">
                <strong className="outlet-bar__name">{model.names[d]}</strong>
                {doc.title && doc.title !== model.names[d] ? <span className="outlet-bar__title">{doc.title}</span> : null}
                {doc.publishedAt ? <time dateTime={doc.publishedAt}>{formatTime(doc.publishedAt)}</time> : null}
              </div>
              <div
                className="bar"
                role="img"
                aria-label={`${model.names[d]}: ${formatShare(count.reused, count.sentences)} reused, ${formatShare(count.added, count.sentences)} added`}
              >
                {KINDS.map((kind) =>
                  count.byKind[kind] > 0 ? (
                    <span key={kind} className={`bar__part swatch--${kind}`} style={{ flexGrow: count.byKind[kind] }} title={`${KIND_INFO[kind].label}: ${count.byKind[kind]}`}>
                      <span className="bar__label">{count.byKind[kind]}</span>
                    </span>
                  ) : null,
                )}
                {count.added > 0 ? (
                  <span className="bar__part swatch--added" style={{ flexGrow: count.added }} title={`Added: ${count.added}`}>
                    <span className="bar__label">{count.added}</span>
                  </span>
                ) : null}
              </div>
              <p className="outlet-bar__words">
                <strong>{formatShare(count.reused, count.sentences)} reused</strong> ({count.reused} of {count.sentences} sentences
                {count.reused ? ': ' : ''}
                {KINDS.filter((k) => count.byKind[k] > 0)
                  .map((k) => `${count.byKind[k]} ${KIND_INFO[k].label.toLowerCase()}`)
                  .join(', ')}
                ), <strong>{formatShare(count.added, count.sentences)} added</strong> ({count.added} of its own).
                {quoted > 0 ? (
                  <span className="quote-share" data-testid={`quote-share-${d + 1}`}>
                    {' '}
                    Without shared quotes: <strong>{formatShare(count.reused - quoted, count.sentences)} reused</strong> ({quoted}{' '}
                    {quoted === 1 ? 'sentence is' : 'sentences are'} reused only as a quote).
                  </span>
                ) : null}
                {statements > 0 ? (
                  <span className="origin-tag">
                    {' '}
                    {sources.length === 0 ? 'Published first: the likely source' : 'The likely source'} of {statements} shared{' '}
                    {statements === 1 ? 'statement' : 'statements'}.
                  </span>
                ) : null}
                {sources.length ? (
                  <span className="origin-tag">
                    {' '}
                    Likely took from {sources.map(([j, n]) => `${model.names[j]} (${n} ${n === 1 ? 'sentence' : 'sentences'})`).join(', ')}.
                  </span>
                ) : null}
              </p>
              {reusedShareWithoutQuotes !== undefined && formatShare(reusedShare, 1) !== formatShare(reusedShareWithoutQuotes, 1) ? (
                <p className="outlet-bar__length" data-testid={`length-share-${d + 1}`}>
                  By length, as the engine counts it: {formatShare(reusedShare, 1)} of the text reused, {formatShare(reusedShareWithoutQuotes, 1)} without
                  shared quotes.
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * A publication time in the reader's locale.
 * @example formatTime('2026-03-04T09:12:00Z') // '4 Mar 2026, 09:12' (local time)
 */
export function formatTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return new Date(time).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
