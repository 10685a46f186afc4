import { MATCH_KINDS, type ComparisonReport, type MatchKind } from '@wirediff/match';
import { documentName } from './sentence-text.js';
import { formatTable } from './text-table.js';

/** What two documents share. */
export interface PairSummary {
  /** Document indexes, first < second. */
  first: number;
  second: number;
  matches: number;
  byKind: Record<MatchKind, number>;
  /** Distinct sentences of each document in the pair's matches. */
  firstSentences: number;
  secondSentences: number;
}

/**
 * Every pair of documents that shares at least one match, in document order.
 * @example summarisePairs(report)[0] // { first: 0, second: 1, matches: 8, byKind: { verbatim: 2, … }, firstSentences: 8, secondSentences: 8 }
 */
export function summarisePairs(report: Pick<ComparisonReport, 'matches'>): PairSummary[] {
  const pairs = new Map<string, PairSummary & { sentencesA: Set<number>; sentencesB: Set<number> }>();
  for (const match of report.matches) {
    const [a, b] = match.sides;
    const key = `${a.document}:${b.document}`;
    let pair = pairs.get(key);
    if (!pair) {
      pair = { first: a.document, second: b.document, matches: 0, byKind: { verbatim: 0, edited: 0, paraphrase: 0, partial: 0 }, firstSentences: 0, secondSentences: 0, sentencesA: new Set(), sentencesB: new Set() };
      pairs.set(key, pair);
    }
    pair.matches += 1;
    pair.byKind[match.kind] += 1;
    for (const sentence of a.sentences) pair.sentencesA.add(sentence);
    for (const sentence of b.sentences) pair.sentencesB.add(sentence);
  }
  return [...pairs.values()]
    .map(({ sentencesA, sentencesB, ...pair }) => ({ ...pair, firstSentences: sentencesA.size, secondSentences: sentencesB.size }))
    .sort((x, y) => x.first - y.first || x.second - y.second);
}

/**
 * The per-pair table: which articles share sentences, how many matches of each kind, and how
 * many sentences of each article they cover.
 * @example renderPairSummary(report) // 'first     second      matches  verbatim …\nwire.txt  outlet.txt        8         2 …'
 */
export function renderPairSummary(report: Pick<ComparisonReport, 'documents' | 'matches'>): string {
  const pairs = summarisePairs(report);
  if (pairs.length === 0) return 'No two articles share a sentence.';
  const header = ['first', 'second', 'matches', ...MATCH_KINDS, 'sentences of first', 'sentences of second'];
  const rows = pairs.map((pair) => [
    documentName(report, pair.first),
    documentName(report, pair.second),
    String(pair.matches),
    ...MATCH_KINDS.map((kind) => String(pair.byKind[kind])),
    `${pair.firstSentences} of ${report.documents[pair.first]?.stats.sentences ?? 0}`,
    `${pair.secondSentences} of ${report.documents[pair.second]?.stats.sentences ?? 0}`,
  ]);
  return formatTable([header, ...rows], { align: header.map((_, column) => (column < 2 ? 'left' : 'right')) });
}
