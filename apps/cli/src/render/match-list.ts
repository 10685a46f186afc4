import type { ComparisonReport, Match, MatchSide } from '@wirediff/match';
import { documentLabel } from './document-shares.js';
import type { Style } from './style.js';
import { renderWordDiff } from './word-diff.js';

/** A report and the texts it was computed from, in the same order as `report.documents`. */
export interface ReportWithTexts {
  report: ComparisonReport;
  texts: readonly string[];
}

const WHITESPACE_RUN = /\s+/gu;

/**
 * Where a match side's sentences lie in its document's text (first start to last end).
 * @example sideExtent(report, match.sides[0]) // [120, 188]
 */
export function sideExtent(report: ComparisonReport, side: MatchSide): [number, number] | undefined {
  const sentences = report.documents[side.document]?.sentences ?? [];
  let start = Infinity;
  let end = -Infinity;
  for (const index of side.sentences) {
    const sentence = sentences[index];
    if (!sentence) continue;
    start = Math.min(start, sentence.start);
    end = Math.max(end, sentence.end);
  }
  return start <= end ? [start, end] : undefined;
}

function describeSide(report: ComparisonReport, side: MatchSide): string {
  const document = report.documents[side.document];
  const label = document ? documentLabel(document) : `#${side.document}`;
  return `${label} ${side.sentences.map((index) => `s${index + 1}`).join('+')}`;
}

function quoteSide(report: ComparisonReport, texts: readonly string[], side: MatchSide): string {
  const extent = sideExtent(report, side);
  const text = texts[side.document] ?? '';
  return extent ? text.slice(extent[0], extent[1]).replace(WHITESPACE_RUN, ' ').trim() : '';
}

/**
 * One match as a reader sees it: a heading (number, kind, score, which sentences of which
 * documents, 1-based) and the word diff from side a to side b; both sentences instead when
 * the match carries no diff.
 * @example renderMatch({ report, texts }, report.matches[0], PLAIN_STYLE) // '#1 edited 0.87  wire.txt s2 <> outlet.txt s1\n    The [-big-]{+large+} dog'
 */
export function renderMatch({ report, texts }: ReportWithTexts, match: Match, style: Style): string {
  const [a, b] = match.sides;
  const heading = `${style.strong(`#${match.id} ${match.kind}`)} ${style.dim(match.score.toFixed(2))}  ${describeSide(report, a)} <> ${describeSide(report, b)}`;
  const textA = texts[a.document] ?? '';
  const textB = texts[b.document] ?? '';
  const diffLine = match.diff.length > 0 ? renderWordDiff({ diff: match.diff, textA, textB, boundsA: sideExtent(report, a), style }) : '';
  if (diffLine !== '') return `${heading}\n    ${diffLine}`;
  return `${heading}\n    a: ${quoteSide(report, texts, a)}\n    b: ${quoteSide(report, texts, b)}`;
}

/**
 * Every match in report order, separated by blank lines; a note when there are none.
 * @example renderMatchList({ report, texts }, PLAIN_STYLE) // '#1 verbatim 1.00 …\n\n#2 edited 0.81 …'
 */
export function renderMatchList(input: ReportWithTexts, style: Style): string {
  if (input.report.matches.length === 0) return 'No reused sentences found.';
  return input.report.matches.map((match) => renderMatch(input, match, style)).join('\n\n');
}
