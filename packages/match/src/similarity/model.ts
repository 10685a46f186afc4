import type { FeatureName } from './features.js';
import type { TermWeighting } from './term-weight.js';

/**
 * What a scorer is made from: term weighting, logistic coefficients over named features and the
 * reuse threshold. The shipped one is fitted by bench (`npm run fit`, see default-model.ts).
 */
export interface ScorerModel {
  readonly weighting: TermWeighting;
  /** Features with a non-zero coefficient, in FEATURE_NAMES order. */
  readonly features: readonly FeatureName[];
  readonly coefficients: readonly number[];
  readonly intercept: number;
  /** Score at and above which two sentences state the same thing (MSRP-optimal cut). */
  readonly threshold: number;
  /** How the weights were fitted, so an evaluation can refit them the same way. */
  readonly fit: {
    /** Loss weight of one STS-B row (soft label gold/5) against one MSRP row. */
    readonly stsRowWeight: number;
    /**
     * Features whose weight may be negative; every other weight is >= 0. runShare is one: with
     * the overlap held fixed, one unbroken run covering the shorter sentence means "copied and
     * extended", which MSRP judges not equivalent (the kind still says edited or partial).
     */
    readonly signedFeatures?: readonly FeatureName[];
  };
}
