import type { Match } from '@wirediff/match';
import { describe, expect, test } from 'vitest';
import { buildThreeOutletReport } from '@wirediff/report-format/testing';
import { collectRanges, markSide, mergeDiff } from './word-diff.js';

const { report, texts } = buildThreeOutletReport();
const edited = report.matches[1]!;

describe('word diff', () => {
  test('merged line keeps shared words once and shows changed ones', () => {
    const pieces = mergeDiff({ match: edited, textA: texts[0]!, textB: texts[1]! });
    const deleted = pieces.filter((p) => p.op === 'delete').map((p) => p.text);
    const inserted = pieces.filter((p) => p.op === 'insert').map((p) => p.text);
    expect(deleted.sort()).toEqual(['14', 'euros.']);
    expect(inserted.sort()).toEqual(['15', 'city', 'euros,', 'said.', 'the']);
    expect(pieces.filter((p) => p.op === 'equal').map((p) => p.text)).toEqual(['The', 'work', 'cost', 'million']);
    expect(pieces.filter((p) => p.op === 'gap').every((p) => p.text === ' ')).toBe(true);
  });

  test('each side is split into marked and plain runs that add up to the sentence', () => {
    const s = report.documents[1]!.sentences[1]!;
    const pieces = markSide({ text: texts[1]!, start: s.start, end: s.end, ranges: collectRanges({ match: edited, op: 'insert' }), mark: 'insert' });
    expect(pieces.map((p) => p.text).join('')).toBe(texts[1]!.slice(s.start, s.end));
    expect(pieces.filter((p) => p.op === 'insert').map((p) => p.text)).toEqual(['15', 'euros,', 'the', 'city', 'said.']);
  });

  test('ranges outside the side are clipped, overlapping ones skipped', () => {
    const pieces = markSide({ text: 'abcdefghij', start: 2, end: 8, ranges: [[0, 3], [5, 6], [5, 7], [7, 12]], mark: 'delete' });
    expect(pieces).toEqual([
      { op: 'delete', text: 'c' },
      { op: 'equal', text: 'de' },
      { op: 'delete', text: 'f' },
      { op: 'equal', text: 'g' },
      { op: 'delete', text: 'h' },
    ]);
  });

  test('a diff with no steps gives no pieces', () => {
    const empty: Match = { ...edited, diff: [] };
    expect(mergeDiff({ match: empty, textA: texts[0]!, textB: texts[1]! })).toEqual([]);
  });

  test('punctuation between and after word steps comes from the later text', () => {
    const textA = 'The cost, they said, is 14 euros.';
    const textB = '"The cost, they said, is 15 euros."';
    const word = (text: string, w: string, from = 0): [number, number] => {
      const at = text.indexOf(w, from);
      return [at, at + w.length];
    };
    const same = (w: string) => ({ op: 'equal' as const, a: word(textA, w), b: word(textB, w) });
    const match: Match = {
      ...edited,
      diff: [same('The'), same('cost'), same('they'), same('said'), same('is'), { op: 'delete', a: word(textA, '14') }, { op: 'insert', b: word(textB, '15') }, same('euros')],
    };
    const pieces = mergeDiff({ match, textA, textB, bounds: [0, textB.length] });
    expect(pieces.map((p) => p.text).join('')).toBe('"The cost, they said, is 14 15 euros."');
    expect(pieces.find((p) => p.op === 'delete')!.text).toBe('14');
  });
});
