import type { QuoteSpan } from '@wirediff/text';
import type { MatchSide } from '../types.js';

/**
 * Share of a side's shared characters that must lie inside quotation marks, on both sides,
 * for a match to be a shared quote. 0.8 leaves out a quote printed with the same speech tag
 * around it ("“No documents have been signed,” Peskov said." is 72% quote: the tag is copied
 * too) and keeps a quote reframed by other words.
 */
export const SHARED_QUOTE_SHARE = 0.8;

/**
 * The parts of `spans` inside the quotations' words (between the marks). `quotes` are one
 * document's outermost quotations ordered by start (as `findQuotes` gives them, depth 0).
 *
 * @example
 * quotedParts([[0, 40]], [{ start: 9, end: 28, contentStart: 10, contentEnd: 27, depth: 0, closed: true }]); // [[10, 27]]
 */
export function quotedParts(spans: ReadonlyArray<[number, number]>, quotes: readonly QuoteSpan[]): Array<[number, number]> {
  const parts: Array<[number, number]> = [];
  if (quotes.length === 0) return parts;
  for (const [start, end] of spans) {
    for (let q = firstQuoteEndingAfter(quotes, start); q < quotes.length && quotes[q]!.contentStart < end; q++) {
      const from = Math.max(start, quotes[q]!.contentStart);
      const to = Math.min(end, quotes[q]!.contentEnd);
      if (to > from) parts.push([from, to]);
    }
  }
  return parts;
}

/**
 * Index of the first quotation whose words end after `offset` (quotes ordered by start, none
 * inside another), or `quotes.length`: binary search.
 *
 * @example
 * firstQuoteEndingAfter(quotes, sentence.start); // the first quote that can hold a word of the sentence
 */
export function firstQuoteEndingAfter(quotes: readonly QuoteSpan[], offset: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.contentEnd <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function length(ranges: ReadonlyArray<[number, number]>): number {
  let total = 0;
  for (const [start, end] of ranges) total += end - start;
  return total;
}

/**
 * Whether a match's shared text is a shared quote: on both sides at least `SHARED_QUOTE_SHARE`
 * of the shared characters (`spans`) lie inside quotation marks (`quoted`).
 *
 * @example
 * isSharedQuote([sideA, sideB]); // true when both print the same words inside quotes
 */
export function isSharedQuote(sides: readonly [MatchSide, MatchSide]): boolean {
  return sides.every((side) => {
    const shared = length(side.spans);
    return shared > 0 && length(side.quoted ?? []) >= SHARED_QUOTE_SHARE * shared;
  });
}
