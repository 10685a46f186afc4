export * from './types.js';
export { compare, createCompare, type CompareStrategies } from './compare/compare.js';
export { DERIVED_FEATURES, PARTNER_FEATURES, type ContextCandidate, type ContextLogistic, type ContextModel } from './compare/context-links.js';
export { DEFAULT_CONTEXT_MODEL } from './compare/default-context-model.js';
export { diffSentences, type DiffSentencesOptions, type TokenDiff } from './diff/diff-sentences.js';
export { similarity, REUSE_THRESHOLD, createScorer, DEFAULT_SCORER, DEFAULT_MODEL, type Scorer, type ScorerModel, type SimilarityOptions } from './similarity/index.js';
