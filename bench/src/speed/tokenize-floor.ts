// The floor no matcher beats: every matcher must at least find the words of both inputs once.
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * One regex word-tokenising pass over both texts; returns the word count so the pass cannot
 * be optimised away.
 * @example tokenizeFloor('a b', 'c') // 3
 */
export function tokenizeFloor(a: string, b: string): number {
  let count = 0;
  for (const _ of a.matchAll(WORD)) count++;
  for (const _ of b.matchAll(WORD)) count++;
  return count;
}
