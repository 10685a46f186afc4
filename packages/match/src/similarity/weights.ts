// Written by scripts/fit-weights.ts from MSRP train (4076 pairs) and STS-B train news
// (3299 pairs); do not edit by hand. Term weighting chosen by 10-fold CV: MSRP accuracy
// 0.7370, STS-B train news Pearson 0.7337. Features with a zero
// (non-negative constrained) coefficient were dropped: weightedDice, minContainment, maxContainment, fewExtraMax, fewExtraMin, lightExtraMin, runShare, bigramDice, lengthRatio, extraBalance.
import type { SimilarityModel } from './model.js';

/** The fitted scorer (written by scripts/fit-weights.ts). */
export const SIMILARITY_MODEL: SimilarityModel = {
  "weighting": {
    "stopWeight": 0.3,
    "numberWeight": 1,
    "rarityShare": 0.5
  },
  "features": [
    "synonymDice",
    "synonymMinContainment",
    "synonymMaxContainment",
    "lightExtraMax",
    "editSimilarity",
    "numberAgreement",
    "trigramDice",
    "lengthCloseness",
    "raritySynonymDice"
  ],
  "coefficients": [
    0.8309,
    1.6162,
    0.1409,
    0.4111,
    0.4981,
    0.3838,
    0.7198,
    0.7237,
    1.7826
  ],
  "intercept": -3.6358,
  "threshold": 0.5624
};
