import { skipTrimmable, skipTrimmableBack } from './text-chars.js';
import { detectWireMarkers, isLineBreakCode, isLineMarkerAt } from './wire-markers.js';

/** A line's visible content (trimmed, without its `<` marker). */
export interface Line {
  start: number;
  end: number;
  marked: boolean;
}

/** A paragraph as a range of the caller's text, before sentence splitting. */
export interface ParagraphRange {
  start: number;
  end: number;
  /** Number of lines joined into it (1 for a plain paragraph line). */
  lines: number;
}

const TERMINAL_END = /[.!?…。！？]["'”’»)\]]*$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;
/** A line ending in a comma or a function word cannot end a headline or a paragraph. */
const CONTINUES = /(?:[,;]|(?:^|[^\p{L}])(?:the|a|an|of|on|in|to|and|or|for|with|by|at|from|that|as|и|в|на|с|по|что)\s*)$/u;

/**
 * Split into lines; blank lines are kept as `start === end`.
 *
 * @example
 * splitLines('a\n\nb').map((l) => [l.start, l.end]); // [[0, 1], [2, 2], [3, 4]]
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
    let marked = false;
    for (let k = end; k < j; k++) {
      if (isLineMarkerAt(text, k)) {
        marked = true;
        break;
      }
    }
    const brk = text.charCodeAt(j);
    lines.push({ start, end, marked: marked || brk === 0x2029 });
    if (j >= n) break;
    i = j + (brk === 0x0d && text.charCodeAt(j + 1) === 0x0a ? 2 : 1);
  }
  return lines;
}

/**
 * Hard-wrapped copy (wire, email) has most lines near one width; a line clearly shorter than
 * that width ends a paragraph. In other text every line is a paragraph unless the next one
 * visibly continues the sentence (starts in lower case or follows a comma).
 */
function wrapWidth(text: string, lines: Line[]): number {
  const lengths: number[] = [];
  for (const l of lines) if (l.end > l.start) lengths.push(l.end - l.start);
  if (lengths.length < 4) return 0;
  lengths.sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)]!;
  if (width > 110 || width < 30) return 0;
  let near = 0;
  for (const len of lengths) if (len >= 0.7 * width) near++;
  return near >= 0.5 * lengths.length ? width : 0;
}

/**
 * Group lines into paragraphs, deciding for each line break whether it is a hard wrap.
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

const HAS_ALNUM = /[\p{L}\p{N}]/u;
/** METER wire header: `23:19 27/01/00: Page 1 (HHH) SHOWBIZ Posh`. */
const WIRE_TIMESTAMP = /^\d{1,2}:\d{2}[ \t]+\d{1,2}\/\d{1,2}\/\d{2,4}:/;

/**
 * Some converted newspaper text puts a blank line after every wrapped line. A blank line is
 * not a paragraph break when the text before it cannot end a sentence and the text after it
 * starts in lower case.
 */
function continuesAcrossBlank(text: string, line: Line, next: Line, markers: string): boolean {
  if (markers === 'paragraph' && line.marked) return false;
  if (!STARTS_LOWER.test(text.slice(next.start, next.start + 2))) return false;
  const tail = text.slice(Math.max(line.start, line.end - 12), line.end);
  return !TERMINAL_END.test(tail) && !/[:;]$/.test(tail) && HAS_ALNUM.test(tail);
}

function joinsNext(text: string, line: Line, next: Line, markers: string, width: number): boolean {
  // Rules (----), ornaments (* * *) and wire timestamps stand alone whatever the layout.
  const body = text.slice(line.start, Math.min(line.end, line.start + 200));
  if (!HAS_ALNUM.test(body) || WIRE_TIMESTAMP.test(body)) return false;
  if (!HAS_ALNUM.test(text.slice(next.start, Math.min(next.end, next.start + 200)))) return false;
  if (markers === 'paragraph') return !line.marked;
  const tail = text.slice(Math.max(line.start, line.end - 12), line.end);
  const head = text.slice(next.start, next.start + 2);
  if (width > 0) {
    if (line.end - line.start >= 0.7 * width) return true;
    return (STARTS_LOWER.test(head) && !TERMINAL_END.test(tail)) || CONTINUES.test(tail);
  }
  if (STARTS_LOWER.test(head)) return true;
  return CONTINUES.test(tail);
}
