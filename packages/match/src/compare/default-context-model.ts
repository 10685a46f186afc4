// Written by bench's context fit (npm run fit:context) from the METER dev gold (19 articles, 7 stories,
// 148 unmatched sentences); do not edit by hand. Target touched precision 0.965.
import type { ContextModel } from './context-links.js';

/**
 * The shipped context model (see ContextModel).
 * @example createCompare(DEFAULT_SCORER, { context: DEFAULT_CONTEXT_MODEL })
 */
export const DEFAULT_CONTEXT_MODEL: ContextModel = {
  "minAnchors": 2,
  "minPairScore": 0.2,
  "partner": {
    "intercept": -2.1237,
    "weights": [
      3.3489,
      0.3255,
      0.3392,
      0
    ]
  },
  "derived": {
    "intercept": 4.3994,
    "weights": [
      0.6891,
      1.5624,
      0.7173,
      -5.3392
    ]
  },
  "threshold": 0.8474,
  "minPartner": 0.15,
  "shareMatched": false
};
