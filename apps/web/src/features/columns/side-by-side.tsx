import type { Match } from '@wirediff/match';
import { useEffect, useMemo, useRef } from 'react';
import { type ShowMode, type ReportModel, findCounterparts } from '@wirediff/report-format';
import { quoteOnlySentences } from '../report/shared-quotes.js';
import { Connectors } from './connectors.js';
import { type ColumnHandle, SentenceColumn } from './sentence-column.js';
import type { RowHandlers, RowState } from './sentence-row.js';

/** Most and fewest columns side by side. */
export const MAX_COLUMNS = 4;
export const MIN_COLUMNS = 2;

/** A sentence the reader points at (hover or keyboard focus). */
export interface SentenceRef {
  document: number;
  sentence: number;
}

interface SideBySideProps {
  model: ReportModel;
  show: ShowMode;
  columns: number[];
  onColumnsChange: (columns: number[]) => void;
  pointer: SentenceRef | null;
  pinned: Match | null;
  handlers: RowHandlers;
}

/**
 * What each row should look like: the pinned match's sentences, or the sentence pointed at
 * and its counterparts.
 * @example computeRowStates({ model, pointer, pinned: null }).get(1)?.get(4) // 'counterpart'
 */
export function computeRowStates(options: { model: ReportModel; pointer: SentenceRef | null; pinned: Match | null }): Map<number, Map<number, RowState>> {
  const { model, pointer, pinned } = options;
  const states = new Map<number, Map<number, RowState>>();
  const set = (document: number, sentence: number, state: RowState): void => {
    const map = states.get(document) ?? new Map<number, RowState>();
    map.set(sentence, state);
    states.set(document, map);
  };
  if (pinned) {
    for (const side of pinned.sides) for (const s of side.sentences) set(side.document, s, 'pinned');
  } else if (pointer) {
    const others = findCounterparts({ model, document: pointer.document, sentence: pointer.sentence });
    for (const [document, sentences] of others) for (const s of sentences) set(document, s, 'counterpart');
    set(pointer.document, pointer.sentence, 'source');
  }
  return states;
}

/**
 * The articles side by side, two to four at a time, with lines between matched sentences.
 * @example <SideBySide model={model} show="all" columns={[0, 1]} onColumnsChange={set} pointer={null} pinned={null} handlers={h} />
 */
export function SideBySide({ model, show, columns, onColumnsChange, pointer, pinned, handlers }: SideBySideProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const columnRefs = useRef(new Map<number, ColumnHandle>());
  const states = useMemo(() => computeRowStates({ model, pointer, pinned }), [model, pointer, pinned]);
  const quoteOnly = useMemo(() => quoteOnlySentences(model), [model]);
  const activeMatches = useMemo(() => {
    if (pinned) return new Set([pinned.id]);
    if (pointer) return new Set(model.sentences[pointer.document]?.[pointer.sentence]?.matchIds ?? []);
    return new Set<number>();
  }, [model, pointer, pinned]);
  const rows = useMemo(
    () => model.sentences.map((list) => (show === 'all' ? list : list.filter((s) => (show === 'reused' ? s.kind !== null : s.kind === null)))),
    [model, show],
  );

  // Bring counterparts into view: pointed-at ones after a short pause (so sweeping the mouse
  // across a column does not scroll the others wildly), pinned ones at once.
  useEffect(() => {
    if (!pointer && !pinned) return;
    const reveal = (): void => {
      for (const [document, map] of states) {
        if (pointer && !pinned && document === pointer.document) continue;
        const first = Math.min(...map.keys());
        columnRefs.current.get(document)?.revealSentence(first);
      }
    };
    if (pinned) {
      reveal();
      return;
    }
    const timer = setTimeout(reveal, 150);
    return () => clearTimeout(timer);
  }, [states, pointer, pinned]);

  const n = model.report.documents.length;
  const toggle = (document: number): void => {
    if (columns.includes(document)) onColumnsChange(columns.filter((d) => d !== document));
    else onColumnsChange([...columns, document].sort((a, b) => a - b));
  };
  const layoutKey = `${show}|${pinned?.id ?? ''}|${pointer ? `${pointer.document}:${pointer.sentence}` : ''}`;

  return (
    <section className="side-by-side" aria-labelledby="columns-heading">
      <div className="side-by-side__head">
        <h3 id="columns-heading">Sentence by sentence</h3>
        {n > MIN_COLUMNS ? (
          <fieldset className="column-picker">
            <legend>Articles side by side (two to four)</legend>
            {model.names.map((name, d) => {
              const on = columns.includes(d);
              const locked = on ? columns.length <= MIN_COLUMNS : columns.length >= MAX_COLUMNS;
              return (
                <label key={d} className={`chip${on ? ' chip--on' : ''}`}>
                  <input type="checkbox" checked={on} disabled={locked} onChange={() => toggle(d)} />
                  {d + 1}. {name}
                </label>
              );
            })}
          </fieldset>
        ) : null}
      </div>
      <div className="columns" ref={containerRef} style={{ ['--columns' as string]: columns.length }}>
        {columns.map((document, c) => (
          <SentenceColumn
            key={document}
            ref={(handle) => {
              if (handle) columnRefs.current.set(document, handle);
              else columnRefs.current.delete(document);
            }}
            columnIndex={c}
            document={document}
            name={model.names[document] ?? `Article ${document + 1}`}
            report={model.report.documents[document]!}
            counts={model.counts[document]!}
            sentences={model.sentences[document] ?? []}
            rows={rows[document] ?? []}
            states={states.get(document)}
            quoteOnly={quoteOnly[document]}
            dimOthers={states.size > 0}
            handlers={handlers}
          />
        ))}
        <Connectors containerRef={containerRef} columns={columns} model={model} activeMatches={activeMatches} layoutKey={layoutKey} />
      </div>
    </section>
  );
}
