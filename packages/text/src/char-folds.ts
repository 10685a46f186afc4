/**
 * One-character folds applied by `normalize`: typographic variants that do not change what a
 * sentence says. Kept as explicit tables (not NFKC alone) because NFKC leaves curly quotes,
 * dashes and most invisible characters untouched.
 */

/**
 * Characters folded to `"`.
 *
 * @example
 * DOUBLE_QUOTES.has(0x201c); // true (“)
 */
export const DOUBLE_QUOTES: ReadonlySet<number> = new Set([
  0x201c, 0x201d, 0x201e, 0x201f, 0x00ab, 0x00bb, 0x2033, 0x2036, 0x301d, 0x301e, 0x301f, 0xff02,
  0x2039, 0x203a,
]);

/**
 * Characters folded to `'` (apostrophes, single quotes, primes, backtick, acute accent).
 *
 * @example
 * SINGLE_QUOTES.has(0x2019); // true (’)
 */
export const SINGLE_QUOTES: ReadonlySet<number> = new Set([
  0x2018, 0x2019, 0x201a, 0x201b, 0x02bc, 0x02b9, 0x02bb, 0x2032, 0x2035, 0x00b4, 0x0060, 0xff07,
]);

/**
 * Dashes, minus signs and odd hyphens folded to `-`.
 *
 * @example
 * DASHES.has(0x2014); // true (—)
 */
export const DASHES: ReadonlySet<number> = new Set([
  0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2043, 0xfe58, 0xfe63, 0xff0d, 0x2e3a,
  0x2e3b, 0x058a, 0x1806,
]);

/**
 * Horizontal spaces other than U+0020 (they fold to one space).
 *
 * @example
 * isSpaceCode(0xa0); // true (no-break space)
 */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * Invisible format characters removed outright: zero-width space, soft hyphen, word joiner,
 * BOM, bidi marks and embeddings, and C0/C1 controls other than tab and line breaks (METER
 * wire copy opens paragraphs with U+0019). ZWJ/ZWNJ are decided in context (`isJoinerNeeded`).
 *
 * @example
 * isInvisibleCode(0x200b); // true (zero-width space)
 */
export function isInvisibleCode(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0b && c !== 0x0c;
  if (c < 0x7f) return false;
  if (c <= 0x9f) return c !== 0x85;
  return (
    c === 0xad ||
    c === 0x034f ||
    c === 0x061c ||
    c === 0x180e ||
    c === 0x200b ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x206f) ||
    c === 0xfeff
  );
}

/**
 * Zero-width joiner and non-joiner.
 *
 * @example
 * isJoinerCode(0x200d); // true
 */
export function isJoinerCode(c: number): boolean {
  return c === 0x200c || c === 0x200d;
}

const JOINER_MATTERS = /[\p{Extended_Pictographic}\p{sc=Arabic}\p{sc=Syriac}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Gurmukhi}\p{sc=Gujarati}\p{sc=Oriya}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}\p{sc=Myanmar}\p{sc=Khmer}\p{sc=Mongolian}\p{M}\u{FE0F}]/u;

/**
 * ZWJ/ZWNJ carry meaning in emoji sequences, Persian/Arabic and Indic scripts; elsewhere
 * (Latin, Cyrillic: pasted from web pages) they only break matching.
 *
 * @example
 * isJoinerNeeded('👩\u200d💻', 2); // true
 * isJoinerNeeded('Kre\u200dmlin', 3); // false
 */
export function isJoinerNeeded(text: string, index: number): boolean {
  if (index === 0 || index + 1 >= text.length) return false;
  const beforeIndex = index >= 2 && isLowSurrogate(text.charCodeAt(index - 1)) ? index - 2 : index - 1;
  return joinerMattersAround(text.codePointAt(beforeIndex)!) && joinerMattersAround(text.codePointAt(index + 1)!);
}

const joinerCache = new Map<number, boolean>();

function joinerMattersAround(cp: number): boolean {
  let ok = joinerCache.get(cp);
  if (ok === undefined) {
    ok = JOINER_MATTERS.test(String.fromCodePoint(cp));
    if (joinerCache.size < 10_000) joinerCache.set(cp, ok);
  }
  return ok;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
