import { assertText, readOptions } from './assert-text.js';
import { normalizeWithMap } from './fold-text.js';
import type { NormalizeOptions, NormalizedOffset, NormalizedText, OriginalOffset } from './types.js';

/**
 * Fold typographic noise so that two copies of the same sentence compare equal, keeping a map
 * from every normalised offset back to the caller's text. Folds NFKC, case, quotes
 * (incl. wire ``…''), apostrophes, dashes, spaces, hard line wraps, invisible characters and
 * look-alike letters inside mixed-script words. Linear time.
 *
 * @example
 * const n = normalize('“Rare‑earth” deal');
 * n.text; // '"rare-earth" deal'
 * n.toOriginal(1 as NormalizedOffset); // 1
 */
export function normalize(text: string, options?: NormalizeOptions): NormalizedText {
  assertText(text, 'normalize');
  const { text: out, map } = normalizeWithMap(text, readOptions(options, 'normalize'));
  const last = map.length - 1;
  return {
    text: out,
    toOriginal(offset: NormalizedOffset): OriginalOffset {
      const k = !(offset > 0) ? 0 : offset >= last ? last : Math.floor(offset);
      return map[k]! as OriginalOffset;
    },
  };
}
