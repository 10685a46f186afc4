// Written by bench's context fit (npm run fit:context) from the METER dev gold (19 articles, 7 stories;
// 207 candidates); do not edit by hand. Target touched precision 0.965.
import type { ContextModel } from './context-links.js';

/**
 * The shipped context model (see ContextModel): when two documents share a source, how an
 * unmatched sentence's best pair score and its word coverage decide a link.
 * @example createCompare(DEFAULT_SCORER, { context: DEFAULT_CONTEXT_MODEL })
 */
export const DEFAULT_CONTEXT_MODEL: ContextModel = {
  "minAnchors": 2,
  "intercept": 3.58,
  "weights": [
    0.5636,
    0.3528,
    1.2207,
    0.6803,
    0.2166,
    0,
    -4.0989
  ],
  "threshold": 0.9042,
  "minPairScore": 0.15
};
