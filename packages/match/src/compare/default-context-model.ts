// Written by bench's context fit (npm run fit:context) from the METER dev gold (19 articles, 7 stories,
// 146 unmatched sentences); do not edit by hand. Target touched precision 0.965.
import type { ContextModel } from './context-links.js';

/**
 * The shipped context model (see ContextModel).
 * @example createCompare(DEFAULT_SCORER, { context: DEFAULT_CONTEXT_MODEL })
 */
export const DEFAULT_CONTEXT_MODEL: ContextModel = {
  "minAnchors": 2,
  "minPairScore": 0.2,
  "partner": {
    "intercept": -2.0656,
    "weights": [
      3.2322,
      0.3606,
      0.3606,
      0
    ]
  },
  "derived": {
    "intercept": 4.4091,
    "weights": [
      0.7033,
      1.5789,
      0.6606,
      -5.3779
    ]
  },
  "threshold": 0.8406,
  "minPartner": 0.15,
  "shareMatched": false
};
