import { assertText, readOptions } from './assert-text.js';
import { LETTER as LETTER_, NUMBER as NUMBER_, classAt as classAt_ } from './char-class.js';
import { isSpaceCode as isSpaceCode_ } from './char-folds.js';
import type { FindQuotesOptions, QuoteSpan } from './types.js';

// Module-local copies of hot imports (see fold-text.ts).
const classAt = classAt_;
const LETTER = LETTER_;
const NUMBER = NUMBER_;
const isSpaceCode = isSpaceCode_;

/** Every character that can open or close a quotation (wire `` and '' are two of these). */
const QUOTE_CHAR = /["'`\u2018-\u201f\u00ab\u00bb\u2039\u203a\u300c-\u300f\u301d-\u301f\uff02\uff07]/g;
/** A blank line or a paragraph separator ends a paragraph when the caller gives none. */
const PARAGRAPH_BREAK = /\r?\n[ \t\f\v\u00a0]*\r?\n|\r[ \t\f\v\u00a0]*\r|\u2029/g;

// One code per mark as the scanner reads it; `` and '' are one mark of two characters.
const STRAIGHT_DOUBLE = 1;
const LEFT_DOUBLE = 2; // “
const RIGHT_DOUBLE = 3; // ”
const LOW_DOUBLE = 4; // „
const REVERSED_DOUBLE = 5; // ‟
const LEFT_GUILLEMET = 6; // «
const RIGHT_GUILLEMET = 7; // »
const LEFT_SINGLE_GUILLEMET = 8; // ‹
const RIGHT_SINGLE_GUILLEMET = 9; // ›
const WIRE_OPEN = 10; // ``
const WIRE_CLOSE = 11; // ''
const STRAIGHT_SINGLE = 12; // '
const LEFT_SINGLE = 13; // ‘
const RIGHT_SINGLE = 14; // ’
const LOW_SINGLE = 15; // ‚
const REVERSED_SINGLE = 16; // ‛
const BACKTICK = 17; // `
const CJK_OPEN = 18; // 〝
const CJK_CLOSE = 19; // 〞 〟
const CORNER_OPEN = 20; // 「
const CORNER_CLOSE = 21; // 」
const WHITE_CORNER_OPEN = 22; // 『
const WHITE_CORNER_CLOSE = 23; // 』

/** For each opening mark, the marks that close it (a quote opened by » closes with «, as in Danish and German print). */
const CLOSERS: Record<number, readonly number[]> = {
  [STRAIGHT_DOUBLE]: [STRAIGHT_DOUBLE, RIGHT_DOUBLE, LEFT_DOUBLE],
  [LEFT_DOUBLE]: [RIGHT_DOUBLE, STRAIGHT_DOUBLE],
  [RIGHT_DOUBLE]: [RIGHT_DOUBLE],
  [LOW_DOUBLE]: [LEFT_DOUBLE, RIGHT_DOUBLE, STRAIGHT_DOUBLE],
  [REVERSED_DOUBLE]: [RIGHT_DOUBLE, STRAIGHT_DOUBLE],
  [LEFT_GUILLEMET]: [RIGHT_GUILLEMET],
  [RIGHT_GUILLEMET]: [LEFT_GUILLEMET],
  [LEFT_SINGLE_GUILLEMET]: [RIGHT_SINGLE_GUILLEMET],
  [RIGHT_SINGLE_GUILLEMET]: [LEFT_SINGLE_GUILLEMET],
  [WIRE_OPEN]: [WIRE_CLOSE, RIGHT_DOUBLE, STRAIGHT_DOUBLE],
  [WIRE_CLOSE]: [WIRE_CLOSE],
  [STRAIGHT_SINGLE]: [STRAIGHT_SINGLE, RIGHT_SINGLE],
  [LEFT_SINGLE]: [RIGHT_SINGLE, STRAIGHT_SINGLE],
  [LOW_SINGLE]: [LEFT_SINGLE, RIGHT_SINGLE],
  [REVERSED_SINGLE]: [RIGHT_SINGLE],
  [BACKTICK]: [STRAIGHT_SINGLE, RIGHT_SINGLE],
  [CJK_OPEN]: [CJK_CLOSE],
  [CORNER_OPEN]: [CORNER_CLOSE],
  [WHITE_CORNER_OPEN]: [WHITE_CORNER_CLOSE],
};

/** Marks that only ever open (a closer of the same look is another character). */
const ALWAYS_OPENS = new Set([LEFT_DOUBLE, LOW_DOUBLE, REVERSED_DOUBLE, LEFT_GUILLEMET, LEFT_SINGLE_GUILLEMET, WIRE_OPEN, LEFT_SINGLE, LOW_SINGLE, REVERSED_SINGLE, BACKTICK, CJK_OPEN, CORNER_OPEN, WHITE_CORNER_OPEN]);

/** One-character single quotes, which double as apostrophes. */
const SINGLE_MARKS = new Set([STRAIGHT_SINGLE, LEFT_SINGLE, RIGHT_SINGLE, LOW_SINGLE, REVERSED_SINGLE, BACKTICK]);

/** Marks that read as a closer when they follow a word, and may open only when nothing is open for them to close. */
const CLOSES_FIRST = new Set([STRAIGHT_DOUBLE, RIGHT_DOUBLE, RIGHT_GUILLEMET, RIGHT_SINGLE_GUILLEMET, WIRE_CLOSE, STRAIGHT_SINGLE, RIGHT_SINGLE, CJK_CLOSE]);

/**
 * A straight apostrophe opening a quote that never closes is far more often an elision
 * ('em, 'cause, rock 'n' roll) than a quote running to the paragraph's end: such a quote is
 * dropped. Every other unclosed mark is kept (wire style leaves a quote open at the end of a
 * paragraph when the speaker goes on in the next).
 */
const DROP_WHEN_UNCLOSED = new Set([STRAIGHT_SINGLE]);

interface OpenQuote {
  mark: number;
  quote: QuoteSpan;
}

function markAt(text: string, i: number): { mark: number; width: number } {
  const c = text.charCodeAt(i);
  switch (c) {
    case 0x22:
    case 0xff02:
      return { mark: STRAIGHT_DOUBLE, width: 1 };
    case 0x27:
    case 0xff07:
      return text.charCodeAt(i + 1) === 0x27 ? { mark: WIRE_CLOSE, width: 2 } : { mark: STRAIGHT_SINGLE, width: 1 };
    case 0x60:
      return text.charCodeAt(i + 1) === 0x60 ? { mark: WIRE_OPEN, width: 2 } : { mark: BACKTICK, width: 1 };
    case 0x201c:
      return { mark: LEFT_DOUBLE, width: 1 };
    case 0x201d:
      return { mark: RIGHT_DOUBLE, width: 1 };
    case 0x201e:
      return { mark: LOW_DOUBLE, width: 1 };
    case 0x201f:
      return { mark: REVERSED_DOUBLE, width: 1 };
    case 0x00ab:
      return { mark: LEFT_GUILLEMET, width: 1 };
    case 0x00bb:
      return { mark: RIGHT_GUILLEMET, width: 1 };
    case 0x2039:
      return { mark: LEFT_SINGLE_GUILLEMET, width: 1 };
    case 0x203a:
      return { mark: RIGHT_SINGLE_GUILLEMET, width: 1 };
    case 0x2018:
      return { mark: LEFT_SINGLE, width: 1 };
    case 0x2019:
      return { mark: RIGHT_SINGLE, width: 1 };
    case 0x201a:
      return { mark: LOW_SINGLE, width: 1 };
    case 0x201b:
      return { mark: REVERSED_SINGLE, width: 1 };
    case 0x301d:
      return { mark: CJK_OPEN, width: 1 };
    case 0x300c:
      return { mark: CORNER_OPEN, width: 1 };
    case 0x300d:
      return { mark: CORNER_CLOSE, width: 1 };
    case 0x300e:
      return { mark: WHITE_CORNER_OPEN, width: 1 };
    case 0x300f:
      return { mark: WHITE_CORNER_CLOSE, width: 1 };
    default:
      return { mark: CJK_CLOSE, width: 1 };
  }
}

function isWordCode(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return (classAt(text, i) & (LETTER | NUMBER)) !== 0;
}

function isAsciiWordCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isBlank(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || isSpaceCode(c);
}

/** Opening brackets and dashes: a mark after one of these starts a quotation. */
function isOpeningPunctuation(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2f;
}

/**
 * Quotations of a text: straight "…" and '…', curly “…” ‘…’, low „…“ ‚…‘, wire ``…'' and `…',
 * guillemets «…» »…« ‹…›, CJK 「…」 『…』 〝…〞, nested to any depth. A quote may run across sentences; one
 * still open when its paragraph ends stops there (`closed: false`). Paragraphs are
 * `options.paragraphs` when given (as `segment` or `analyzeDocument` found them) and are
 * otherwise split at blank lines. Apostrophes are told from single quotes by what is around
 * them: between letters (don't, Peskov's, O'Neill), before a digit ('90s), after a word with
 * no single quote open (the Smiths' house). Linear in the text; offsets are UTF-16 offsets into
 * `text`, ordered by `start`.
 *
 * @example
 * const text = 'He said: “We will not sign.” Talks go on.';
 * findQuotes(text); // [{ start: 9, end: 28, contentStart: 10, contentEnd: 27, depth: 0, closed: true }]
 * findQuotes("Don't say 'never', Peskov's aide said.").map((q) => q.contentStart); // [11]
 */
export function findQuotes(text: string, options?: FindQuotesOptions): QuoteSpan[] {
  assertText(text, 'findQuotes');
  const { paragraphs } = readOptions(options, 'findQuotes');
  if (paragraphs !== undefined && !Array.isArray(paragraphs)) throw new TypeError('findQuotes: options.paragraphs must be an array');
  const out: QuoteSpan[] = [];
  const dropped = new Set<QuoteSpan>();
  if (paragraphs !== undefined) {
    for (const p of paragraphs) {
      if (typeof p?.start !== 'number' || typeof p.end !== 'number') throw new TypeError('findQuotes: options.paragraphs must hold { start, end } offsets');
      scanParagraph(text, Math.max(0, p.start), Math.min(text.length, p.end), out, dropped);
    }
  } else {
    PARAGRAPH_BREAK.lastIndex = 0;
    let from = 0;
    for (let m = PARAGRAPH_BREAK.exec(text); m !== null; m = PARAGRAPH_BREAK.exec(text)) {
      scanParagraph(text, from, m.index, out, dropped);
      from = m.index + m[0].length;
    }
    scanParagraph(text, from, text.length, out, dropped);
  }
  const kept = dropped.size === 0 ? out : out.filter((quote) => !dropped.has(quote));
  if (paragraphs !== undefined) kept.sort((x, y) => x.start - y.start || x.depth - y.depth);
  assignDepths(kept);
  return kept;
}

function scanParagraph(text: string, from: number, to: number, out: QuoteSpan[], dropped: Set<QuoteSpan>): void {
  let end = to;
  while (end > from && isBlank(text.charCodeAt(end - 1))) end--;
  if (end <= from) return;
  const stack: OpenQuote[] = [];
  // Where the last opening mark ended: a mark right after it ("'…) opens too.
  let lastOpenEnd = -1;
  QUOTE_CHAR.lastIndex = from;
  for (let m = QUOTE_CHAR.exec(text); m !== null && m.index < end; m = QUOTE_CHAR.exec(text)) {
    const i = m.index;
    const { mark, width } = markAt(text, i);
    const before = i > from ? text.charCodeAt(i - 1) : 0x20;
    const after = i + width < end ? text.charCodeAt(i + width) : 0x20;
    const openingContext = i === from || isBlank(before) || isOpeningPunctuation(before) || i === lastOpenEnd;
    const canOpen = openingContext && !isBlank(after);
    const canClose = !openingContext;
    if (width === 2) QUOTE_CHAR.lastIndex = i + 2;

    if (width === 1 && SINGLE_MARKS.has(mark)) {
      // Apostrophes: inside a word (don't, Peskov's) or eliding a year's century ('90s).
      if (isWordCode(text, i - 1) && isWordCode(text, i + 1)) continue;
      if (openingContext && isDigitCode(after)) continue;
    }

    if (canClose && closeQuote(stack, mark, i, width, dropped)) continue;
    // A closer-looking mark opens (Swedish ”…”, Danish »…«) only where it starts a word and
    // nothing was open for it to close; ’ never opens (’em, ’til are elisions).
    // A straight double mark with nothing open also opens after punctuation or a CJK character ('said:"no"', '说＂不＂'), never after a Latin letter or digit (6" tall).
    const opens = ALWAYS_OPENS.has(mark)
      ? !isBlank(after)
      : (canOpen || (mark === STRAIGHT_DOUBLE && !isBlank(after) && !isAsciiWordCode(before))) && CLOSES_FIRST.has(mark) && mark !== RIGHT_SINGLE;
    if (opens) {
      const quote: QuoteSpan = { start: i, end, contentStart: i + width, contentEnd: end, depth: stack.length, closed: false };
      out.push(quote);
      stack.push({ mark, quote });
      lastOpenEnd = i + width;
    }
  }
  // Quotes still open at the paragraph's end stop there.
  for (const open of stack) if (DROP_WHEN_UNCLOSED.has(open.mark)) dropped.add(open.quote);
}

/** Close the innermost open quote that `mark` can close; quotes opened inside it stop here unclosed. */
function closeQuote(stack: OpenQuote[], mark: number, at: number, width: number, dropped: Set<QuoteSpan>): boolean {
  for (let k = stack.length - 1; k >= 0; k--) {
    const open = stack[k]!;
    if (!CLOSERS[open.mark]!.includes(mark)) continue;
    for (let inner = stack.length - 1; inner > k; inner--) {
      const unclosed = stack[inner]!;
      unclosed.quote.end = at;
      unclosed.quote.contentEnd = at;
      if (DROP_WHEN_UNCLOSED.has(unclosed.mark)) dropped.add(unclosed.quote);
    }
    open.quote.end = at + width;
    open.quote.contentEnd = at;
    open.quote.closed = true;
    stack.length = k;
    return true;
  }
  return false;
}

/** Depth = number of kept quotes enclosing each one (dropped apostrophes no longer count). */
function assignDepths(quotes: QuoteSpan[]): void {
  const ends: number[] = [];
  for (const quote of quotes) {
    while (ends.length > 0 && ends[ends.length - 1]! <= quote.start) ends.pop();
    quote.depth = ends.length;
    ends.push(quote.end);
  }
}
