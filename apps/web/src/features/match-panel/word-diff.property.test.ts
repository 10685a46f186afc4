import fc from 'fast-check';
import { expect, test } from 'vitest';
import { markSide } from './word-diff.js';

const rangeArb = (length: number) => fc.tuple(fc.nat({ max: length + 5 }), fc.nat({ max: length + 5 })).map(([x, y]): [number, number] => [Math.min(x, y), Math.max(x, y)]);

test('markSide pieces always spell the side exactly, whatever ranges the diff holds', () => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 60 }).chain((text) =>
        fc.record({
          text: fc.constant(text),
          bounds: rangeArb(text.length).map(([s, e]): [number, number] => [Math.min(s, text.length), Math.min(e, text.length)]),
          ranges: fc.array(rangeArb(text.length), { maxLength: 8 }),
        }),
      ),
      ({ text, bounds, ranges }) => {
        const pieces = markSide({ text, start: bounds[0], end: bounds[1], ranges, mark: 'delete' });
        expect(pieces.map((p) => p.text).join('')).toBe(text.slice(bounds[0], bounds[1]));
        expect(pieces.every((p) => p.text.length > 0)).toBe(true);
      },
    ),
  );
});
