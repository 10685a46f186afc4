import { detectLanguage, tokenize } from '@wirediff/text';
import type { SimilarityResult } from '../types.js';
import { DEFAULT_SCORER } from './default-scorer.js';
import type { PreparedSentence } from './prepare.js';
import type { Scorer } from './scorer.js';

/** Options of `similarity`. */
export interface SimilarityOptions {
  /** ISO 639-1 code of both sentences, or 'auto' (default) to detect each one's language. */
  language?: string;
  /** The scorer to use (default: `DEFAULT_SCORER`, the one `compare` uses). */
  scorer?: Scorer;
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
  const scorer = options.scorer ?? DEFAULT_SCORER;
  const language = options.language ?? 'auto';
  return scorer.score(prepareText(scorer, a, language), prepareText(scorer, b, language));
}

/**
 * Tokenise and prepare one sentence for a scorer, detecting its language when asked for 'auto'
 * (each side on its own, so that similarity(a, b) and similarity(b, a) agree).
 * @example const prepared = prepareText(DEFAULT_SCORER, 'Talks resumed.', 'en');
 */
export function prepareText(scorer: Scorer, text: string, language: string): PreparedSentence {
  const resolved = language === 'auto' ? detectLanguage(text) : language;
  return scorer.prepare(tokenize(text, { language: resolved }), resolved);
}
