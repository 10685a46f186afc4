// The sentence scorer's internals, for evaluation and refitting (`@wirediff/match/scorer`).
export { createScorer, canonicalPair, type Scorer, type ScorerResources } from './scorer.js';
export { DEFAULT_SCORER, REUSE_THRESHOLD } from './default-scorer.js';
export { DEFAULT_MODEL } from './default-model.js';
export type { ScorerModel } from './model.js';
export { similarity, prepareText, type SimilarityOptions } from './similarity.js';
export { prepareSentence, type PreparedSentence, type PrepareResources } from './prepare.js';
export { measurePair, MAX_ORDERED_TOKENS, type PairEvidence } from './pair-evidence.js';
export { FEATURE_NAMES, featureValue, type FeatureName } from './features.js';
export { classifyKind, hasPartialRun, isEdited } from './kinds.js';
export { WORDNET_LEXICON, type EnglishLexicon, type LexiconEntry } from './wordnet-lexicon.js';
export type { TermWeighting } from './term-weight.js';
export { defaultWordVectors, type WordVectors } from '../lexicon/index.js';
