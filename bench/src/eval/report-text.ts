import type { ComparisonReport, MatchSide } from '@wirediff/match';

const WHITESPACE_RUN = /\s+/gu;

/**
 * The text of a match side's sentences, on one line (wire copy is hard-wrapped).
 * @example sideText(report, texts, match.sides[0]) // 'Peskov said no documents had been signed.'
 */
export function sideText(report: ComparisonReport, texts: readonly string[], side: MatchSide): string {
  const sentences = report.documents[side.document]?.sentences ?? [];
  const text = texts[side.document] ?? '';
  return side.sentences
    .map((index) => sentences[index])
    .filter((sentence) => sentence !== undefined)
    .map((sentence) => text.slice(sentence.start, sentence.end))
    .join(' ')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/**
 * A 0..1 share as a percentage with one decimal.
 * @example percent(0.4567) // '45.7%'
 */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
