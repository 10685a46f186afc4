import type { SimilarityResult } from '../types.js';
import { featureValue } from './features.js';
import { classifyKind } from './kinds.js';
import type { SimilarityModel } from './model.js';
import { measurePair, type PairEvidence } from './pair-evidence.js';
import type { PreparedSentence } from './prepare.js';
import { SIMILARITY_MODEL } from './weights.js';

/** Non-verbatim pairs stay below this, so only identical sentences score 1. */
const MAX_NON_VERBATIM_SCORE = 0.999;

/**
 * The default `minScore` of compare: pairs scoring at least this state the same thing.
 * Chosen by the fitting script as the MSRP-train accuracy-optimal cut of the calibrated score.
 * @example similarity(a, b).score >= REUSE_THRESHOLD
 */
export const REUSE_THRESHOLD: number = SIMILARITY_MODEL.threshold;

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
 * Evidence of a pair in canonical order.
 * @example measurePreparedPair(prepareSentence(ta, 'en'), prepareSentence(tb, 'en')).editSimilarity
 */
export function measurePreparedPair(a: PreparedSentence, b: PreparedSentence): PairEvidence {
  const [first, second] = canonicalPair(a, b);
  return measurePair(first, second);
}

/**
 * Calibrated closeness 0..1 of a non-verbatim pair under a model (logistic over the features).
 * @example scoreEvidence(evidence, SIMILARITY_MODEL)
 */
export function scoreEvidence(evidence: PairEvidence, model: SimilarityModel): number {
  let z = model.intercept;
  for (let k = 0; k < model.features.length; k++) {
    const name = model.features[k];
    if (name !== undefined) z += (model.coefficients[k] ?? 0) * featureValue(evidence, name);
  }
  const probability = 1 / (1 + Math.exp(-z));
  return probability > MAX_NON_VERBATIM_SCORE ? MAX_NON_VERBATIM_SCORE : probability;
}

/**
 * Score two prepared sentences: `{ score, kind }`, symmetric and never throwing. Identical
 * token norms score 1 (`verbatim`); two empty sentences share nothing and score 0.
 * @example scorePrepared(prepareSentence(ta, 'en'), prepareSentence(tb, 'en')).kind
 */
export function scorePrepared(a: PreparedSentence, b: PreparedSentence): SimilarityResult {
  if (a.tokenCount === 0 || b.tokenCount === 0) return { score: 0, kind: null };
  if (a.key === b.key) return { score: 1, kind: 'verbatim' };
  const evidence = measurePreparedPair(a, b);
  const score = scoreEvidence(evidence, SIMILARITY_MODEL);
  return { score, kind: classifyKind(evidence, score, SIMILARITY_MODEL.threshold) };
}
