import { describe, expect, test } from 'vitest';
import { buildDistractorModel, distractors, seededRandom, writeDistractor } from '../src/archive/distractors.js';
import { evaluateDedup } from '../src/archive/meter-eval.js';
import { type MeterFeedItem, meterDay } from '../src/archive/meter-feed.js';

const TEXTS = [
  'The council approved the plan on Tuesday. Residents were not consulted. The mayor said the vote was fair.',
  'Police closed the road after the crash. Two drivers were taken to hospital. The road reopened at noon.',
  'The club signed a new striker. He joins from a rival team. The fee was not disclosed.',
];

describe('archive benchmark helpers', () => {
  test.each([
    ['27.01.00', '2000-01-27'],
    ['02.11.99', '1999-11-02'],
    ['31.12.99', '1999-12-31'],
  ])('METER folder %s is day %s', (folder, day) => {
    expect(meterDay(folder)).toBe(day);
  });

  test('distractors are deterministic per seed and id, about the asked length, spread over the days', () => {
    const model = buildDistractorModel(TEXTS);
    const days = ['2000-01-01', '2000-01-02'];
    const first = [...distractors(model, { count: 4, days, seed: 7, words: 60 })];
    const again = [...distractors(model, { count: 2, days, seed: 7, from: 2, words: 60 })];
    expect(again).toEqual(first.slice(2));
    expect([...distractors(model, { count: 4, days, seed: 8, words: 60 })].map((d) => d.text)).not.toEqual(first.map((d) => d.text));
    expect(first.map((d) => d.publishedAt?.slice(0, 10))).toEqual(['2000-01-01', '2000-01-02', '2000-01-01', '2000-01-02']);
    for (const doc of first) {
      const words = doc.text.split(/\s+/u).length;
      expect(words).toBeGreaterThanOrEqual(40);
      expect(words).toBeLessThan(60 * 1.25 + 45);
    }
  });

  test('with jumps the chain does not copy the texts whole', () => {
    const model = buildDistractorModel(TEXTS);
    const text = writeDistractor(model, seededRandom(3), { words: 400, jump: 0.3 });
    const words = text.split(/\s+/u);
    const source = TEXTS.join(' ');
    let longest = 0;
    for (let i = 0; i < words.length; i += 1) {
      for (let k = longest + 1; i + k <= words.length && source.includes(words.slice(i, i + k).join(' ')); k += 1) longest = k;
    }
    // The three sentences each open on a distinct word, so a run continues only without a jump.
    expect(longest).toBeLessThan(30);
  });

  test('dedup purity counts each cluster by its largest story; distractors apart', () => {
    const label = (id: string, story: string, kind: 'wire' | 'newspaper'): [string, MeterFeedItem] => [id, { id, story, kind, text: id, publishedAt: '2000-01-01' }];
    const labels = new Map([label('a1', 'a', 'wire'), label('a2', 'a', 'newspaper'), label('a3', 'a', 'newspaper'), label('b1', 'b', 'wire'), label('b2', 'b', 'newspaper')]);
    const result = {
      clusters: [
        { origin: 'a1', members: [{ id: 'a1' }, { id: 'a2' }, { id: 'b2' }] },
        { origin: 'b1', members: [{ id: 'b1' }, { id: 'dx/1' }] },
        { origin: 'dx/2', members: [{ id: 'dx/2' }, { id: 'dx/3' }] },
      ],
    };
    const evaluation = evaluateDedup(result, labels, new Set(['a2', 'a3', 'b2']));
    expect(evaluation.purity).toBeCloseTo(3 / 4);
    expect(evaluation.clusteredDistractors).toBe(3);
    expect(evaluation.distractorOnlyClusters).toBe(1);
    // a2 sits in story a's main cluster; a3 in none; b2 in the first of b's two one-member shares.
    expect(evaluation.completeness).toBeCloseTo(2 / 3);
    expect(evaluation.originIsWire).toBe(2);
    expect(evaluation.impure).toEqual([{ size: 3, stories: { a: 2, b: 1 } }]);
  });
});
