import { analyzeDocument, type Token } from '@wirediff/text';
import { DEFAULT_SCORER } from '../similarity/default-scorer.js';
import type { PreparedSentence } from '../similarity/prepare.js';
import type { Scorer } from '../similarity/scorer.js';
import type { ComparisonReport, CompareOptions, DocumentInput, MatchKind } from '../types.js';
import { compareWithEngine } from './compare-documents.js';
import type { ContextCandidate, ContextModel } from './context-links.js';
import { DEFAULT_CONTEXT_MODEL } from './default-context-model.js';
import type { AnalyzedDocument } from './document-model.js';
import type { ScoringEngine } from './scoring-engine.js';

/** What `createCompare` builds the pipeline from besides the scorer. */
export interface CompareStrategies {
  /**
   * Links through document context; null for pairwise matching only. Default: the shipped
   * model with the shipped scorer, none with another scorer (the shipped model's cuts are on
   * the shipped scorer's scale, so they would mean nothing to another).
   */
  context?: ContextModel | null;
  /** For fitting the context model (bench): told every candidate the context model judged. */
  onContextCandidate?: (candidate: ContextCandidate) => void;
}

function contextFor(scorer: Scorer, context: ContextModel | null | undefined): { context?: ContextModel } {
  if (context === null) return {};
  if (context !== undefined) return { context };
  return scorer === DEFAULT_SCORER ? { context: DEFAULT_CONTEXT_MODEL } : {};
}

/**
 * The pipeline's pieces for one scorer: the text package's analysis and that scorer.
 * @example const engine = createScoringEngine(DEFAULT_SCORER);
 */
export function createScoringEngine(scorer: Scorer, options: CompareStrategies = {}): ScoringEngine<PreparedSentence> {
  const threshold = scorer.threshold;
  /**
   * `minScore` against the scorer's own threshold. A kinded pair at or above `minScore` is kept.
   * A pair the scorer kinds below its threshold holds a shared passage (a lifted quote, an
   * updated figure): its score measures the whole sentences, not the passage, so it is kept
   * unless the caller raised `minScore` above the threshold (asking for close matches only).
   * With `minScore` lowered below the threshold, unkinded pairs scoring at least `minScore` are
   * classified against `minScore` instead.
   */
  const classify = (a: PreparedSentence, b: PreparedSentence, result: { score: number; kind: MatchKind | null }, minScore: number): MatchKind | null => {
    if (result.kind !== null) {
      if (result.score >= minScore) return result.kind;
      return result.score < threshold && minScore <= threshold ? result.kind : null;
    }
    if (result.score >= minScore && minScore < threshold) return scorer.classify(scorer.measure(a, b), result.score, minScore);
    return null;
  };
  return {
    analyze: (text: string, language: string): AnalyzedDocument => analyzeDocument(text, { language }),
    prepare: (tokens: Token[], language: string): PreparedSentence => scorer.prepare(tokens, language),
    score: (a, b) => scorer.scoreAligned(a, b),
    classify,
    threshold,
    coverage: (sentence, stems) => {
      let covered = 0;
      let total = 0;
      for (let t = 0; t < sentence.terms.length; t++) {
        if (sentence.termContent[t] !== 1) continue;
        const weight = sentence.termWeights[t]!;
        total += weight;
        if (stems.has(sentence.terms[t]!)) covered += weight;
      }
      return total > 0 ? covered / total : 0;
    },
    ...contextFor(scorer, options.context),
    ...(options.onContextCandidate === undefined ? {} : { contextProbe: options.onContextCandidate }),
  };
}

/**
 * `compare` with another scorer (a refitted model, another lexicon): the same pipeline, the
 * same guarantees, with `minScore` defaulting to that scorer's threshold.
 * @example
 * const compareStrict = createCompare(createScorer({ ...DEFAULT_MODEL, threshold: 0.8 }));
 * compareStrict([{ text: a }, { text: b }]).options.minScore; // 0.8
 */
export function createCompare(scorer: Scorer, strategies: CompareStrategies = {}): (documents: DocumentInput[], options?: CompareOptions) => ComparisonReport {
  const engine = createScoringEngine(scorer, strategies);
  return (documents, options) => compareWithEngine(documents, options, engine);
}

/** The engine `compare` runs: the default scorer. */
export const DEFAULT_ENGINE: ScoringEngine<PreparedSentence> = createScoringEngine(DEFAULT_SCORER);

const compareWithDefaultScorer = (documents: DocumentInput[], options?: CompareOptions): ComparisonReport => compareWithEngine(documents, options, DEFAULT_ENGINE);

/**
 * Compare two or more articles sentence by sentence: which sentences each one shares with the
 * others (verbatim, edited, paraphrased or as a partial passage), what it added, and which
 * statements several documents share (clusters). Every offset in the report points into the
 * caller's own text. Deterministic, symmetric in the order of documents, and near-linear in
 * their length. Throws TypeError/RangeError only on misuse (not an array, a document without a
 * string `text`, an option of the wrong type or range); any string is valid input.
 *
 * Matches scoring below `minScore` (default: the scorer's `REUSE_THRESHOLD`) are dropped,
 * except shared passages (a lifted quote, an updated figure) that the scorer flags below its
 * threshold: those stay unless `minScore` is raised above the threshold.
 *
 * @example
 * import { compare } from '@wirediff/match';
 * const report = compare([
 *   { id: 'wire', text: 'Police closed the M6 on Friday after a crash. Two people were hurt.' },
 *   { id: 'paper', text: 'Two people were hurt. Police shut the M6 on Friday after a crash.' },
 * ]);
 * report.matches.length; // 2
 * report.documents[1].stats.reusedShare; // 1
 */
export function compare(documents: DocumentInput[], options?: CompareOptions): ComparisonReport {
  return compareWithDefaultScorer(documents, options);
}
