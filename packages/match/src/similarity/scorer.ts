import type { Token } from '@wirediff/text';
import type { MatchKind, SimilarityResult } from '../types.js';
import { featureValue } from './features.js';
import { classifyKind } from './kinds.js';
import type { ScorerModel } from './model.js';
import { measurePair, type PairEvidence, type RowCosine } from './pair-evidence.js';
import { prepareSentence, type PreparedSentence, type PrepareResources } from './prepare.js';
import { defaultWordVectors } from '../lexicon/default-word-vectors.js';
import type { WordVectors } from '../lexicon/word-vectors.js';
import { WORDNET_LEXICON, type EnglishLexicon } from './wordnet-lexicon.js';

/** Non-verbatim pairs stay below this, so only identical sentences score 1. */
const MAX_NON_VERBATIM_SCORE = 0.999;

/**
 * A sentence scorer: one model's way of preparing, measuring, scoring and classifying sentence
 * pairs. `compare` and `similarity` take one as a value (the default is `DEFAULT_SCORER`), so
 * a refitted model or another lexicon changes the scoring without touching the pipeline.
 */
export interface Scorer {
  readonly model: ScorerModel;
  /** The model's reuse threshold: the default `minScore` of compare. */
  readonly threshold: number;
  /** Reduce one tokenised sentence to what `measure` compares; never throws. */
  prepare(tokens: readonly Token[], language: string): PreparedSentence;
  /** The pair's evidence, measured in canonical order so that measure(a, b) equals measure(b, a). */
  measure(a: PreparedSentence, b: PreparedSentence): PairEvidence;
  /** Calibrated closeness 0..1 of a pair that is not verbatim, from its evidence. */
  scoreEvidence(evidence: PairEvidence): number;
  /** `{ score, kind }` of two prepared sentences: identical norms score 1, an empty side 0. */
  score(a: PreparedSentence, b: PreparedSentence): SimilarityResult;
  /** The kind of a non-verbatim pair from its evidence and score against a threshold (default the model's). */
  classify(evidence: PairEvidence, score: number, threshold?: number): MatchKind | null;
  /**
   * `score`, plus what the pair's soft word alignment covers of a and of b (0..1 each) and the
   * sentence cosine, from the same measurement (document context reads them).
   */
  scoreAligned(a: PreparedSentence, b: PreparedSentence): AlignedScore;
}

/** A pair's score and kind with its alignment: see `Scorer.scoreAligned`. */
export interface AlignedScore extends SimilarityResult {
  containment: [number, number];
  sentenceCosine: number;
}

/** What a scorer looks words up in besides its model. */
export interface ScorerResources {
  /** English frequency prior and synonyms (default: the shipped WordNet table). */
  readonly lexicon?: EnglishLexicon;
  /**
   * English word vectors for the soft alignment and the sentence vector (default: the shipped
   * table, read on the first English sentence); `null` scores on words alone.
   */
  readonly vectors?: WordVectors | null;
}

/**
 * Put a pair in a fixed order so that every measurement (including float sums) is the same
 * whichever way round the caller passed it.
 * @example const [first, second] = canonicalPair(a, b);
 */
export function canonicalPair(a: PreparedSentence, b: PreparedSentence): [PreparedSentence, PreparedSentence] {
  if (a.key < b.key) return [a, b];
  if (a.key > b.key) return [b, a];
  return a.language <= b.language ? [a, b] : [b, a];
}

/**
 * Make a scorer from a model (logistic over the model's features) and its word resources.
 * @example
 * const scorer = createScorer(DEFAULT_MODEL);
 * const a = scorer.prepare(tokenize('Talks resumed.', { language: 'en' }), 'en');
 * scorer.score(a, a); // { score: 1, kind: 'verbatim' }
 */
export function createScorer(model: ScorerModel, resources: ScorerResources = {}): Scorer {
  if (model.features.length !== model.coefficients.length) {
    throw new RangeError(`createScorer: the model has ${model.features.length} features but ${model.coefficients.length} coefficients`);
  }
  const lexicon = resources.lexicon ?? WORDNET_LEXICON;
  const features = model.features;
  const coefficients = model.coefficients;
  const threshold = model.threshold;
  // Loaded on the first English sentence, so a scorer that only ever sees other languages
  // never reads the table.
  let vectors: WordVectors | undefined = resources.vectors ?? undefined;
  let prepareResources: PrepareResources | undefined;
  const resourcesFor = (language: string): PrepareResources => {
    if (prepareResources !== undefined) return prepareResources;
    if (language !== 'en') return { weighting: model.weighting, lexicon, vectors: undefined };
    if (vectors === undefined && resources.vectors !== null) vectors = defaultWordVectors();
    prepareResources = { weighting: model.weighting, lexicon, vectors };
    return prepareResources;
  };
  const cosine: RowCosine = (i, j) => vectors!.cosine(i, j);

  const measure = (a: PreparedSentence, b: PreparedSentence): PairEvidence => {
    const [first, second] = canonicalPair(a, b);
    return measurePair(first, second, cosine);
  };
  const scoreEvidence = (evidence: PairEvidence): number => {
    let z = model.intercept;
    for (let k = 0; k < features.length; k++) z += coefficients[k]! * featureValue(evidence, features[k]!);
    const probability = 1 / (1 + Math.exp(-z));
    return probability > MAX_NON_VERBATIM_SCORE ? MAX_NON_VERBATIM_SCORE : probability;
  };
  return {
    model,
    threshold,
    prepare: (tokens, language) => prepareSentence(tokens, language, resourcesFor(language)),
    measure,
    scoreEvidence,
    score(a, b) {
      if (a.tokenCount === 0 || b.tokenCount === 0) return { score: 0, kind: null };
      if (a.key === b.key) return { score: 1, kind: 'verbatim' };
      const evidence = measure(a, b);
      const score = scoreEvidence(evidence);
      return { score, kind: classifyKind(evidence, score, threshold) };
    },
    classify: (evidence, score, against = threshold) => classifyKind(evidence, score, against),
    scoreAligned(a, b) {
      if (a.tokenCount === 0 || b.tokenCount === 0) return { score: 0, kind: null, containment: [0, 0], sentenceCosine: 0 };
      if (a.key === b.key) return { score: 1, kind: 'verbatim', containment: [1, 1], sentenceCosine: 1 };
      const evidence = measure(a, b);
      const score = scoreEvidence(evidence);
      const [first, second] = evidence.alignedContainments;
      return {
        score,
        kind: classifyKind(evidence, score, threshold),
        containment: canonicalPair(a, b)[0] === a ? [first, second] : [second, first],
        sentenceCosine: evidence.sentenceCosine,
      };
    },
  };
}
