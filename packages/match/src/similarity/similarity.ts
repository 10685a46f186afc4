import { detectLanguage, tokenize } from '@wirediff/text';
import type { SimilarityResult } from '../types.js';
import { prepareSentence } from './prepare.js';
import { scorePrepared } from './score.js';

/** Options of `similarity`. */
export interface SimilarityOptions {
  /** ISO 639-1 code of both sentences, or 'auto' (default) to detect each one's language. */
  language?: string;
}

/**
 * How close two sentences are (0..1, 1 = the same words once normalised) and which kind of reuse
 * that is (`kind` is null when the pair is not reuse). Uses the same scorer as `compare`;
 * symmetric, synchronous and never throws on any pair of strings.
 * @example
 * similarity('The minister said talks would resume.', 'Talks will resume, the minister said.');
 * // { score: 0.9…, kind: 'paraphrase' }
 */
export function similarity(a: string, b: string, options: SimilarityOptions = {}): SimilarityResult {
  if (typeof a !== 'string' || typeof b !== 'string') {
    throw new TypeError('similarity(a, b): both arguments must be strings');
  }
  const requested = options.language ?? 'auto';
  // Each side is detected on its own so that similarity(a, b) and similarity(b, a) agree.
  const languageA = requested === 'auto' ? detectLanguage(a) : requested;
  const languageB = requested === 'auto' ? detectLanguage(b) : requested;
  const preparedA = prepareSentence(tokenize(a, { language: languageA }), languageA);
  const preparedB = prepareSentence(tokenize(b, { language: languageB }), languageB);
  return scorePrepared(preparedA, preparedB);
}
