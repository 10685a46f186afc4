export * from './types.js';
export { compare } from './compare/compare.js';
export { diffSentences, type DiffSentencesOptions, type TokenDiff } from './diff/diff-sentences.js';
export { similarity, REUSE_THRESHOLD } from './similarity/index.js';
