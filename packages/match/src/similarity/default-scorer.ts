import { DEFAULT_MODEL } from './default-model.js';
import { createScorer, type Scorer } from './scorer.js';

/**
 * The scorer `compare` and `similarity` use unless given another: the shipped model over the
 * shipped lexicon.
 * @example DEFAULT_SCORER.threshold === REUSE_THRESHOLD
 */
export const DEFAULT_SCORER: Scorer = createScorer(DEFAULT_MODEL);

/**
 * The default `minScore` of compare: pairs scoring at least this state the same thing.
 * Chosen by the fitting script as the MSRP-train accuracy-optimal cut of the calibrated score.
 * @example similarity(a, b).score >= REUSE_THRESHOLD
 */
export const REUSE_THRESHOLD: number = DEFAULT_MODEL.threshold;
