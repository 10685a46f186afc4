import type { PairEvidence } from './pair-evidence.js';

/**
 * Every feature the scorer can use, each 0..1 and growing with closeness (so non-negative
 * weights keep the score monotone). The fitted model names the ones it keeps, and which of them
 * it let take a negative weight (see SimilarityModel.fit.signedFeatures).
 */
export const FEATURE_NAMES = [
  'weightedDice',
  'synonymDice',
  'minContainment',
  'maxContainment',
  'synonymMinContainment',
  'synonymMaxContainment',
  'fewExtraMax',
  'fewExtraMin',
  'lightExtraMax',
  'lightExtraMin',
  'editSimilarity',
  'runShare',
  'numberAgreement',
  'lengthRatio',
  'trigramDice',
  'lengthCloseness',
  'extraBalance',
  'raritySynonymDice',
  'trigramMax',
  'trigramMin',
  'negationAgreement',
  'contentLengthCloseness',
  'contentLengthRatio',
  'extraNumbers',
] as const;

/** Name of one scorer feature. */
export type FeatureName = (typeof FEATURE_NAMES)[number];

/**
 * Read one feature off the pair's evidence.
 * @example featureValue(evidence, 'weightedDice')
 */
export function featureValue(evidence: PairEvidence, name: FeatureName): number {
  switch (name) {
    case 'runShare':
      return evidence.shorterLength === 0 ? 0 : evidence.longestRun / evidence.shorterLength;
    // Unmatched content as a closeness: 1 when nothing is left over, 1/2 for one word, ...
    case 'fewExtraMax':
      return 1 / (1 + evidence.extraContentMax);
    case 'fewExtraMin':
      return 1 / (1 + evidence.extraContentMin);
    case 'lightExtraMax':
      return 1 / (1 + evidence.extraWeightMax);
    case 'lightExtraMin':
      return 1 / (1 + evidence.extraWeightMin);
    // Absolute length difference: MSRP-style judgements penalise one side saying more.
    case 'lengthCloseness':
      return 1 / (1 + (evidence.longerLength - evidence.shorterLength) / 4);
    // Both sides reworded (extras on both) vs one side adding a clause (extras on one side).
    case 'extraBalance':
      return (1 + evidence.extraContentMin) / (1 + evidence.extraContentMax);
    case 'negationAgreement':
      return 1 - evidence.negationMismatch;
    // Length difference counted in content tokens only: function words are cheap to add.
    case 'contentLengthCloseness':
      return 1 / (1 + (evidence.longerContent - evidence.shorterContent) / 2);
    // Numerals on one side only, as a closeness.
    case 'extraNumbers':
      return 1 / (1 + evidence.unmatchedNumbers);
    case 'contentLengthRatio':
      return evidence.longerContent === 0 ? 1 : evidence.shorterContent / evidence.longerContent;
    default:
      return evidence[name];
  }
}
