import type { PairEvidence } from './pair-evidence.js';

/**
 * Every feature the scorer can use, each 0..1 and growing with closeness (so non-negative
 * weights keep the score monotone). The fitted model names the ones it keeps, and which of them
 * it let take a negative weight (see ScorerModel.fit.signedFeatures).
 */
export const FEATURE_NAMES = [
  'synonymDice',
  'synonymMinContainment',
  'synonymMaxContainment',
  'alignedDice',
  'alignedMinContainment',
  'alignedMaxContainment',
  'sentenceCosine',
  'lightExtraMax',
  'lightUnalignedMax',
  'editSimilarity',
  'runShare',
  'trigramDice',
  'trigramMin',
  'lengthCloseness',
  'extraBalance',
  'negationAgreement',
  'extraNumbers',
] as const;

/** Name of one scorer feature. */
export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * Read one feature off the pair's evidence.
 * @example featureValue(evidence, 'synonymDice')
 */
export function featureValue(evidence: PairEvidence, name: FeatureName): number {
  switch (name) {
    case 'runShare':
      return evidence.shorterLength === 0 ? 0 : evidence.longestRun / evidence.shorterLength;
    // Unmatched content weight as a closeness: 1 when nothing is left over.
    case 'lightExtraMax':
      return 1 / (1 + evidence.extraWeightMax);
    case 'lightUnalignedMax':
      return 1 / (1 + evidence.unalignedWeightMax);
    // Absolute length difference: MSRP-style judgements penalise one side saying more.
    case 'lengthCloseness':
      return 1 / (1 + (evidence.longerLength - evidence.shorterLength) / 4);
    // Both sides reworded (extras on both) vs one side adding a clause (extras on one side).
    case 'extraBalance':
      return (1 + evidence.extraContentMin) / (1 + evidence.extraContentMax);
    case 'negationAgreement':
      return 1 - evidence.negationMismatch;
    // Numerals on one side only, as a closeness.
    case 'extraNumbers':
      return 1 / (1 + evidence.unmatchedNumbers);
    // A cosine below zero says no more than zero does.
    case 'sentenceCosine':
      return evidence.sentenceCosine > 0 ? evidence.sentenceCosine : 0;
    default:
      return evidence[name];
  }
}
