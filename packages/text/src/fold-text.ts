import { DASHES, DOUBLE_QUOTES, SINGLE_QUOTES, isInvisibleCode as isInvisibleCode_, isJoinerCode as isJoinerCode_, isJoinerNeeded, isSpaceCode as isSpaceCode_ } from './char-folds.js';
import { foldHomoglyphs } from './homoglyphs.js';
import { OffsetMapBuilder } from './offset-map.js';
import type { NormalizeOptions } from './types.js';
import { detectWireMarkers, isLineBreakCode as isLineBreakCode_, isLineMarkerAt as isLineMarkerAt_ } from './wire-markers.js';

// Module-local copies of hot imports: transpiled ESM (vitest, tsx) reads every use of an
// import through a getter, and these run once per character.
const isInvisibleCode = isInvisibleCode_;
const isJoinerCode = isJoinerCode_;
const isSpaceCode = isSpaceCode_;
const isLineBreakCode = isLineBreakCode_;
const isLineMarkerAt = isLineMarkerAt_;

/**
 * Normalised text with its raw offset map (internal: the public type hides the array).
 *
 * @example
 * const { text, map }: NormalizedWithMap = normalizeWithMap('A  b');
 */
export interface NormalizedWithMap {
  text: string;
  /** `map[i]` = original offset where normalised unit `i` comes from; `map[text.length]` = input length. */
  map: Int32Array;
}

const MARK = /\p{M}/u;
const DOTTED_CAPITAL_I = /\u0130/g;

const KNOWN = 1;
const NFKC_CHANGES = 2;
const IS_MARK = 4;
/** Needs one of the explicit folds (space, line break, invisible, joiner, quote, dash). */
const SPECIAL = 8;

// Per BMP code unit, filled lazily so each distinct character pays for String#normalize and
// a regex test once per process; plain letters then cost one array read.
const charInfo = new Uint8Array(65536);

function infoOf(c: number): number {
  let info = charInfo[c]!;
  if (info === 0) {
    const ch = String.fromCharCode(c);
    info = KNOWN;
    if (c < 0xd800 || c > 0xdfff) {
      if (ch.normalize('NFKC') !== ch) info |= NFKC_CHANGES;
      if (MARK.test(ch)) info |= IS_MARK;
    }
    if (
      isSpaceCode(c) ||
      isLineBreakCode(c) ||
      isInvisibleCode(c) ||
      isJoinerCode(c) ||
      DOUBLE_QUOTES.has(c) ||
      SINGLE_QUOTES.has(c) ||
      DASHES.has(c)
    ) {
      info |= SPECIAL;
    }
    charInfo[c] = info;
  }
  return info;
}

function isMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x300) return false;
  if (c >= 0xd800 && c <= 0xdbff) return MARK.test(String.fromCodePoint(text.codePointAt(i)!));
  return (infoOf(c) & IS_MARK) !== 0;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * "10 000" written with a no-break or thin space (Russian, French, SI style) is one number:
 * the space goes, so it reads like "10000" and "10,000".
 */
function isDigitGroupSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0xa0 && c !== 0x202f && c !== 0x2009) return false;
  return (
    isDigitCode(text.charCodeAt(i - 1)) &&
    isDigitCode(text.charCodeAt(i + 1)) &&
    isDigitCode(text.charCodeAt(i + 2)) &&
    isDigitCode(text.charCodeAt(i + 3)) &&
    !isDigitCode(text.charCodeAt(i + 4))
  );
}

/** After a single space, does a character follow that keeps the space as it is? */
function isPlainAfterSpace(d: number): boolean {
  if (d < 0x80) return d > 0x20 && d < 0x7f && d !== 0x3c;
  return (infoOf(d) & (SPECIAL | IS_MARK)) === 0;
}

/**
 * Fold the text and keep, for every normalised UTF-16 unit, the original offset it came from.
 * One left-to-right pass; homoglyph and case folds are length-preserving passes afterwards.
 *
 * @example
 * normalizeWithMap('Rus\u00adsia'); // { text: 'russia', map: Int32Array [0, 1, 2, 4, 5, 6, 7] }
 */
export function normalizeWithMap(text: string, options: NormalizeOptions = {}): NormalizedWithMap {
  const n = text.length;
  const markers = detectWireMarkers(text);
  const nfkc = text.normalize('NFKC') !== text;
  const parts: string[] = [];
  const map = new OffsetMapBuilder(n + 16);
  let runStart = 0;
  const flush = (end: number): void => {
    if (end > runStart) {
      parts.push(text.slice(runStart, end));
      map.pushRun(runStart, end - runStart);
    }
  };
  const emit = (s: string, at: number, next: number): void => {
    parts.push(s);
    map.pushSame(at, s.length);
    runStart = next;
  };

  // NFKC per cluster (a character and its combining marks) so offsets survive composition.
  // Returns the offset after the cluster.
  const foldCluster = (i: number): number => {
    const c = text.charCodeAt(i);
    let start = i;
    let end = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
    const isMark = isMarkAt(text, i);
    if (isMark && i > runStart) {
      start = i - 1;
      if (start > runStart && (text.charCodeAt(start) & 0xfc00) === 0xdc00) start--;
    }
    const changes = end - i === 2 || (infoOf(c) & NFKC_CHANGES) !== 0;
    if (!changes && !isMark && !(end < n && isMarkAt(text, end))) return end;
    while (end < n && isMarkAt(text, end)) end += (text.charCodeAt(end) & 0xfc00) === 0xd800 ? 2 : 1;
    const cluster = text.slice(start, end);
    const normal = cluster.normalize('NFKC');
    if (normal !== cluster) {
      flush(start);
      emit(normal, start, end);
    }
    return end;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c < 0x7f && c !== 0x3c && c !== 0x27 && c !== 0x60) {
      i++;
      continue;
    }
    if (c === 0x20 && isPlainAfterSpace(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    if (c >= 0x80 && (infoOf(c) & SPECIAL) === 0) {
      if (!nfkc) {
        i++;
        continue;
      }
      i = foldCluster(i);
      continue;
    }
    if (isDigitGroupSpace(text, i)) {
      flush(i);
      runStart = i + 1;
      i++;
      continue;
    }
    if (isSpaceCode(c) || isLineBreakCode(c) || (c === 0x3c && isLineMarkerAt(text, i))) {
      flush(i);
      let j = i;
      let breaks = 0;
      let paragraph = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 0x0d) {
          breaks++;
          j += text.charCodeAt(j + 1) === 0x0a ? 2 : 1;
        } else if (d === 0x0a || d === 0x85 || d === 0x2028) {
          breaks++;
          j++;
        } else if (d === 0x2029) {
          paragraph = true;
          j++;
        } else if (isSpaceCode(d) || isInvisibleCode(d) || isJoinerCode(d)) {
          j++;
        } else if (d === 0x3c && isLineMarkerAt(text, j)) {
          if (markers === 'paragraph') paragraph = true;
          j++;
        } else break;
      }
      emit(breaks >= 2 || paragraph ? '\n\n' : ' ', i, j);
      i = j;
      continue;
    }
    if (c === 0x27 || c === 0x60) {
      const d = text.charCodeAt(i + 1);
      if (d === c) {
        // Wire copy writes ``quotes'' with doubled backticks and apostrophes.
        flush(i);
        emit('"', i, i + 2);
        i += 2;
      } else if (c === 0x60) {
        flush(i);
        emit("'", i, i + 1);
        i++;
      } else i++;
      continue;
    }
    if (isInvisibleCode(c) || (isJoinerCode(c) && !isJoinerNeeded(text, i))) {
      flush(i);
      // Dropped characters join the previous unit's source: nothing is emitted.
      runStart = i + 1;
      i++;
      continue;
    }
    const folded = DOUBLE_QUOTES.has(c) ? '"' : SINGLE_QUOTES.has(c) ? "'" : DASHES.has(c) ? '-' : undefined;
    if (folded !== undefined) {
      flush(i);
      emit(folded, i, i + 1);
      i++;
      continue;
    }
    i++;
  }
  flush(n);

  let out = parts.join('');
  let offsets = map.finish(n);
  if (options.homoglyphs !== false) out = foldHomoglyphs(out);
  if (options.caseFold !== false) {
    const lower = out.replace(DOTTED_CAPITAL_I, 'I').toLowerCase();
    if (lower.length === out.length) out = lower;
    else ({ text: out, map: offsets } = lowerCaseWithMap(out, offsets));
  }
  return { text: out, map: offsets };
}

/** Rare path: a character whose lower case has another length (e.g. some Greek/Armenian). */
function lowerCaseWithMap(text: string, map: Int32Array): NormalizedWithMap {
  const parts: string[] = [];
  const builder = new OffsetMapBuilder(text.length + 16);
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const lower = text.slice(i, i + width).replace(DOTTED_CAPITAL_I, 'I').toLowerCase();
    parts.push(lower);
    if (lower.length === width) pushMapped(builder, map, i, width);
    else builder.pushSame(map[i]!, lower.length);
    i += width;
  }
  return { text: parts.join(''), map: builder.finish(map[text.length]!) };
}

function pushMapped(builder: OffsetMapBuilder, map: Int32Array, from: number, count: number): void {
  for (let k = 0; k < count; k++) builder.pushSame(map[from + k]!, 1);
}

