import type { Match } from '@wirediff/match';
import { Fragment, useEffect, useRef, useState } from 'react';
import { KIND_INFO, type ReportModel } from '@wirediff/report-format';
import { ChangeList } from './change-list.js';
import { type HighlightedPiece, highlightRanges } from './highlight-ranges.js';
import { type DiffPiece, collectRanges, markSide, measureSide, mergeDiff } from './word-diff.js';

interface MatchPanelProps {
  model: ReportModel;
  match: Match;
  /** Other visible matches of the sentence that was clicked, to switch between. */
  alternatives: Match[];
  position: { index: number; total: number } | null;
  onSelect: (matchId: number) => void;
  onStep: (step: 1 | -1) => void;
  onClose: () => void;
}

function Piece({ piece }: { piece: DiffPiece }) {
  return piece.op === 'insert' ? <ins>{piece.text}</ins> : piece.op === 'delete' ? <del>{piece.text}</del> : <span>{piece.text}</span>;
}

// A highlighted change is one <mark> around its run of pieces (inserted, deleted and shared alike).
function Pieces({ pieces }: { pieces: Array<DiffPiece | HighlightedPiece> }) {
  const runs: Array<{ highlight: boolean; pieces: DiffPiece[] }> = [];
  for (const piece of pieces) {
    const highlight = 'highlight' in piece && piece.highlight;
    const last = runs.at(-1);
    if (last && last.highlight === highlight) last.pieces.push(piece);
    else runs.push({ highlight, pieces: [piece] });
  }
  return (
    <>
      {runs.map((run, r) => {
        const inner = run.pieces.map((piece, i) => <Piece key={i} piece={piece} />);
        return run.highlight ? (
          <mark key={r} className="change-mark">
            {inner}
          </mark>
        ) : (
          <Fragment key={r}>{inner}</Fragment>
        );
      })}
    </>
  );
}

/**
 * The pinned match: both sentences, the word-level changes, its kind and score.
 * @example <MatchPanel model={model} match={match} alternatives={[match]} position={null} onSelect={…} onStep={…} onClose={…} />
 */
export function MatchPanel({ model, match, alternatives, position, onSelect, onStep, onClose }: MatchPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [pointed, setPointed] = useState<number | null>(null);
  const [held, setHeld] = useState<number | null>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    setPointed(null);
    setHeld(null);
  }, [match.id]);
  const bounds = (document: number, sentence: number): [number, number] | undefined => {
    const s = model.report.documents[document]?.sentences[sentence];
    return s ? [s.start, s.end] : undefined;
  };
  const [sideA, sideB] = match.sides;
  const textA = model.texts[sideA.document] ?? '';
  const textB = model.texts[sideB.document] ?? '';
  const extentA = measureSide({ match, side: 0, sentenceBounds: bounds });
  const extentB = measureSide({ match, side: 1, sentenceBounds: bounds });
  const changes = match.changes ?? [];
  const active = pointed ?? held;
  const change = active === null ? undefined : changes[active];
  const piecesA = highlightRanges({
    pieces: markSide({ text: textA, start: extentA.start, end: extentA.end, ranges: collectRanges({ match, op: 'delete' }), mark: 'delete' }),
    start: extentA.start,
    ranges: change?.a ? [change.a] : [],
  });
  const piecesB = highlightRanges({
    pieces: markSide({ text: textB, start: extentB.start, end: extentB.end, ranges: collectRanges({ match, op: 'insert' }), mark: 'insert' }),
    start: extentB.start,
    ranges: change?.b ? [change.b] : [],
  });
  const merged = mergeDiff({ match, textA, textB, bounds: [extentB.start, extentB.end] });
  const changed = merged.filter((p) => p.op === 'insert' || p.op === 'delete').length;
  const info = KIND_INFO[match.kind];
  const sentenceNumbers = (list: number[]): string => list.map((n) => n + 1).join(', ');
  return (
    <aside className={`match-panel match-panel--${match.kind}`} aria-labelledby="match-panel-heading" data-testid="match-panel">
      <header className="match-panel__head">
        <h3 id="match-panel-heading" tabIndex={-1} ref={headingRef}>
          <span className={`badge badge--${match.kind}`}>{info.label}</span> match, score {match.score.toFixed(2)}
          {match.quote ? <span className="quote-tag">Shared quote</span> : null}
        </h3>
        <button type="button" className="button button--quiet button--small" onClick={onClose} aria-label="Close the match panel (Esc)">
          Close
        </button>
      </header>
      <p className="match-panel__explain">
        {info.label}: {info.explain}.{' '}
        {changes.length > 0
          ? `${changes.length} ${changes.length === 1 ? 'change' : 'changes'}, listed below.`
          : changed === 0
            ? 'No words changed.'
            : `${changed} ${changed === 1 ? 'change' : 'changes'} between the two.`}
      </p>
      {match.quote ? (
        <p className="note match-panel__quote" data-testid="quote-note">
          Both articles print these words inside quotation marks: most likely two outlets quoting the same speaker, not one
          copying the other. “Hide shared quotes” leaves such matches out.
        </p>
      ) : null}
      <div className="match-panel__sides">
        <figure className="match-side">
          <figcaption>
            <strong>{model.names[sideA.document]}</strong>, sentence {sentenceNumbers(sideA.sentences)}
          </figcaption>
          <blockquote data-testid="match-side-a">
            <Pieces pieces={piecesA} />
          </blockquote>
        </figure>
        <figure className="match-side">
          <figcaption>
            <strong>{model.names[sideB.document]}</strong>, sentence {sentenceNumbers(sideB.sentences)}
          </figcaption>
          <blockquote data-testid="match-side-b">
            <Pieces pieces={piecesB} />
          </blockquote>
        </figure>
      </div>
      {changes.length ? (
        <>
          <h4 className="match-panel__subhead" id="match-panel-changes">
            What changed
          </h4>
          <p className="match-panel__hint">Point at a change, or click it, to see its words in both sentences.</p>
          <ChangeList changes={changes} active={active} held={held} onPoint={setPointed} onHold={setHeld} />
        </>
      ) : null}
      <h4 className="match-panel__subhead">Word by word</h4>
      <p className="diff-line" data-testid="word-diff">
        <Pieces pieces={merged} />
      </p>
      <p className="diff-key">
        <span>
          <del>struck</del> only in {model.names[sideA.document]}
        </span>
        <span>
          <ins>underlined</ins> only in {model.names[sideB.document]}
        </span>
        <span>plain: shared</span>
      </p>
      {alternatives.length > 1 ? (
        <div className="match-panel__alternatives">
          <h4 className="match-panel__subhead">This sentence has {alternatives.length} matches</h4>
          <ul>
            {alternatives.map((alt) => {
              return (
                <li key={alt.id}>
                  <button type="button" className={`button button--small${alt.id === match.id ? ' button--current' : ' button--quiet'}`} aria-pressed={alt.id === match.id} onClick={() => onSelect(alt.id)}>
                    {KIND_INFO[alt.kind].label} {alt.score.toFixed(2)} · {model.names[alt.sides[0].document]} ↔ {model.names[alt.sides[1].document]}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      {position ? (
        <nav className="match-panel__nav" aria-label="Step through matches">
          <button type="button" className="button button--quiet button--small" onClick={() => onStep(-1)}>
            ← Previous <kbd>p</kbd>
          </button>
          <span>
            Match {position.index + 1} of {position.total}
          </span>
          <button type="button" className="button button--quiet button--small" onClick={() => onStep(1)}>
            Next <kbd>n</kbd> →
          </button>
        </nav>
      ) : null}
    </aside>
  );
}
