import type { Match } from '@wirediff/match';
import { useEffect, useRef } from 'react';
import { KIND_INFO, type ReportModel } from '@wirediff/report-format';
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

function Pieces({ pieces }: { pieces: DiffPiece[] }) {
  return (
    <>
      {pieces.map((piece, i) =>
        piece.op === 'insert' ? (
          <ins key={i}>{piece.text}</ins>
        ) : piece.op === 'delete' ? (
          <del key={i}>{piece.text}</del>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}

/**
 * The pinned match: both sentences, the word-level changes, its kind and score.
 * @example <MatchPanel model={model} match={match} alternatives={[match]} position={null} onSelect={…} onStep={…} onClose={…} />
 */
export function MatchPanel({ model, match, alternatives, position, onSelect, onStep, onClose }: MatchPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
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
  const piecesA = markSide({ text: textA, start: extentA.start, end: extentA.end, ranges: collectRanges({ match, op: 'delete' }), mark: 'delete' });
  const piecesB = markSide({ text: textB, start: extentB.start, end: extentB.end, ranges: collectRanges({ match, op: 'insert' }), mark: 'insert' });
  const merged = mergeDiff({ match, textA, textB, bounds: [extentB.start, extentB.end] });
  const changed = merged.filter((p) => p.op === 'insert' || p.op === 'delete').length;
  const info = KIND_INFO[match.kind];
  const sentenceNumbers = (list: number[]): string => list.map((n) => n + 1).join(', ');
  return (
    <aside className={`match-panel match-panel--${match.kind}`} aria-labelledby="match-panel-heading" data-testid="match-panel">
      <header className="match-panel__head">
        <h3 id="match-panel-heading" tabIndex={-1} ref={headingRef}>
          <span className={`badge badge--${match.kind}`}>{info.label}</span> match, score {match.score.toFixed(2)}
        </h3>
        <button type="button" className="button button--quiet button--small" onClick={onClose} aria-label="Close the match panel (Esc)">
          Close
        </button>
      </header>
      <p className="match-panel__explain">
        {info.label}: {info.explain}.{' '}
        {changed === 0 ? 'No words changed.' : `${changed} ${changed === 1 ? 'change' : 'changes'} between the two.`}
      </p>
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
