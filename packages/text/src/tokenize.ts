import { assertText, readLanguage, readOptions } from './assert-text.js';
import { detectLanguage } from './detect-language.js';
import { normalizeWithMap } from './fold-text.js';
import { rulesFor } from './token-norms.js';
import { tokenizeRange } from './tokenize-range.js';
import type { Token, TokenizeOptions } from './types.js';

/**
 * Words and numbers of `text` with offsets into it (plus `options.offset`), each with a
 * normalised form, a stem, a stop-word flag and a type. Any script works; English and Russian
 * get Porter stems.
 *
 * @example
 * tokenize('U.S. rare-earth talks: 25 per cent').map((t) => t.norm);
 * // ['us', 'rare', 'earth', 'talks', '25', 'percent']
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  assertText(text, 'tokenize');
  const { language: requested, offset = 0 } = readOptions(options, 'tokenize');
  if (typeof offset !== 'number' || !Number.isFinite(offset)) {
    throw new TypeError(`tokenize: options.offset must be a finite number, got ${String(offset)}`);
  }
  const language = readLanguage(requested, 'tokenize') ?? detectLanguage(text);
  const { text: norm, map } = normalizeWithMap(text);
  const out: Token[] = [];
  tokenizeRange(text, norm, map, 0, norm.length, rulesFor(language), offset, out);
  return out;
}
