import { detectLanguage, tokenize } from '@wirediff/text';
import type { SimilarityResult } from '../types.js';
import type { PairEvidence } from './pair-evidence.js';
import { prepareSentence, prepareSentenceWith, type PreparedSentence } from './prepare.js';
import { measurePreparedPair, scorePrepared } from './score.js';
import type { TermWeighting } from './term-weight.js';

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
  return scorePrepared(...prepareBoth(a, b, options.language ?? 'auto', undefined));
}

function prepareOne(text: string, requested: string, weighting: TermWeighting | undefined): PreparedSentence {
  // Each side is detected on its own so that similarity(a, b) and similarity(b, a) agree.
  const language = requested === 'auto' ? detectLanguage(text) : requested;
  const tokens = tokenize(text, { language });
  return weighting === undefined ? prepareSentence(tokens, language) : prepareSentenceWith(tokens, language, weighting);
}

function prepareBoth(a: string, b: string, requested: string, weighting: TermWeighting | undefined): [PreparedSentence, PreparedSentence] {
  return [prepareOne(a, requested, weighting), prepareOne(b, requested, weighting)];
}

/**
 * The raw evidence `similarity` scores (overlaps, edit similarity, runs...), optionally under
 * another term weighting: for fitting the model and for evaluation.
 * @example measureSimilarity('Talks resumed.', 'Talks have resumed.', { language: 'en' }).editSimilarity
 */
export function measureSimilarity(a: string, b: string, options: SimilarityOptions & { weighting?: TermWeighting } = {}): PairEvidence {
  return measurePreparedPair(...prepareBoth(a, b, options.language ?? 'auto', options.weighting));
}
