// Written by bench's context fit (npm run fit:context) from the METER dev gold (19 articles, 7 stories,
// 149 unmatched sentences); do not edit by hand. Target touched precision 0.965.
import type { ContextModel } from './context-links.js';

/**
 * The shipped context model (see ContextModel).
 * @example createCompare(DEFAULT_SCORER, { context: DEFAULT_CONTEXT_MODEL })
 */
export const DEFAULT_CONTEXT_MODEL: ContextModel = {
  "minAnchors": 2,
  "minPairScore": 0.2,
  "partner": {
    "intercept": -2.3257,
    "weights": [
      3.0063,
      0.7308,
      0.7308,
      0
    ]
  },
  "derived": {
    "intercept": 4.4722,
    "weights": [
      0.7777,
      1.6091,
      0.653,
      -5.6182
    ]
  },
  "threshold": 0.8319,
  "minPartner": 0.15,
  "shareMatched": false,
  "mutual": {
    "minAnchors": 1,
    "minScore": 0.4,
    "margin": 0.05
  }
};
