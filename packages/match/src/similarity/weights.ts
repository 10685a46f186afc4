// Written by scripts/fit-weights.ts from MSRP train (4076 pairs) and STS-B train news
// (3299 pairs); do not edit by hand. Term weighting chosen by 10-fold CV: MSRP accuracy
// 0.7296, STS-B train news Pearson 0.7579; STS-B row weight 3.
// Features with a zero
// (non-negative constrained) coefficient were dropped: weightedDice, minContainment, maxContainment, fewExtraMax, fewExtraMin, lightExtraMin, editSimilarity, runShare, bigramDice, lengthRatio, extraBalance.
import type { SimilarityModel } from './model.js';

/** The fitted scorer (written by scripts/fit-weights.ts). */
export const SIMILARITY_MODEL: SimilarityModel = {
  "weighting": {
    "stopWeight": 0.3,
    "numberWeight": 1,
    "rarityShare": 1
  },
  "features": [
    "synonymDice",
    "synonymMinContainment",
    "synonymMaxContainment",
    "lightExtraMax",
    "numberAgreement",
    "trigramDice",
    "lengthCloseness",
    "raritySynonymDice"
  ],
  "coefficients": [
    0.9601,
    1.7282,
    0.5352,
    0.1027,
    0.3515,
    0.8929,
    0.324,
    0.9601
  ],
  "intercept": -3.0707,
  "threshold": 0.5398
};
