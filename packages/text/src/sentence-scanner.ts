import {
  FINAL_ABBREVIATIONS,
  INNER_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_OPENERS,
  STATE_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from './abbreviations.js';
import { LETTER as LETTER_, LOWER as LOWER_, MARK as MARK_, NUMBER as NUMBER_, SYMBOL as SYMBOL_, UPPER as UPPER_, classAt as classAt_ } from './char-class.js';
import { isTrimmableAt as isTrimmableAt_, skipTrimmable as skipTrimmable_, skipTrimmableBack as skipTrimmableBack_ } from './text-chars.js';

// Module-local copies of hot imports: transpiled ESM (vitest, tsx) reads every use of an
// import through a getter, and these run once per character.
const LETTER = LETTER_;
const LOWER = LOWER_;
const MARK = MARK_;
const NUMBER = NUMBER_;
const SYMBOL = SYMBOL_;
const UPPER = UPPER_;
const classAt = classAt_;
const isTrimmableAt = isTrimmableAt_;
const skipTrimmable = skipTrimmable_;
const skipTrimmableBack = skipTrimmableBack_;

/**
 * Longest sentence before it is cut at a space: keeps downstream work bounded on odd input.
 *
 * @example
 * text.slice(s.start, s.end).length <= MAX_SENTENCE_LENGTH; // always
 */
export const MAX_SENTENCE_LENGTH = 2000;

const TERMINALS = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x203c, 0x2047, 0x2048, 0x2049, 0x3002, 0xff01, 0xff1f, 0xff0e]);
const CJK_TERMINALS = new Set([0x3002, 0xff01, 0xff1f]);
const CLOSERS = new Set([0x22, 0x27, 0x201d, 0x2019, 0x00bb, 0x203a, 0x29, 0x5d, 0x7d, 0x300d, 0x300f, 0xff09]);
const DOTTED_LETTERS = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;

/**
 * Sentence ranges inside one paragraph [start, end) of `text`. A hand-written scanner, linear
 * in the paragraph length: Intl.Segmenter splits after "Mr." and inside "U.S. officials", and
 * natural's tokenizer is quadratic and matches abbreviations inside words.
 *
 * @example
 * const out: Array<[number, number]> = [];
 * scanSentences('Hi. Bye.', 0, 8, out); // out = [[0, 3], [4, 8]]
 */
export function scanSentences(text: string, start: number, end: number, out: Array<[number, number]>): void {
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Cheap range test first: this runs once per character.
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f && (c < 0x2026 || !TERMINALS.has(c))) {
      i++;
      continue;
    }
    let j = i;
    let periods = 0;
    let others = 0;
    let cjk = false;
    while (j < end && TERMINALS.has(text.charCodeAt(j))) {
      const t = text.charCodeAt(j);
      // "…" reads like "...": an ellipsis, not a full stop.
      if (t === 0x2e) periods++;
      else if (t === 0x2026) periods += 3;
      else others++;
      if (CJK_TERMINALS.has(t)) cjk = true;
      j++;
    }
    const afterTerminals = j;
    while (j < end && (CLOSERS.has(text.charCodeAt(j)) || isMarkAt(text, j))) j++;
    const closed = j > afterTerminals && !isMarkAt(text, afterTerminals);
    if (j >= end) break;
    if (!cjk && !isTrimmableAt(text, j)) {
      i = j;
      continue;
    }
    const next = skipTrimmable(text, j, end);
    if (next >= end) break;
    if (!isListNumber(text, sentenceStart, i, periods, closed) && isBoundary(text, i, next, periods, others, closed, cjk)) {
      pushSentence(text, sentenceStart, j, out);
      sentenceStart = next;
    }
    i = next;
  }
  pushSentence(text, sentenceStart, end, out);
}

function isBoundary(
  text: string,
  terminal: number,
  next: number,
  periods: number,
  others: number,
  closed: boolean,
  cjk: boolean,
): boolean {
  if (cjk) return true;
  if (!opensSentence(text, next)) return false;
  if (closed || others > 0) return true;
  const nextWord = text.slice(next, scanLetters(text, next, next + 40));
  if (periods > 1) return SENTENCE_OPENERS.has(nextWord);
  const word = text.slice(scanWordBack(text, terminal, Math.max(0, terminal - 40)), terminal);
  if (word === '') return true;
  if (TITLE_ABBREVIATIONS.has(word) || INNER_ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (NUMBER_ABBREVIATIONS.has(word)) return (classAt(text, next) & NUMBER) === 0;
  // "В. В. Путин", "J. K. Rowling": an initial followed by another initial.
  if (isSingleCapital(word) && nextWord.length === 1 && text.charCodeAt(next + 1) === 0x2e) return false;
  if (isSingleCapital(word) || FINAL_ABBREVIATIONS.has(word.toLowerCase()) || STATE_ABBREVIATIONS.has(word) || DOTTED_LETTERS.test(word)) {
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

/** "1. Talks began." : a number and a full stop opening a paragraph number a list item. */
function isListNumber(text: string, sentenceStart: number, terminal: number, periods: number, closed: boolean): boolean {
  if (periods !== 1 || closed || terminal - sentenceStart > 3 || terminal === sentenceStart) return false;
  for (let k = sentenceStart; k < terminal; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

const OPENING_PUNCTUATION = new Set([
  0x22, 0x27, 0x201c, 0x2018, 0x201e, 0x00ab, 0x2039, 0x28, 0x5b, 0x60, 0xbf, 0xa1, 0x2a, 0x2022,
  0x2d, 0x2013, 0x2014, 0x2012, 0x2015, 0x300c, 0x300e,
]);

/** Can a sentence start at `i`? Not with a lower-case letter or a comma, say. */
function opensSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (OPENING_PUNCTUATION.has(c)) return true;
  const cls = classAt(text, i);
  if ((cls & (UPPER | NUMBER | SYMBOL)) !== 0) return true;
  return (cls & LETTER) !== 0 && (cls & LOWER) === 0;
}

function scanLetters(text: string, from: number, limit: number): number {
  let i = from;
  const end = Math.min(limit, text.length);
  while (i < end && (classAt(text, i) & (LETTER | MARK)) !== 0) i++;
  return i;
}

const WORD_PUNCTUATION = new Set([0x2e, 0x27, 0x2019, 0x2d]);

/** Start of the word (letters, digits, inner dots, apostrophes, hyphens) ending at `end`. */
function scanWordBack(text: string, end: number, limit: number): number {
  let i = end;
  while (i > limit && ((classAt(text, i - 1) & (LETTER | MARK | NUMBER)) !== 0 || WORD_PUNCTUATION.has(text.charCodeAt(i - 1)))) i--;
  return i;
}

function isMarkAt(text: string, i: number): boolean {
  return text.charCodeAt(i) >= 0x300 && (classAt(text, i) & MARK) !== 0;
}

function isSingleCapital(word: string): boolean {
  return word.length === 1 && (classAt(word, 0) & UPPER) !== 0;
}

/** Trim, drop content-free pieces, and cut overlong sentences at a space. */
function pushSentence(text: string, start: number, end: number, out: Array<[number, number]>): void {
  let s = skipTrimmable(text, start, end);
  const e = skipTrimmableBack(text, s, end);
  while (e - s > MAX_SENTENCE_LENGTH) {
    let cut = s + MAX_SENTENCE_LENGTH;
    const floor = s + (MAX_SENTENCE_LENGTH >> 1);
    let k = cut;
    while (k > floor && !isTrimmableAt(text, k)) k--;
    if (k > floor) cut = k;
    else {
      // No space to cut at: at least keep surrogate pairs and combining marks whole.
      while (cut > floor && ((text.charCodeAt(cut) & 0xfc00) === 0xdc00 || isMarkAt(text, cut))) cut--;
    }
    pushPiece(text, s, cut, out);
    s = skipTrimmable(text, cut, e);
  }
  pushPiece(text, s, e, out);
}


function pushPiece(text: string, start: number, end: number, out: Array<[number, number]>): void {
  const e = skipTrimmableBack(text, start, end);
  const s = skipTrimmable(text, start, e);
  if (e <= s) return;
  let content = false;
  for (let k = s; k < e && !content; k++) content = (classAt(text, k) & (LETTER | NUMBER | MARK | SYMBOL)) !== 0;
  if (!content) return;
  out.push([s, e]);
}
