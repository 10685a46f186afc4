import type { QuoteSpan, Token } from '@wirediff/text';
import { firstQuoteEndingAfter } from './quoted-spans.js';

/** The gap before a token holds a pause: a comma, colon, bracket, quote mark or dash between spaces. */
export const GAP_PAUSE = 1;
/** The gap before a token holds a quotation mark. */
export const GAP_QUOTE = 2;
/** The token opens its sentence. */
export const GAP_SENTENCE = 4;

/** A capital where any word takes one: a sentence's first word, after a colon or a quote mark. */
export const CAPITAL_INITIAL = 1;
/** A capital mid-sentence: most likely a name. */
export const CAPITAL_NAME = 2;

/** What the change explainer reads about one side of a match: its tokens in order, with layout cues. */
export interface SideView {
  /** The whole document's text (offsets below point into it). */
  text: string;
  length: number;
  start: Int32Array;
  end: Int32Array;
  norm: string[];
  stem: string[];
  /** 1 for a function word. */
  stop: Uint8Array;
  /** 1 for a numeral token. */
  numeral: Uint8Array;
  /** 0, CAPITAL_INITIAL or CAPITAL_NAME; 0 throughout a sentence written in capitals (a headline). */
  capital: Uint8Array;
  /** GAP_* flags about the text between the previous token (or the sentence's start) and this one. */
  gap: Uint8Array;
  /** The document sentence each token belongs to. */
  sentence: Int32Array;
  /** Index of the outermost quotation holding the token, or -1. */
  quote: Int32Array;
  /** 1 for a token of a dateline: layout, not part of what the sentence says. */
  dateline: Uint8Array;
}

/** One sentence as the explainer needs it. */
export interface ViewSentence {
  start: number;
  end: number;
  /** Where the sentence's own words start after a dateline ("PORTHAVEN (Northsea Wire) -"). */
  contentStart?: number;
  tokens: readonly Token[];
}

// What each character in a gap between tokens says, looked up by code (this runs per token).
// Apostrophe-like marks (' and ’) are left to the quotation spans: they are mostly apostrophes.
const CHAR_PAUSE = 1;
const CHAR_QUOTE = 2;
const CHAR_COLON = 4;
const CHAR_TABLE_SIZE = 0x2100;
const CHAR_TABLE = new Uint8Array(CHAR_TABLE_SIZE);
for (const c of ',;()[]{}!?—–…') CHAR_TABLE[c.charCodeAt(0)] = CHAR_PAUSE;
for (const c of '"“”„‟«»‹›‘‚‛`') CHAR_TABLE[c.charCodeAt(0)] = CHAR_PAUSE | CHAR_QUOTE;
CHAR_TABLE[0x3a] = CHAR_PAUSE | CHAR_COLON;
const HYPHEN = 0x2d;

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = text[i]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Flag of `gapFlags`: the next word starts a clause (after a colon or a quote mark), so its capital says nothing. */
const GAP_INITIAL = 0x80;

/** GAP_* flags of the text between two tokens (one number: this runs once per token). */
function gapFlags(text: string, from: number, to: number): number {
  let flags = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x20) continue;
    const kind = c < CHAR_TABLE_SIZE ? CHAR_TABLE[c]! : 0;
    if ((kind & CHAR_QUOTE) !== 0) {
      flags |= GAP_QUOTE | GAP_PAUSE | GAP_INITIAL;
    } else if (kind !== 0) {
      flags |= GAP_PAUSE;
      if ((kind & CHAR_COLON) !== 0) flags |= GAP_INITIAL;
    } else if (c === 0x2e) {
      // A full stop inside a sentence ends an abbreviation ("Mr. Smith"), not a clause.
    } else if (c === HYPHEN && (k === from || k === to - 1 || text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k + 1) === 0x20)) {
      // " - " between spaces is a dash; "26-year-old" keeps its hyphens inside the figure.
      if (to - from > 1) flags |= GAP_PAUSE;
    }
  }
  return flags;
}

/** Most words of the sentence are in capitals: a headline or a kicker, where a capital says nothing. */
function isShouting(text: string, tokens: readonly Token[]): boolean {
  let words = 0;
  let shouted = 0;
  for (const token of tokens) {
    if (token.type !== 'word' || token.end - token.start < 2) continue;
    words++;
    if (isUpperAt(text, token.start) && isUpperAt(text, token.start + 1)) shouted++;
  }
  return words >= 3 && shouted * 2 > words;
}

/**
 * The tokens of one side of a match (its sentences in order) with the cues the explainer reads:
 * capitals, punctuation between tokens, sentence starts and the quotation holding each token.
 * `quotes` are the document's outermost quotations, ordered by start.
 *
 * @example
 * const view = buildSideView(text, [sentence], findQuotes(text).filter((q) => q.depth === 0));
 * view.norm; // ['the', 'kremlin', 'said', ...]
 */
export function buildSideView(text: string, sentences: readonly ViewSentence[], quotes: readonly QuoteSpan[]): SideView {
  let length = 0;
  for (const sentence of sentences) length += sentence.tokens.length;
  const view: SideView = {
    text,
    length,
    start: new Int32Array(length),
    end: new Int32Array(length),
    norm: new Array<string>(length),
    stem: new Array<string>(length),
    stop: new Uint8Array(length),
    numeral: new Uint8Array(length),
    capital: new Uint8Array(length),
    gap: new Uint8Array(length),
    sentence: new Int32Array(length),
    quote: new Int32Array(length).fill(-1),
    dateline: new Uint8Array(length),
  };
  let k = 0;
  let q = firstQuoteEndingAfter(quotes, sentences[0]?.start ?? 0);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const shouting = isShouting(text, sentence.tokens);
    // Papers set a sentence's first words in capitals ("A SERGEANT major was"): those say nothing of names.
    let leadingCaps = true;
    let previousEnd = sentence.start;
    for (let t = 0; t < sentence.tokens.length; t++, k++) {
      const token = sentence.tokens[t]!;
      view.start[k] = token.start;
      view.end[k] = token.end;
      view.norm[k] = token.norm;
      view.stem[k] = token.stem;
      view.stop[k] = token.stop ? 1 : 0;
      view.numeral[k] = token.type === 'number' ? 1 : 0;
      view.sentence[k] = s;
      if (sentence.contentStart !== undefined && token.start < sentence.contentStart) view.dateline[k] = 1;
      let flags = token.start - previousEnd === 1 && text.charCodeAt(previousEnd) === 0x20 ? 0 : gapFlags(text, previousEnd, token.start);
      // A quotation closing or opening between the two tokens is a quote mark in the gap, whatever its character.
      while (q < quotes.length && quotes[q]!.contentEnd <= token.start) {
        if (quotes[q]!.contentEnd >= previousEnd) flags |= GAP_QUOTE | GAP_PAUSE;
        q++;
      }
      if (q < quotes.length && quotes[q]!.start >= previousEnd && quotes[q]!.start < token.start) flags |= GAP_QUOTE | GAP_PAUSE | GAP_INITIAL;
      const initial = (flags & GAP_INITIAL) !== 0;
      view.gap[k] = (flags & ~GAP_INITIAL) | (t === 0 ? GAP_SENTENCE : 0);
      const capitals = token.end - token.start >= 2 && isUpperAt(text, token.start) && isUpperAt(text, token.start + 1);
      leadingCaps &&= capitals || (t === 0 && token.end - token.start === 1);
      if (!shouting && token.type === 'word' && isUpperAt(text, token.start)) view.capital[k] = t === 0 || initial || leadingCaps ? CAPITAL_INITIAL : CAPITAL_NAME;
      if (q < quotes.length && quotes[q]!.contentStart <= token.start) view.quote[k] = q;
      previousEnd = token.end;
    }
  }
  return view;
}
