import type { Match } from '@wirediff/match';

/** A run of text in a diff view. */
export interface DiffPiece {
  op: 'equal' | 'insert' | 'delete' | 'gap';
  text: string;
}

/** The text a match side covers, from its first sentence's start to its last one's end. */
export interface SideExtent {
  document: number;
  start: number;
  end: number;
}

/**
 * The stretch of text one side of a match covers.
 * @example measureSide({ match, side: 0, sentenceBounds }) // { document: 0, start: 0, end: 42 }
 */
export function measureSide(options: {
  match: Match;
  side: 0 | 1;
  sentenceBounds: (document: number, sentence: number) => [number, number] | undefined;
}): SideExtent {
  const side = options.match.sides[options.side];
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const s of side.sentences) {
    const bounds = options.sentenceBounds(side.document, s);
    if (!bounds) continue;
    start = Math.min(start, bounds[0]);
    end = Math.max(end, bounds[1]);
  }
  if (!Number.isFinite(start)) start = end;
  return { document: side.document, start, end };
}

/**
 * One side's text split into pieces: ranges marked `mark` (deleted words on side a, inserted
 * words on side b) and the rest as `equal`. Ranges outside the extent are clipped.
 * @example markSide({ text: 'a b c', start: 0, end: 5, ranges: [[2, 3]], mark: 'delete' })
 */
export function markSide(options: {
  text: string;
  start: number;
  end: number;
  ranges: Array<[number, number]>;
  mark: 'insert' | 'delete';
}): DiffPiece[] {
  const { text, start, end, mark } = options;
  const ranges = options.ranges
    .map(([s, e]): [number, number] => [Math.max(s, start), Math.min(e, end)])
    .filter(([s, e]) => e > s)
    .sort((x, y) => x[0] - y[0]);
  const pieces: DiffPiece[] = [];
  let at = start;
  for (const [s, e] of ranges) {
    if (s < at) continue;
    if (s > at) pieces.push({ op: 'equal', text: text.slice(at, s) });
    pieces.push({ op: mark, text: text.slice(s, e) });
    at = e;
  }
  if (at < end) pieces.push({ op: 'equal', text: text.slice(at, end) });
  return pieces;
}

/**
 * The match's diff as one line: shared words once, deleted words from side a, inserted words
 * from side b, in the diff's own order. The spaces and punctuation between steps come from
 * side b (the later text) except around deletions, and `bounds` adds b's leading and trailing
 * punctuation (a closing full stop, an opening quote) that no step covers.
 * @example mergeDiff({ match, textA, textB, bounds: [0, 42] })
 */
export function mergeDiff(options: { match: Match; textA: string; textB: string; bounds?: [number, number] }): DiffPiece[] {
  const { match, textA, textB, bounds } = options;
  const pieces: DiffPiece[] = [];
  let lastA: number | null = null;
  let lastB: number | null = null;
  let firstB: number | null = null;
  for (const step of match.diff) {
    const fromA = step.op === 'delete';
    const range = fromA ? step.a : step.b ?? step.a;
    if (!range) continue;
    const text = fromA || !step.b ? textA : textB;
    const last = fromA || !step.b ? lastA : lastB;
    if (pieces.length > 0) pieces.push({ op: 'gap', text: describeGap({ text, from: last, to: range[0] }) });
    pieces.push({ op: step.op, text: text.slice(range[0], range[1]) });
    if (step.a) lastA = step.a[1];
    if (step.b) {
      lastB = step.b[1];
      firstB ??= step.b[0];
    }
  }
  if (bounds && firstB !== null && lastB !== null) {
    const lead = textB.slice(bounds[0], firstB);
    const tail = textB.slice(lastB, bounds[1]);
    if (lead && !WORDY.test(lead)) pieces.unshift({ op: 'gap', text: lead.trim() });
    if (tail && !WORDY.test(tail)) pieces.push({ op: 'gap', text: tail.trim() });
  }
  return pieces.filter((piece) => piece.text !== '');
}

const WORDY = /[\p{L}\p{N}]/u;
const BLANK = /^\s*$/;

// Steps usually cover words only; the punctuation and spaces between them come from the side
// the next step reads, so "cost 118 million, most" keeps its comma. Jumps between sides get a space.
function describeGap(options: { text: string; from: number | null; to: number }): string {
  const { text, from, to } = options;
  if (from === null || to < from || to - from > 4) return ' ';
  const between = text.slice(from, to);
  return BLANK.test(between) ? (between ? ' ' : '') : between;
}

/**
 * Ranges of one op on one side, for `markSide`.
 * @example collectRanges({ match, op: 'insert' }) // [[12, 17], ...]
 */
export function collectRanges(options: { match: Match; op: 'insert' | 'delete' }): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const step of options.match.diff) {
    if (step.op !== options.op) continue;
    const range = options.op === 'delete' ? step.a : step.b;
    if (range) ranges.push(range);
  }
  return ranges;
}
