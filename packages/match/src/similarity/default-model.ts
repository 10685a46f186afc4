// Written by bench's fit script (npm run fit) from MSRP train (4076 pairs) and STS-B train news
// (3299 pairs); do not edit by hand. Term weighting chosen by 10-fold CV: MSRP accuracy
// 0.7527, STS-B train news Pearson 0.7756; STS-B row weight 3.
// Features free to take a negative weight: runShare. Features with a zero
// (non-negative constrained) coefficient were dropped: lightUnalignedMax, extraBalance.
import type { ScorerModel } from './model.js';

/**
 * The shipped scorer model (written by bench's fit script); `compare` and `similarity` use it.
 * @example createScorer(DEFAULT_MODEL).threshold // REUSE_THRESHOLD
 */
export const DEFAULT_MODEL: ScorerModel = {
  "weighting": {
    "stopWeight": 0.1,
    "numberWeight": 1,
    "rarityShare": 1,
    "raritySource": "corpus"
  },
  "features": [
    "synonymDice",
    "synonymMinContainment",
    "synonymMaxContainment",
    "alignedDice",
    "alignedMinContainment",
    "alignedMaxContainment",
    "sentenceCosine",
    "lightExtraMax",
    "editSimilarity",
    "runShare",
    "trigramDice",
    "trigramMin",
    "lengthCloseness",
    "negationAgreement",
    "extraNumbers"
  ],
  "coefficients": [
    0.4804,
    1.2664,
    0.2179,
    0.3032,
    0.1732,
    1.3346,
    1.3361,
    0.6739,
    0.6428,
    -1.6266,
    0.7537,
    0.4163,
    0.2283,
    0.5838,
    0.5947
  ],
  "intercept": -4.7004,
  "fit": {
    "stsRowWeight": 3,
    "signedFeatures": [
      "runShare"
    ]
  },
  "threshold": 0.5902
};
