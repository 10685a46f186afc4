import { IDEOGRAPH as IDEOGRAPH_, LETTER as LETTER_, MARK as MARK_, NUMBER as NUMBER_, classAt as classAt_, widthAt as widthAt_ } from './char-class.js';
import { isTrimmableAt as isTrimmableAt_ } from './text-chars.js';
import { infoForWord as infoForWord_, type LanguageRules } from './token-norms.js';
import type { Token } from './types.js';

// Module-local copies of hot imports: transpiled ESM (vitest, tsx) reads every use of an
// import through a getter, and these run once per character.
const IDEOGRAPH = IDEOGRAPH_;
const LETTER = LETTER_;
const MARK = MARK_;
const NUMBER = NUMBER_;
const classAt = classAt_;
const widthAt = widthAt_;
const isTrimmableAt = isTrimmableAt_;
const infoForWord = infoForWord_;

const APOSTROPHE = 0x27;
const PERIOD = 0x2e;
const COMMA = 0x2c;
const PERCENT = 0x25;
const SPACE = 0x20;
const HYPHEN = 0x2d;

/**
 * Tokens of `norm[from, to)`, with offsets mapped back to `original` through `map`, kept
 * before `limit` (an original offset), and shifted by `offset`. Shared by `tokenize` and
 * `analyzeDocument`.
 *
 * A hand-written scanner rather than one big regex: no match arrays per token (garbage
 * collection dominated the regex version) and the rules read top to bottom: dotted acronyms
 * (u.s.), numbers (1,000 / 3.5 / 5m), `%`, one token per Han/Kana character, and words of any
 * other script with inner apostrophes. Hyphens and dots split words, so "rare-earth" reads
 * like "rare earth".
 *
 * @example
 * tokenizeRange(text, norm, map, 0, norm.length, rulesFor('en'), 0, tokens);
 */
export function tokenizeRange(
  original: string,
  norm: string,
  map: Int32Array,
  from: number,
  to: number,
  rules: LanguageRules,
  offset: number,
  out: Token[],
  limit: number = original.length,
): void {
  let previous: Token | undefined;
  let previousEnd = -1;
  let p = from;
  while (p < to) {
    const c = norm.charCodeAt(p);
    const cls = c < 0x80 ? classAscii(c) : classAt(norm, p);
    let q: number;
    let key: string;
    let type: Token['type'] = 'word';
    if (c === PERCENT) {
      q = p + 1;
      key = 'percent';
    } else if ((cls & IDEOGRAPH) !== 0) {
      q = p + widthAt(norm, p);
      key = norm.slice(p, q);
    } else if ((cls & NUMBER) !== 0) {
      q = scanNumber(norm, p, to);
      key = norm.slice(p, q);
      type = 'number';
    } else if ((cls & (LETTER | MARK)) !== 0) {
      q = scanAcronym(norm, p, to);
      if (q > p) key = removeDots(norm.slice(p, q)).replace(POSSESSIVE, '');
      else {
        q = scanWord(norm, p, to);
        key = norm.slice(p, q);
        // British "co-operate", "co-ordinate" are American "cooperate", "coordinate".
        if (key === 'co' && norm.charCodeAt(q) === HYPHEN && isLetterAt(norm, q + 1, to)) {
          const after = scanWord(norm, q + 1, to);
          key = 'co' + norm.slice(q + 1, after);
          q = after;
        }
      }
    } else {
      p += c >= 0xd800 && c <= 0xdbff ? widthAt(norm, p) : 1;
      continue;
    }
    // Clamped to the range's own original span: a character cluster folded across the range
    // edge (a base letter and its mark) must not pull a token outside its sentence.
    let start = Math.max(map[p]!, map[from]!);
    let end = Math.min(map[q]!, limit);
    while (start < end && isTrimmableAt(original, start)) start++;
    while (end > start + 1 && isTrimmableAt(original, end - 1)) end--;
    if (end > start) {
      const info = type === 'number' ? numberInfo(key) : infoForWord(key, rules);
      // "per cent" is one token, so it equals "percent" and "%".
      if (info.norm === 'cent' && previous?.norm === 'per' && p === previousEnd + 1 && norm.charCodeAt(previousEnd) === SPACE) {
        const merged = infoForWord('percent', rules);
        previous.end = end + offset;
        previous.norm = merged.norm;
        previous.stem = merged.stem;
        previous.stop = merged.stop;
      } else {
        previous = { start: start + offset, end: end + offset, norm: info.norm, stem: info.stem, stop: info.stop, type };
        out.push(previous);
      }
      previousEnd = q;
    }
    p = q;
  }
}

function classAscii(c: number): number {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return LETTER;
  if (c >= 0x30 && c <= 0x39) return NUMBER;
  return 0;
}

function isWordAt(text: string, i: number, to: number): boolean {
  if (i >= to) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return classAscii(c) !== 0;
  const cls = classAt(text, i);
  return (cls & (LETTER | MARK | NUMBER)) !== 0 && (cls & IDEOGRAPH) === 0;
}

function isLetterAt(text: string, i: number, to: number): boolean {
  if (i >= to) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return classAscii(c) === LETTER;
  const cls = classAt(text, i);
  return (cls & LETTER) !== 0 && (cls & IDEOGRAPH) === 0;
}

/** Letters joined by dots, one letter each (u.s., e.g., j.k.): end offset, or `p` if none. */
function scanAcronym(text: string, p: number, to: number): number {
  let q = p;
  let letters = 0;
  while (isLetterAt(text, q, to)) {
    const after = q + widthAt(text, q);
    if (after < to && text.charCodeAt(after) === PERIOD) {
      letters++;
      q = after + 1;
      continue;
    }
    // A last letter without its dot: "u.s".
    if (letters >= 1 && !isWordAt(text, after, to)) {
      letters++;
      q = after;
    }
    break;
  }
  // "x.com" and "caliber.az" are words split at the dot, not acronyms.
  if (letters < 2 || isWordAt(text, q, to)) return p;
  // "U.S.'s": the possessive belongs to the acronym (its norm drops it).
  if (text.charCodeAt(q) === APOSTROPHE && text.charCodeAt(q + 1) === 0x73 && q + 2 <= to && !isWordAt(text, q + 2, to)) q += 2;
  return q;
}

function scanWord(text: string, p: number, to: number): number {
  let q = p;
  for (;;) {
    while (isWordAt(text, q, to)) q += widthAt(text, q);
    if (q + 1 < to && text.charCodeAt(q) === APOSTROPHE && isLetterAt(text, q + 1, to)) {
      q++;
      continue;
    }
    return q;
  }
}

function scanNumber(text: string, p: number, to: number): number {
  let q = p;
  const digits = (): void => {
    while (q < to && (text.charCodeAt(q) < 0x80 ? classAscii(text.charCodeAt(q)) === NUMBER : (classAt(text, q) & NUMBER) !== 0)) q += widthAt(text, q);
  };
  digits();
  while (q + 1 < to && (text.charCodeAt(q) === PERIOD || text.charCodeAt(q) === COMMA)) {
    const d = text.charCodeAt(q + 1);
    if (!(d >= 0x30 && d <= 0x39) && !(d >= 0x80 && (classAt(text, q + 1) & NUMBER) !== 0)) break;
    q++;
    digits();
  }
  // Units written on the number stay with it ("5m", "9.30pm", "1990s").
  while (isWordAt(text, q, to)) q += widthAt(text, q);
  return q;
}

const DOT = /\./g;
const POSSESSIVE = /'s$/;
function removeDots(s: string): string {
  return s.replace(DOT, '');
}

const THOUSANDS = /^\d{1,3}(?:,\d{3})+/;
const COMMAS = /,/g;
const numberCache = new Map<string, { norm: string; stem: string; stop: boolean }>();

/** "1,000" -> "1000", "1,5" -> "1.5"; "3.5" and "5m" unchanged. */
function numberInfo(raw: string): { norm: string; stem: string; stop: boolean } {
  let info = numberCache.get(raw);
  if (info === undefined) {
    let norm = raw;
    if (raw.indexOf(',') >= 0) {
      const thousands = THOUSANDS.exec(raw)?.[0];
      norm = thousands !== undefined ? thousands.replace(COMMAS, '') + raw.slice(thousands.length).replace(COMMAS, '.') : raw.replace(COMMAS, '.');
    }
    info = { norm, stem: norm, stop: false };
    if (numberCache.size > 100_000) numberCache.clear();
    numberCache.set(raw, info);
  }
  return info;
}
