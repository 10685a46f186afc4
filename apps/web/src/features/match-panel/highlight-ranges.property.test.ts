import fc from 'fast-check';
import { expect, test } from 'vitest';
import { highlightRanges } from './highlight-ranges.js';
import type { DiffPiece } from './word-diff.js';

const pieceArb = fc.record({ op: fc.constantFrom<DiffPiece['op']>('equal', 'insert', 'delete'), text: fc.string({ minLength: 1, maxLength: 8 }) });
const rangeArb = fc.tuple(fc.nat({ max: 80 }), fc.nat({ max: 80 })).map(([x, y]): [number, number] => [Math.min(x, y), Math.max(x, y)]);

test('highlighting never changes the text or the ops, and flags exactly the characters inside the ranges', () => {
  fc.assert(
    fc.property(fc.array(pieceArb, { maxLength: 8 }), fc.nat({ max: 20 }), fc.array(rangeArb, { maxLength: 3 }), (pieces, start, ranges) => {
      const out = highlightRanges({ pieces, start, ranges });
      expect(out.map((p) => p.text).join('')).toBe(pieces.map((p) => p.text).join(''));
      // UTF-16 unit by unit (offsets count units): the op comes from its piece, the flag from the ranges.
      const flags: boolean[] = [];
      const ops: string[] = [];
      for (const p of out) {
        for (let i = 0; i < p.text.length; i += 1) {
          flags.push(p.highlight);
          ops.push(p.op);
        }
      }
      const units = pieces.flatMap((p) => Array.from({ length: p.text.length }, () => p.op));
      expect(ops).toEqual(units);
      flags.forEach((flag, i) => expect(flag).toBe(ranges.some(([s, e]) => s <= start + i && start + i < e)));
    }),
  );
});

test('a range over a word in the middle of a piece splits it in three', () => {
  const out = highlightRanges({ pieces: [{ op: 'equal', text: 'rose by 25 per cent' }], start: 100, ranges: [[108, 110]] });
  expect(out).toEqual([
    { op: 'equal', text: 'rose by ', highlight: false },
    { op: 'equal', text: '25', highlight: true },
    { op: 'equal', text: ' per cent', highlight: false },
  ]);
});
