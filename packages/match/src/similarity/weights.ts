// Placeholder until scripts/fit-weights.ts writes the fitted model.
import type { SimilarityModel } from './model.js';

/** The fitted scorer (written by scripts/fit-weights.ts). */
export const SIMILARITY_MODEL: SimilarityModel = {
  weighting: { stopWeight: 0.2, numberWeight: 1, rarityShare: 0.5 },
  features: ['synonymDice', 'synonymMaxContainment', 'fewExtraMax', 'lightExtraMax', 'editSimilarity', 'numberAgreement', 'lengthRatio', 'trigramDice'],
  coefficients: [0.76, 1.74, 2.57, 1.79, 2.07, 0.31, 3.69, 0.69],
  intercept: -6.91,
  threshold: 0.565,
};
