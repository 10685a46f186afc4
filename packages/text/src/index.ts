export type * from './types.js';
export * from './normalize.js';
export * from './segment.js';
export * from './tokenize.js';
export * from './detect-language.js';
export * from './analyze-document.js';
export * from './decode-windows-1252.js';
export * from './find-quotes.js';
