import {
  FINAL_ABBREVIATIONS,
  INNER_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
} from './abbreviations.js';
import { isTrimmableAt, skipTrimmable, skipTrimmableBack } from './text-chars.js';

/** Longest sentence before it is cut at a space: keeps downstream work bounded on odd input. */
export const MAX_SENTENCE_LENGTH = 2000;

const TERMINALS = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x203c, 0x2047, 0x2048, 0x2049, 0x3002, 0xff01, 0xff1f, 0xff0e]);
const CJK_TERMINALS = new Set([0x3002, 0xff01, 0xff1f]);
const CLOSERS = new Set([0x22, 0x27, 0x201d, 0x2019, 0x00bb, 0x203a, 0x29, 0x5d, 0x7d, 0x300d, 0x300f, 0xff09]);
const OPENER_CHAR = /[\p{Lu}\p{Lt}\p{Lo}\p{N}"'“‘„«‹(\[`¿¡\p{Pd}\p{So}*•]/u;
const WORD_BEFORE = /[\p{L}\p{M}\p{N}.'’-]+$/u;
const WORD_AFTER = /^[\p{L}\p{M}]+/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_LETTERS = /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u;

/**
 * Sentence ranges inside one paragraph [start, end) of `text`. A hand-written scanner, linear
 * in the paragraph length: Intl.Segmenter splits after "Mr." and inside "U.S. officials", and
 * natural's tokenizer is quadratic and matches abbreviations inside words.
 */
export function scanSentences(text: string, start: number, end: number, out: Array<[number, number]>): void {
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!TERMINALS.has(c)) {
      i++;
      continue;
    }
    let j = i;
    let periods = 0;
    let others = 0;
    let cjk = false;
    while (j < end && TERMINALS.has(text.charCodeAt(j))) {
      const t = text.charCodeAt(j);
      if (t === 0x2e) periods++;
      else others++;
      if (CJK_TERMINALS.has(t)) cjk = true;
      j++;
    }
    const afterTerminals = j;
    while (j < end && CLOSERS.has(text.charCodeAt(j))) j++;
    const closed = j > afterTerminals;
    if (j >= end) break;
    if (!cjk && !isTrimmableAt(text, j)) {
      i = j;
      continue;
    }
    const next = skipTrimmable(text, j, end);
    if (next >= end) break;
    if (isBoundary(text, i, next, periods, others, closed, cjk)) {
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
  const nextChar = String.fromCodePoint(text.codePointAt(next)!);
  if (cjk) return true;
  if (!OPENER_CHAR.test(nextChar)) return false;
  if (closed || others > 0) return true;
  const nextWord = WORD_AFTER.exec(text.slice(next, next + 40))?.[0] ?? '';
  if (periods > 1) return SENTENCE_OPENERS.has(nextWord);
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, terminal - 40), terminal))?.[0] ?? '';
  if (word === '') return true;
  if (TITLE_ABBREVIATIONS.has(word) || INNER_ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (NUMBER_ABBREVIATIONS.has(word)) return !/\p{N}/u.test(nextChar);
  if (SINGLE_CAPITAL.test(word) || FINAL_ABBREVIATIONS.has(word.toLowerCase()) || DOTTED_LETTERS.test(word)) {
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
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
    else if ((text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
    pushPiece(text, s, cut, out);
    s = skipTrimmable(text, cut, e);
  }
  pushPiece(text, s, e, out);
}

const HAS_CONTENT = /[\p{L}\p{N}\p{M}\p{S}]/u;

function pushPiece(text: string, start: number, end: number, out: Array<[number, number]>): void {
  const e = skipTrimmableBack(text, start, end);
  const s = skipTrimmable(text, start, e);
  if (e <= s) return;
  if (!HAS_CONTENT.test(text.slice(s, e))) return;
  out.push([s, e]);
}
