import type { MatchKind } from '@wirediff/match';
import { segment } from '@wirediff/text';
import { loadMsrpTrain, type SentencePair } from '../data/index.js';
import type { ProposedLink, TextRange } from './gold-links.js';
import { accuracyOptimalThreshold, jaccardWords } from './msrp.js';

/**
 * The word-overlap baseline's kind thresholds on the Jaccard of lower-cased word sets: at or
 * above `verbatim` a link is called verbatim, at or above `edited` edited, else paraphrase. Set
 * by hand (0.9 allows a word or two of ten changed; 0.6 is where most of the words are shared);
 * they only sort the baseline's links by kind and change none of its recall or precision.
 */
export const WORD_OVERLAP_KIND_THRESHOLDS = { verbatim: 0.9, edited: 0.6 } as const;

/**
 * The Jaccard cut that maximises accuracy on all of MSRP train: the baseline's link threshold.
 * @example msrpJaccardThreshold() // ~0.4
 */
export function msrpJaccardThreshold(pairs: readonly SentencePair[] = loadMsrpTrain()): number {
  return accuracyOptimalThreshold(
    pairs.map((pair) => jaccardWords(pair.a, pair.b)),
    pairs.map((pair) => pair.label),
  );
}

function kindOf(jaccard: number): MatchKind {
  if (jaccard >= WORD_OVERLAP_KIND_THRESHOLDS.verbatim) return 'verbatim';
  if (jaccard >= WORD_OVERLAP_KIND_THRESHOLDS.edited) return 'edited';
  return 'paraphrase';
}

function sentenceRanges(text: string): TextRange[] {
  return segment(text).sentences.map((sentence): TextRange => [sentence.start, sentence.end]);
}

/**
 * The word-overlap baseline as a linker: each newspaper sentence (split by @wirediff/text's
 * segmenter, the engine's own) is linked to the PA sentence of any take with the highest
 * Jaccard of lower-cased word sets (the earliest take and sentence on ties), when that Jaccard
 * is at least `threshold`.
 * @example linkByWordOverlap(article.text, article.takes.map((take) => take.text), 0.4)
 */
export function linkByWordOverlap(paper: string, takes: readonly string[], threshold: number): ProposedLink[] {
  const paSentences = takes.flatMap((text, take) => sentenceRanges(text).map((range) => ({ take, range, text: text.slice(range[0], range[1]) })));
  const links: ProposedLink[] = [];
  for (const range of sentenceRanges(paper)) {
    const text = paper.slice(range[0], range[1]);
    let best: (typeof paSentences)[number] | undefined;
    let bestScore = -1;
    for (const candidate of paSentences) {
      const score = jaccardWords(text, candidate.text);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    if (best !== undefined && bestScore >= threshold) links.push({ kind: kindOf(bestScore), score: bestScore, paper: [range], take: best.take, pa: [best.range] });
  }
  return links;
}
