import type { Change, ComparisonReport, Match, MatchSide } from '@wirediff/match';
import { documentName, sentenceNumbers, sentenceText, type ReportWithTexts } from './sentence-text.js';
import type { Style } from './style.js';
import { renderWordDiff } from './word-diff.js';

export type { ReportWithTexts } from './sentence-text.js';

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
  return `${documentName(report, side.document)} ${sentenceNumbers(side.sentences)}`;
}

/**
 * One line for a change, from its summary (the engine writes it for a reader), or from its
 * kind and words when a hand-made report has no summary.
 * @example describeChange({ kind: 'number', from: '25', to: '50', summary: 'number changed: 25 -> 50 per cent' }) // 'number changed: 25 -> 50 per cent'
 */
export function describeChange(change: Change): string {
  if (change.summary.trim() !== '') return change.summary.trim();
  const words = [change.from, change.to].filter((text) => text !== undefined).map((text) => `"${text}"`);
  return `${change.kind}${words.length > 0 ? `: ${words.join(' -> ')}` : ''}`;
}

/**
 * One match as a reader sees it: a heading (its number from 1, kind, score, which sentences
 * of which documents, counted from 1), then the word diff from side a to side b (for a
 * paraphrase, whose words mostly differ, both sentences instead), then what changed.
 * @example renderMatch({ report, texts }, report.matches[0], PLAIN_STYLE) // '1. edited 0.87  wire.txt sentence 2 <> outlet.txt sentence 1\n    The [-big-]{+large+} dog'
 */
export function renderMatch(input: ReportWithTexts, match: Match, style: Style): string {
  const { report, texts } = input;
  const [a, b] = match.sides;
  const quote = match.quote ? style.dim(' (shared quote)') : '';
  const heading = `${style.strong(`${match.id + 1}. ${match.kind}`)} ${style.dim(match.score.toFixed(2))}  ${describeSide(report, a)} <> ${describeSide(report, b)}${quote}`;
  const diffLine =
    match.kind !== 'paraphrase' && match.diff.length > 0
      ? renderWordDiff({ diff: match.diff, textA: texts[a.document] ?? '', textB: texts[b.document] ?? '', boundsA: sideExtent(report, a), style })
      : '';
  const lines = [heading];
  if (diffLine !== '') {
    lines.push(`    ${diffLine}`);
  } else {
    const nameA = documentName(report, a.document);
    const nameB = documentName(report, b.document);
    const width = Math.max(nameA.length, nameB.length) + 1;
    lines.push(`    ${`${nameA}:`.padEnd(width)} ${sentenceText(input, a.document, a.sentences)}`, `    ${`${nameB}:`.padEnd(width)} ${sentenceText(input, b.document, b.sentences)}`);
  }
  for (const change of match.changes ?? []) lines.push(`    - ${describeChange(change)}`);
  return lines.join('\n');
}

/**
 * Every match in report order, separated by blank lines, under one heading per pair of
 * documents when more than two were compared; a note when there are none.
 * @example renderMatchList({ report, texts }, PLAIN_STYLE) // 'Matches (3)\n\n1. verbatim 1.00 …'
 */
export function renderMatchList(input: ReportWithTexts, style: Style): string {
  const { report } = input;
  if (report.matches.length === 0) return `${style.strong('Matches')}\nNo reused sentences found.`;
  if (report.documents.length <= 2) return [style.strong(`Matches (${report.matches.length})`), ...report.matches.map((match) => renderMatch(input, match, style))].join('\n\n');
  const groups = new Map<string, Match[]>();
  for (const match of report.matches) {
    const key = `${match.sides[0].document}:${match.sides[1].document}`;
    const group = groups.get(key) ?? [];
    group.push(match);
    groups.set(key, group);
  }
  const parts: string[] = [];
  for (const group of groups.values()) {
    const [a, b] = group[0]!.sides;
    parts.push(style.strong(`Matches: ${documentName(report, a.document)} <> ${documentName(report, b.document)} (${group.length})`), ...group.map((match) => renderMatch(input, match, style)));
  }
  return parts.join('\n\n');
}
