import type { CompareOptions, DocumentInput, ResolvedOptions } from '../types.js';

/** Options used when the caller leaves one out (minScore comes from the scorer). */
export const DEFAULT_LANGUAGE = 'auto';
export const DEFAULT_TIME_BUDGET_MS = 0;

// A BCP 47-like tag: primary language subtag plus optional subtags ('en', 'pt-BR', 'zh-Hant').
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

const OPTIONAL_STRING_FIELDS = ['id', 'title', 'outlet', 'publishedAt'] as const;

/**
 * Check what the caller passed to `compare` and fill in defaults. Misuse throws (TypeError for
 * a wrong type, RangeError for a number out of range) with an exact message; any string text
 * is valid, however odd.
 *
 * @example
 * resolveCompareInput([{ text: 'a' }, { text: 'b' }], { minScore: 0.5 }, 0.45);
 * // => { minScore: 0.5, language: 'auto', timeBudgetMs: 0 }
 */
export function resolveCompareInput(documents: unknown, options: unknown, defaultMinScore: number): ResolvedOptions {
  if (!Array.isArray(documents)) throw new TypeError('compare: documents must be an array');
  for (let i = 0; i < documents.length; i++) {
    const doc: unknown = documents[i];
    if (typeof doc !== 'object' || doc === null || typeof (doc as DocumentInput).text !== 'string') {
      throw new TypeError(`compare: documents[${i}].text must be a string`);
    }
    for (const field of OPTIONAL_STRING_FIELDS) {
      const value = (doc as Record<string, unknown>)[field];
      if (value !== undefined && typeof value !== 'string') {
        throw new TypeError(`compare: documents[${i}].${field} must be a string when given`);
      }
    }
  }
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new TypeError('compare: options must be an object when given');
  }
  const given = (options ?? {}) as CompareOptions;
  const minScore = given.minScore ?? defaultMinScore;
  if (typeof minScore !== 'number') throw new TypeError('compare: options.minScore must be a number');
  if (!(minScore >= 0 && minScore <= 1)) throw new RangeError('compare: options.minScore must be between 0 and 1');
  const language = given.language ?? DEFAULT_LANGUAGE;
  if (typeof language !== 'string') throw new TypeError("compare: options.language must be a string such as 'en' or 'auto'");
  if (language !== DEFAULT_LANGUAGE && !LANGUAGE_TAG.test(language)) {
    throw new RangeError("compare: options.language must be 'auto' or a language code such as 'en' or 'pt-BR'");
  }
  const timeBudgetMs = given.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  if (typeof timeBudgetMs !== 'number') throw new TypeError('compare: options.timeBudgetMs must be a number');
  if (!(timeBudgetMs >= 0 && timeBudgetMs !== Infinity)) {
    throw new RangeError('compare: options.timeBudgetMs must be a finite number >= 0');
  }
  if (given.onProgress !== undefined && typeof given.onProgress !== 'function') {
    throw new TypeError('compare: options.onProgress must be a function when given');
  }
  return { minScore, language, timeBudgetMs };
}
