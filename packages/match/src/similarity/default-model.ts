// Written by bench's fit script (npm run fit) from MSRP train (4076 pairs) and STS-B train news
// (3299 pairs); do not edit by hand. Term weighting chosen by 10-fold CV: MSRP accuracy
// 0.7500, STS-B train news Pearson 0.7647; STS-B row weight 3.
// Features free to take a negative weight: runShare. Features with a zero
// (non-negative constrained) coefficient were dropped: weightedDice, minContainment, maxContainment, fewExtraMax, fewExtraMin, lightExtraMin, numberAgreement, lengthRatio, trigramMax, contentLengthCloseness, contentLengthRatio.
import type { ScorerModel } from './model.js';

/**
 * The shipped scorer model (written by bench's fit script); `compare` and `similarity` use it.
 * @example createScorer(DEFAULT_MODEL).threshold // REUSE_THRESHOLD
 */
export const DEFAULT_MODEL: ScorerModel = {
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
    "runShare",
    "trigramDice",
    "lengthCloseness",
    "extraBalance",
    "trigramMin",
    "negationAgreement",
    "extraNumbers"
  ],
  "coefficients": [
    1.2952,
    0.6992,
    1.7235,
    0.5292,
    0.7285,
    -1.8127,
    1.0574,
    0.1996,
    0.1695,
    0.6318,
    0.5995,
    0.666
  ],
  "intercept": -3.7642,
  "fit": {
    "stsRowWeight": 3,
    "signedFeatures": [
      "runShare"
    ]
  },
  "threshold": 0.5811
};
