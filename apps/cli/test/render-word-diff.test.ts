import type { DiffOp } from '@wirediff/match';
import { describe, expect, test } from 'vitest';
import { ANSI_STYLE, PLAIN_STYLE } from '../src/render/style.js';
import { renderWordDiff } from '../src/render/word-diff.js';

/** Word ranges of a text, in order, so tests can write diffs by word number. */
function wordRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m.index + m[0].length]);
}

type Step = ['=', number, number] | ['-', number] | ['+', number];

/** Diff ops from steps naming word numbers: ['=', i, j] equal, ['-', i] delete, ['+', j] insert. */
function opsOf(textA: string, textB: string, steps: Step[]): DiffOp[] {
  const a = wordRanges(textA);
  const b = wordRanges(textB);
  return steps.map((step) => {
    if (step[0] === '=') return { op: 'equal', a: a[step[1]]!, b: b[step[2]]! };
    if (step[0] === '-') return { op: 'delete', a: a[step[1]]! };
    return { op: 'insert', b: b[step[1]]! };
  });
}

describe('renderWordDiff (plain)', () => {
  const cases: Array<{ name: string; a: string; b: string; steps: Step[]; bounds?: boolean; expected: string }> = [
    { name: 'substitution sits flush', a: 'the big dog', b: 'the large dog', steps: [['=', 0, 0], ['-', 1], ['+', 1], ['=', 2, 2]], expected: 'the [-big-]{+large+} dog' },
    { name: 'consecutive deletions marked once', a: 'a b c d', b: 'a d', steps: [['=', 0, 0], ['-', 1], ['-', 2], ['=', 3, 1]], expected: 'a [-b c-] d' },
    { name: 'consecutive insertions marked once', a: 'a d', b: 'a b c d', steps: [['=', 0, 0], ['+', 1], ['+', 2], ['=', 1, 3]], expected: 'a {+b c+} d' },
    { name: 'hard line wraps read as spaces', a: 'the\nbig   dog', b: 'the big dog', steps: [['=', 0, 0], ['=', 1, 1], ['=', 2, 2]], expected: 'the big dog' },
    { name: 'punctuation between words is kept', a: 'Yes, he said', b: 'Yes, she said', steps: [['=', 0, 0], ['-', 1], ['+', 1], ['=', 2, 2]], expected: 'Yes, [-he-]{+she+} said' },
    { name: 'bounds bring back the final full stop', a: 'It rained.', b: 'It rained', steps: [['=', 0, 0], ['=', 1, 1]], bounds: true, expected: 'It rained.' },
    { name: 'insertion at the start', a: 'dog barked', b: 'The dog barked', steps: [['+', 0], ['=', 0, 1], ['=', 1, 2]], expected: '{+The+} dog barked' },
    { name: 'deletion at the end', a: 'dog barked loudly', b: 'dog barked', steps: [['=', 0, 0], ['=', 1, 1], ['-', 2]], expected: 'dog barked [-loudly-]' },
    { name: 'insertion before punctuation-led text shows the gap once', a: 'a year," Salo said', b: 'every year," council leader Salo said', steps: [['-', 0], ['+', 0], ['=', 1, 1], ['+', 2], ['+', 3], ['=', 2, 4], ['=', 3, 5]], expected: '[-a-]{+every+} year," {+council leader+} Salo said' },
    { name: 'an insertion opening the sentence goes before a\'s opening quote', a: '"For my bus," said Tova.', b: 'Tova said: "For my bus."', steps: [['+', 0], ['+', 1], ['=', 0, 2], ['=', 1, 3], ['=', 2, 4], ['-', 3], ['-', 4]], bounds: true, expected: '{+Tova said+}: "For my bus," [-said Tova-].' },
    { name: 'empty diff renders nothing', a: 'x', b: 'y', steps: [], expected: '' },
  ];
  test.each(cases)('$name', ({ a, b, steps, bounds, expected }) => {
    const boundsA = bounds ? ([0, a.length] as const) : undefined;
    expect(renderWordDiff({ diff: opsOf(a, b, steps), textA: a, textB: b, style: PLAIN_STYLE, ...(boundsA ? { boundsA } : {}) })).toBe(expected);
  });
});

describe('renderWordDiff (ANSI)', () => {
  test('wraps changes in colour codes and leaves equal words bare', () => {
    const a = 'the big dog';
    const b = 'the large dog';
    const out = renderWordDiff({ diff: opsOf(a, b, [['=', 0, 0], ['-', 1], ['+', 1], ['=', 2, 2]]), textA: a, textB: b, style: ANSI_STYLE });
    expect(out).toBe(`the ${ANSI_STYLE.deleted('big')}${ANSI_STYLE.inserted('large')} dog`);
  });
});
