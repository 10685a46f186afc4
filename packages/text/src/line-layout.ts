import { LETTER as LETTER_, LOWER as LOWER_, NUMBER as NUMBER_, classAt as classAt_ } from './char-class.js';
import { skipTrimmable as skipTrimmable_, skipTrimmableBack as skipTrimmableBack_ } from './text-chars.js';
import { detectWireMarkers, isLineBreakCode as isLineBreakCode_, isLineMarkerAt as isLineMarkerAt_, type WireMarkerMode } from './wire-markers.js';

// Module-local copies of hot imports: transpiled ESM (vitest, tsx) reads every use of an
// import through a getter, and these run once per character.
const LETTER = LETTER_;
const LOWER = LOWER_;
const NUMBER = NUMBER_;
const classAt = classAt_;
const skipTrimmable = skipTrimmable_;
const skipTrimmableBack = skipTrimmableBack_;
const isLineBreakCode = isLineBreakCode_;
const isLineMarkerAt = isLineMarkerAt_;

/**
 * A line's visible content (trimmed, without its `<` marker), with what layout needs to know.
 *
 * @example
 * const [line]: Line[] = splitLines('Talks <\n');
 */
export interface Line {
  start: number;
  end: number;
  /** Ends with a wire `<` marker. */
  marked: boolean;
  /** Ends with U+2029 PARAGRAPH SEPARATOR. */
  separator: boolean;
  /** Has a letter or digit (rules and ornaments do not). */
  alnum: boolean;
  /** Starts with a lower-case letter. */
  lower: boolean;
}

/**
 * A paragraph as a range of the caller's text, before sentence splitting.
 *
 * @example
 * const [p]: ParagraphRange[] = layoutParagraphs('Talks began.');
 */
export interface ParagraphRange {
  start: number;
  end: number;
  /** Number of lines joined into it (1 for a plain paragraph line). */
  lines: number;
}

const TERMINAL_END = /[.!?…。！？]["'”’»)\]]*$/u;
const ENDS_CLAUSE = /[:;]$/;
/** A line ending in a comma or a function word cannot end a headline or a paragraph. */
const CONTINUES = /(?:[,;]|(?:^|[^\p{L}])(?:the|a|an|of|on|in|to|and|or|for|with|by|at|from|that|as|и|в|на|с|по|что)\s*)$/u;
/** METER wire header: `23:19 27/01/00: Page 1 (HHH) SHOWBIZ Posh`. */
const WIRE_TIMESTAMP = /^\d{1,2}:\d{2}[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4}:/;
/** Wider lines are not hard wraps but paragraphs on one line. */
const MAX_WRAP_WIDTH = 110;
const MIN_WRAP_WIDTH = 30;

/**
 * Split into lines; a run of blank lines is kept as one line with `start === end`.
 *
 * @example
 * splitLines('a\n\n\nb').map((l) => [l.start, l.end]); // [[0, 1], [2, 2], [4, 5]]
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  let i = 0;
  while (i <= n) {
    let j = i;
    while (j < n && !isLineBreakCode(text.charCodeAt(j))) j++;
    const start = skipTrimmable(text, i, j);
    const end = skipTrimmableBack(text, start, j);
    const brk = text.charCodeAt(j);
    if (end > start) {
      let marked = false;
      for (let k = end; k < j && !marked; k++) marked = isLineMarkerAt(text, k);
      let alnum = false;
      for (let k = start; k < end && !alnum; k++) alnum = (classAt(text, k) & (LETTER | NUMBER)) !== 0;
      lines.push({ start, end, marked, separator: brk === 0x2029, alnum, lower: (classAt(text, start) & LOWER) !== 0 });
    } else if (lines.length === 0 || lines[lines.length - 1]!.end > lines[lines.length - 1]!.start) {
      lines.push({ start, end, marked: false, separator: false, alnum: false, lower: false });
    }
    if (j >= n) break;
    i = j + (brk === 0x0d && text.charCodeAt(j + 1) === 0x0a ? 2 : 1);
  }
  return lines;
}

/**
 * Hard-wrapped copy (wire, email) has most lines near one width; a line clearly shorter than
 * that width ends a paragraph. Returns that width, or 0 when the text is not hard-wrapped.
 * A histogram of capped lengths keeps it linear.
 */
function wrapWidth(text: string, lines: Line[]): number {
  const histogram = new Uint32Array(MAX_WRAP_WIDTH + 2);
  let count = 0;
  for (const l of lines) {
    if (l.end <= l.start) continue;
    histogram[Math.min(l.end - l.start, MAX_WRAP_WIDTH + 1)]!++;
    count++;
  }
  if (count < 4) return 0;
  const rank = Math.floor(count * 0.9);
  let seen = 0;
  let width = 0;
  for (let len = 0; len <= MAX_WRAP_WIDTH + 1; len++) {
    seen += histogram[len]!;
    if (seen > rank) {
      width = len;
      break;
    }
  }
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return 0;
  let near = 0;
  for (let len = Math.ceil(0.7 * width); len <= MAX_WRAP_WIDTH + 1; len++) near += histogram[len]!;
  if (near < 0.5 * count) return 0;
  // Short one-line paragraphs look narrow too, but nearly all of them end a sentence; wrapped
  // lines mostly break mid-sentence.
  let finished = 0;
  for (const l of lines) if (l.end > l.start && endsSentence(text, l)) finished++;
  return finished < 0.6 * count ? width : 0;
}

const CLOSING = new Set([0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x29, 0x5d]);
const FINAL = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x3002, 0xff01, 0xff1f]);

function endsSentence(text: string, line: Line): boolean {
  let k = line.end - 1;
  while (k > line.start && CLOSING.has(text.charCodeAt(k))) k--;
  return FINAL.has(text.charCodeAt(k));
}

/**
 * Group lines into paragraphs, deciding for each line break whether it is a hard wrap. In
 * text that is not hard-wrapped every line is a paragraph unless the next one visibly
 * continues the sentence (starts in lower case, or the line ends with a comma or a function
 * word).
 *
 * @example
 * layoutParagraphs('Title\nBody text.').length; // 2
 */
export function layoutParagraphs(text: string): ParagraphRange[] {
  const lines = splitLines(text);
  const markers = detectWireMarkers(text);
  const width = markers === 'paragraph' ? 0 : wrapWidth(text, lines);
  const paragraphs: ParagraphRange[] = [];
  let current: ParagraphRange | undefined;
  let previous: Line | undefined;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.end <= line.start) {
      current = undefined;
      continue;
    }
    if (!current && previous && continuesAcrossBlank(text, previous, line, markers)) current = paragraphs[paragraphs.length - 1];
    previous = line;
    if (current) {
      current.end = line.end;
      current.lines++;
    } else {
      current = { start: line.start, end: line.end, lines: 1 };
      paragraphs.push(current);
    }
    const next = lines[k + 1];
    if (!next || next.end <= next.start) continue;
    if (!joinsNext(text, line, next, markers, width)) current = undefined;
  }
  return paragraphs;
}

/**
 * Some converted newspaper text puts a blank line after every wrapped line. A blank line is
 * not a paragraph break when the text before it cannot end a sentence and the text after it
 * starts in lower case.
 */
function continuesAcrossBlank(text: string, line: Line, next: Line, markers: WireMarkerMode): boolean {
  if ((markers === 'paragraph' && line.marked) || line.separator || !next.lower || !line.alnum) return false;
  const tail = lineTail(text, line);
  return !TERMINAL_END.test(tail) && !ENDS_CLAUSE.test(tail);
}

function isWireTimestamp(text: string, line: Line): boolean {
  const c = text.charCodeAt(line.start);
  return c >= 0x30 && c <= 0x39 && WIRE_TIMESTAMP.test(text.slice(line.start, Math.min(line.end, line.start + 24)));
}

function lineTail(text: string, line: Line): string {
  return text.slice(Math.max(line.start, line.end - 12), line.end);
}

function joinsNext(text: string, line: Line, next: Line, markers: WireMarkerMode, width: number): boolean {
  // Rules (----), ornaments (* * *) and wire timestamps stand alone whatever the layout.
  if (line.separator || !line.alnum || !next.alnum || isWireTimestamp(text, line)) return false;
  if (markers === 'paragraph') return !line.marked;
  if (width > 0) {
    if (line.end - line.start >= 0.7 * width) return true;
    const tail = lineTail(text, line);
    return (next.lower && !TERMINAL_END.test(tail)) || CONTINUES.test(tail);
  }
  return next.lower || CONTINUES.test(lineTail(text, line));
}
