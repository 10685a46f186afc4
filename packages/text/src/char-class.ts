/**
 * Unicode classes of UTF-16 code units, looked up once per distinct character and kept in a
 * table: the scanners test several classes per character and Unicode property regexes on
 * single characters cost far more than an array read.
 */

/**
 * Letter flag (\p{L}).
 *
 * @example
 * (classAt('a', 0) & LETTER) !== 0; // true
 */
export const LETTER = 2;
/**
 * Mark flag.
 *
 * @example
 * (classAt('\u0301', 0) & MARK) !== 0; // true
 */
export const MARK = 4;
/**
 * Number flag.
 *
 * @example
 * (classAt('7', 0) & NUMBER) !== 0; // true
 */
export const NUMBER = 8;
/**
 * Upper flag.
 *
 * @example
 * (classAt('A', 0) & UPPER) !== 0; // true
 */
export const UPPER = 16;
/**
 * Lower flag.
 *
 * @example
 * (classAt('a', 0) & LOWER) !== 0; // true
 */
export const LOWER = 32;
/**
 * Han, Hiragana, Katakana: written without spaces, one token per character.
 *
 * @example
 * (classAt('東', 0) & IDEOGRAPH) !== 0; // true
 */
export const IDEOGRAPH = 64;
/**
 * Symbol flag.
 *
 * @example
 * (classAt('😀', 0) & SYMBOL) !== 0; // true
 */
export const SYMBOL = 128;

const KNOWN = 1;
const IS_LETTER = /\p{L}/u;
const IS_MARK = /\p{M}/u;
const IS_NUMBER = /\p{N}/u;
const IS_UPPER = /[\p{Lu}\p{Lt}]/u;
const IS_LOWER = /\p{Ll}/u;
const IS_IDEOGRAPH = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
const IS_SYMBOL = /\p{S}/u;

// BMP and the Supplementary Multilingual Plane (emoji, historic scripts) in one table.
const TABLE_SIZE = 0x20000;
const table = new Uint8Array(TABLE_SIZE);

function compute(ch: string): number {
  let flags = KNOWN;
  if (IS_LETTER.test(ch)) flags |= LETTER;
  if (IS_MARK.test(ch)) flags |= MARK;
  if (IS_NUMBER.test(ch)) flags |= NUMBER;
  if (IS_UPPER.test(ch)) flags |= UPPER;
  if (IS_LOWER.test(ch)) flags |= LOWER;
  if (IS_IDEOGRAPH.test(ch)) flags |= IDEOGRAPH;
  if (IS_SYMBOL.test(ch)) flags |= SYMBOL;
  return flags;
}

// ASCII is filled eagerly: it is most of the text and the cheapest to get right.
for (let c = 0; c < 0x80; c++) table[c] = compute(String.fromCharCode(c));

const astral = new Map<number, number>();

/**
 * Class flags of the code point starting at `i` (a lone surrogate has none).
 *
 * @example
 * (classAt('A', 0) & UPPER) !== 0; // true
 */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let flags = table[c]!;
    if (flags === 0) {
      flags = compute(String.fromCharCode(c));
      table[c] = flags;
    }
    return flags;
  }
  const cp = text.codePointAt(i)!;
  if (cp <= 0xffff) return KNOWN;
  if (cp < TABLE_SIZE) {
    let flags = table[cp]!;
    if (flags === 0) {
      flags = compute(String.fromCodePoint(cp));
      table[cp] = flags;
    }
    return flags;
  }
  let flags = astral.get(cp);
  if (flags === undefined) {
    flags = compute(String.fromCodePoint(cp));
    if (astral.size < 100_000) astral.set(cp, flags);
  }
  return flags;
}

/**
 * Width in UTF-16 units of the code point at `i`.
 *
 * @example
 * widthAt('😀', 0); // 2
 */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}
