import type { FeatureName } from './features.js';
import type { TermWeighting } from './term-weight.js';

/** A fitted scorer: term weighting, logistic coefficients and the reuse threshold. */
export interface SimilarityModel {
  readonly weighting: TermWeighting;
  /** Features with a non-zero coefficient, in FEATURE_NAMES order. */
  readonly features: readonly FeatureName[];
  readonly coefficients: readonly number[];
  readonly intercept: number;
  /** Score at and above which two sentences state the same thing (MSRP-optimal, see weights.ts). */
  readonly threshold: number;
}
