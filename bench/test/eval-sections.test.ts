import { describe, expect, test } from 'vitest';
import { evaluateMeterReuse, formatMeterReuse, summariseByNewspaper, trigramContainment, type ArticleReuse } from '../src/eval/meter-reuse.js';
import { pearson } from '../src/eval/statistics.js';
import { evaluateSeedPair, formatSeedPair } from '../src/eval/seed-pair.js';

describe('trigramContainment', () => {
  const cases: Array<[string, string, number]> = [
    ['the cat sat down', 'the cat sat up', 0.5],
    ['The Cat sat', 'the cat SAT on the mat', 1],
    ['one two', 'one two three', 0],
    ['a b c d e', 'x y z', 0],
    ['', 'anything here now', 0],
  ];
  test.each(cases)('%j in %j = %d', (text, source, expected) => expect(trigramContainment(text, source)).toBe(expected));
});

describe('pearson', () => {
  const cases: Array<[number[], number[], number]> = [
    [[1, 2, 3], [2, 4, 6], 1],
    [[1, 2, 3], [3, 2, 1], -1],
    [[1, 2, 3, 4], [1, 3, 2, 4], 0.8],
  ];
  test.each(cases)('%j vs %j', (xs, ys, expected) => expect(pearson(xs, ys)).toBeCloseTo(expected, 10));
  test('a constant series has no correlation', () => expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN());
});

describe('summariseByNewspaper', () => {
  const article = (newspaper: string, reusedShare: number, verbatim: number): ArticleReuse => ({
    story: 's',
    newspaper,
    file: `x_${newspaper}.txt`,
    sentences: 10,
    reusedSentences: verbatim,
    reusedShare,
    trigramContainment: reusedShare / 2,
    byKind: { verbatim, edited: 0, paraphrase: 0, partial: 0 },
  });
  test('means per paper, most reuse first', () => {
    const summary = summariseByNewspaper([article('sun', 0.2, 1), article('times', 0.5, 2), article('sun', 0.6, 3)]);
    expect(summary.map((row) => [row.newspaper, row.articles])).toEqual([
      ['times', 1],
      ['sun', 2],
    ]);
    expect(summary[1]!.meanReusedShare).toBeCloseTo(0.4);
    expect(summary[1]!.meanTrigramContainment).toBeCloseTo(0.2);
    expect(summary[1]!.byKind.verbatim).toBe(4);
  });
});

describe('eval sections on real data (shape, not figures)', () => {
  test('METER reuse over two sampled stories', () => {
    const result = evaluateMeterReuse({ count: 2, examplesPerKind: 1 });
    expect(result.stories).toHaveLength(2);
    expect(result.articles.length).toBeGreaterThanOrEqual(2);
    for (const article of result.articles) {
      expect(result.stories).toContain(article.story);
      expect(article.reusedShare).toBeGreaterThanOrEqual(0);
      expect(article.reusedShare).toBeLessThanOrEqual(1);
      expect(article.trigramContainment).toBeGreaterThanOrEqual(0);
      expect(article.trigramContainment).toBeLessThanOrEqual(1);
    }
    expect(new Set(result.examples.map((example) => example.kind)).size).toBe(result.examples.length);
    const text = formatMeterReuse(result);
    expect(text).toMatch(/^METER \(\.\.\/shared\/datasets\/meter\): \d+ newspaper articles from 2 sampled story folders/u);
    expect(text).toContain('Per newspaper');
    for (const article of result.articles) expect(text).toContain(article.story);
  }, 60_000);

  test('the seed pair lists every match with both sentences', () => {
    const result = evaluateSeedPair();
    expect(result.files).toHaveLength(2);
    const text = formatSeedPair(result);
    expect(text.split('\n').filter((line) => line.startsWith('    A: '))).toHaveLength(result.report.matches.length);
    expect(text.split('\n').filter((line) => line.startsWith('    B: '))).toHaveLength(result.report.matches.length);
  });
});
