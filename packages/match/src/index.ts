export * from './types.js';
export { compare, createCompare } from './compare/compare.js';
export { diffSentences, type DiffSentencesOptions, type TokenDiff } from './diff/diff-sentences.js';
export { similarity, REUSE_THRESHOLD, createScorer, DEFAULT_SCORER, DEFAULT_MODEL, type Scorer, type ScorerModel, type SimilarityOptions } from './similarity/index.js';
