import type { DiffPiece } from './word-diff.js';

/** A piece of one side's text, flagged when it lies inside a highlighted range. */
export interface HighlightedPiece extends DiffPiece {
  highlight: boolean;
}

/**
 * Split a side's pieces (contiguous text from offset `start`, as `markSide` makes them) so the
 * text inside `ranges` (offsets into the same document) is flagged, keeping each piece's op;
 * neighbouring pieces with the same op and flag are joined.
 * @example highlightRanges({ pieces: [{ op: 'equal', text: 'rose by 25 per cent' }], start: 10, ranges: [[18, 29]] })
 */
export function highlightRanges(options: { pieces: DiffPiece[]; start: number; ranges: Array<[number, number]> }): HighlightedPiece[] {
  const { pieces, ranges } = options;
  const result: HighlightedPiece[] = [];
  let at = options.start;
  for (const piece of pieces) {
    const end = at + piece.text.length;
    const cuts = new Set<number>([at, end]);
    for (const [s, e] of ranges) {
      if (s > at && s < end) cuts.add(s);
      if (e > at && e < end) cuts.add(e);
    }
    const points = [...cuts].sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i += 1) {
      const from = points[i]!;
      const to = points[i + 1]!;
      if (to <= from) continue;
      const inside = ranges.some(([s, e]) => s <= from && to <= e);
      const text = piece.text.slice(from - at, to - at);
      const last = result.at(-1);
      // Neighbours alike are one piece, so a highlighted phrase is one mark, not one per word.
      if (last && last.op === piece.op && last.highlight === inside) last.text += text;
      else result.push({ op: piece.op, text, highlight: inside });
    }
    at = end;
  }
  return result;
}
