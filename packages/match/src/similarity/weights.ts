// Written by scripts/fit-weights.ts from MSRP train (4076 pairs) and STS-B train news
// (3299 pairs); do not edit by hand. Term weighting chosen by 10-fold CV: MSRP accuracy
// 0.7316, STS-B train news Pearson 0.7583; STS-B row weight 3.
// Features with a zero
// (non-negative constrained) coefficient were dropped: weightedDice, minContainment, maxContainment, fewExtraMax, fewExtraMin, lightExtraMin, runShare, extraBalance.
import type { SimilarityModel } from './model.js';

/** The fitted scorer (written by scripts/fit-weights.ts). */
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
    "lengthCloseness",
    "raritySynonymDice"
  ],
  "coefficients": [
    0.8097,
    1.3982,
    0.8939,
    0.1796,
    0.1597,
    0.3264,
    0.7484,
    0.7615,
    0.0197,
    0.8097
  ],
  "intercept": -3.3542,
  "fit": {
    "stsRowWeight": 3
  },
  "threshold": 0.5404
};
