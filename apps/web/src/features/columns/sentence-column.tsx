import { type Rect, type Virtualizer, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { DocumentReport } from '@wirediff/match';
import { type ArticleCounts, type SentenceView, formatShare } from '@wirediff/report-format';
import { formatTime } from '../summary/outlet-bars.js';
import { OverviewStrip } from './overview-strip.js';
import { type RowHandlers, type RowState, SentenceRow } from './sentence-row.js';

/** Columns longer than this are virtualised: only the rows in view are in the DOM. */
export const VIRTUALIZE_FROM = 250;

/** What the side-by-side view can ask a column to do. */
export interface ColumnHandle {
  /** Bring a sentence into view unless it already is. */
  revealSentence: (sentence: number) => void;
}

interface SentenceColumnProps {
  columnIndex: number;
  document: number;
  name: string;
  report: DocumentReport;
  counts: ArticleCounts;
  /** All the article's sentences (for the overview) and the rows the filters let through. */
  sentences: SentenceView[];
  rows: SentenceView[];
  states: Map<number, RowState> | undefined;
  /** Sentences reused only as a shared quote, which say so in their badge. */
  quoteOnly?: ReadonlySet<number> | undefined;
  dimOthers: boolean;
  handlers: RowHandlers;
}

const FALLBACK_RECT: Rect = { width: 420, height: 640 };

// Before layout (or in a test DOM without layout) the scroller measures 0 high; assuming the
// CSS height keeps the first screen of rows rendered instead of none.
function observeRectWithFallback(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void): void | (() => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}

const ESTIMATED_ROW = 68;

// A row is never 0 px tall once laid out; a 0 means "not measurable yet" (hidden, or a test
// DOM), and trusting it would make every row fit and render them all.
function measureRow(element: Element, entry: ResizeObserverEntry | undefined): number {
  const size = entry?.borderBoxSize?.[0]?.blockSize ?? element.getBoundingClientRect().height;
  return size > 0 ? size : ESTIMATED_ROW;
}

const prefersReducedMotion = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * One article as a scrolling column of marked sentences, with its overview strip.
 * @example <SentenceColumn ref={handle} document={0} rows={views} … />
 */
export const SentenceColumn = forwardRef<ColumnHandle, SentenceColumnProps>(function SentenceColumn(props, ref) {
  const { columnIndex, document, name, report, counts, sentences, rows, states, quoteOnly, dimOthers, handlers } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length >= VIRTUALIZE_FROM;
  const rowOf = useMemo(() => new Map(rows.map((row, i) => [row.index, i])), [rows]);
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    measureElement: measureRow,
    overscan: 8,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRectWithFallback,
    getItemKey: (i) => rows[i]?.index ?? i,
  });
  const [viewport, setViewport] = useState<[number, number]>([0, 1]);
  const updateViewport = useCallback(() => {
    const el = scrollRef.current;
    if (!el || el.scrollHeight === 0) return;
    setViewport([el.scrollTop / el.scrollHeight, Math.min(1, (el.scrollTop + el.clientHeight) / el.scrollHeight)]);
  }, []);
  useEffect(() => {
    updateViewport();
  }, [rows, updateViewport]);

  useImperativeHandle(
    ref,
    () => ({
      revealSentence: (sentence: number) => {
        const el = scrollRef.current;
        const row = rowOf.get(sentence);
        if (!el || row === undefined) return;
        const target = el.querySelector<HTMLElement>(`[data-sentence="${sentence}"]`);
        if (target) {
          const box = el.getBoundingClientRect();
          const at = target.getBoundingClientRect();
          if (at.top >= box.top && at.bottom <= box.bottom) return;
          el.scrollBy({ top: at.top - box.top - box.height / 2 + at.height / 2, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
          return;
        }
        if (virtual) virtualizer.scrollToIndex(row, { align: 'center' });
      },
    }),
    [rowOf, virtual, virtualizer],
  );

  const jump = (fraction: number): void => {
    const el = scrollRef.current;
    if (!el) return;
    // Jump to the sentence at that point of the article, so the map and the column agree.
    const sentence = sentences[Math.min(sentences.length - 1, Math.floor(fraction * sentences.length))];
    const row = sentence ? rowOf.get(sentence.index) : undefined;
    if (virtual && row !== undefined) virtualizer.scrollToIndex(row, { align: 'start' });
    else el.scrollTo({ top: fraction * el.scrollHeight - el.clientHeight / 2 });
  };

  const renderRow = (row: SentenceView) => {
    const state = states?.get(row.index) ?? 'none';
    return <SentenceRow document={document} sentence={row} state={state} dimmed={dimOthers && state === 'none'} sharedQuote={quoteOnly?.has(row.index) ?? false} handlers={handlers} />;
  };

  return (
    <section className="column" data-column={columnIndex} data-doc={document} aria-label={`${name}, article ${document + 1}`}>
      <header className="column__head">
        <h4 className="column__name">
          <span className="column__number">{document + 1}</span> {name}
        </h4>
        {report.title && report.title !== name ? <p className="column__title">{report.title}</p> : null}
        <p className="column__stats">
          {report.publishedAt ? (
            <>
              <time dateTime={report.publishedAt}>{formatTime(report.publishedAt)}</time> ·{' '}
            </>
          ) : null}
          {counts.reused} of {counts.sentences} sentences reused ({formatShare(counts.reused, counts.sentences)})
        </p>
      </header>
      <div className="column__body">
        <OverviewStrip name={name} sentences={sentences} viewport={viewport} onJump={jump} />
        <div
          className="column__scroll"
          ref={scrollRef}
          onScroll={updateViewport}
          // Focusable so the keyboard can scroll it even when the filters leave no marked sentence in it.
          tabIndex={0}
          role="group"
          aria-label={`Sentences of ${name}`}
          data-testid={`column-${document + 1}`}
        >
          {rows.length === 0 ? (
            <p className="column__empty">No sentences match the current filters.</p>
          ) : virtual ? (
            <div className="column__space" style={{ height: virtualizer.getTotalSize() }}>
              {virtualizer.getVirtualItems().map((item) => (
                <div key={item.key} data-index={item.index} ref={virtualizer.measureElement} className="column__slot" style={{ transform: `translateY(${item.start}px)` }}>
                  {renderRow(rows[item.index]!)}
                </div>
              ))}
            </div>
          ) : (
            rows.map((row) => <div key={row.index}>{renderRow(row)}</div>)
          )}
        </div>
      </div>
    </section>
  );
});
