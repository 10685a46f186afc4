import { isInvisibleCode as isInvisibleCode_, isJoinerCode as isJoinerCode_, isSpaceCode as isSpaceCode_ } from './char-folds.js';
import { isLineBreakCode as isLineBreakCode_, isLineMarkerAt as isLineMarkerAt_ } from './wire-markers.js';

// Module-local copies of hot imports: transpiled ESM (vitest, tsx) reads every use of an
// import through a getter, and these run once per character.
const isInvisibleCode = isInvisibleCode_;
const isJoinerCode = isJoinerCode_;
const isSpaceCode = isSpaceCode_;
const isLineBreakCode = isLineBreakCode_;
const isLineMarkerAt = isLineMarkerAt_;

/**
 * Characters a sentence or paragraph never starts or ends with: white space (everything
 * `String#trim` removes), controls, invisible format characters and wire `<` line markers.
 *
 * @example
 * isTrimmableAt('a\u200b', 1); // true
 */
export function isTrimmableAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x3c) return isLineMarkerAt(text, i);
  if (c > 0x20 && c < 0x7f) return false;
  return isSpaceCode(c) || isLineBreakCode(c) || isInvisibleCode(c) || isJoinerCode(c);
}

/**
 * Smallest `s` in [start, end] such that text[s] is not trimmable (or `end`).
 *
 * @example
 * skipTrimmable('  a', 0, 3); // 2
 */
export function skipTrimmable(text: string, start: number, end: number): number {
  let s = start;
  while (s < end && isTrimmableAt(text, s)) s++;
  return s;
}

/**
 * Largest `e` in [start, end] such that text[e - 1] is not trimmable (or `start`).
 *
 * @example
 * skipTrimmableBack('a  ', 0, 3); // 1
 */
export function skipTrimmableBack(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isTrimmableAt(text, e - 1)) e--;
  return e;
}
