export { prepareSentence, prepareSentenceWith, type PreparedSentence } from './prepare.js';
export { scorePrepared, scoreEvidence, measurePreparedPair, canonicalPair, REUSE_THRESHOLD } from './score.js';
export { similarity, measureSimilarity, type SimilarityOptions } from './similarity.js';
export { measurePair, MAX_ORDERED_TOKENS, type PairEvidence } from './pair-evidence.js';
export { FEATURE_NAMES, featureValue, featureVector, type FeatureName } from './features.js';
export {
  classifyKind,
  hasPartialRun,
  isEdited,
  EDITED_MIN_EDIT_SIMILARITY,
  EDITED_MIN_KEPT_IN_ORDER,
  EDITED_MIN_MOVED_CONTAINMENT,
  SAME_STATEMENT_MIN_CONTAINMENT,
  EDITED_MIN_LENGTH_RATIO,
  PARTIAL_MIN_CLAUSE_RUN,
  PARTIAL_MIN_CLAUSE_CONTENT,
  PARTIAL_MIN_CONTENT_RUN,
  PARTIAL_MIN_SHORTER_SHARE,
  PARTIAL_MIN_SHARED_CONTENT,
} from './kinds.js';
export { fitLogistic, bestAccuracyThreshold, type FitLogisticOptions, type LogisticFit } from './fit-logistic.js';
export type { SimilarityModel } from './model.js';
export type { TermWeighting } from './term-weight.js';
export { SIMILARITY_MODEL } from './weights.js';
