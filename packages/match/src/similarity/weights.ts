// Written by scripts/fit-weights.ts from MSRP train (4076 pairs) and STS-B train news
// (3299 pairs); do not edit by hand. Term weighting chosen by 10-fold CV: MSRP accuracy
// 0.7296, STS-B train news Pearson 0.7585; STS-B row weight 3.
// Features with a zero
// (non-negative constrained) coefficient were dropped: weightedDice, minContainment, maxContainment, fewExtraMax, fewExtraMin, lightExtraMin, runShare, lengthCloseness.
import type { SimilarityModel } from './model.js';

/**
 * The fitted scorer (written by scripts/fit-weights.ts).
 * @example SIMILARITY_MODEL.threshold // REUSE_THRESHOLD
 */
export const SIMILARITY_MODEL: SimilarityModel = {
  "weighting": {
    "stopWeight": 0.1,
    "numberWeight": 1,
    "rarityShare": 1
  },
  "features": [
    "synonymDice",
    "synonymMinContainment",
    "synonymMaxContainment",
    "lightExtraMax",
    "editSimilarity",
    "numberAgreement",
    "lengthRatio",
    "trigramDice",
    "extraBalance",
    "raritySynonymDice"
  ],
  "coefficients": [
    0.8112,
    1.2039,
    1.111,
    0.1462,
    0.1628,
    0.3291,
    0.7294,
    0.7672,
    0.1446,
    0.8112
  ],
  "intercept": -3.4636,
  "fit": {
    "stsRowWeight": 3
  },
  "threshold": 0.5412
};
