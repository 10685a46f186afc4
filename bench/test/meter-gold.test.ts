import { describe, expect, test } from 'vitest';
import { loadMeterGold, meterGoldStories, parseMeterGold } from '../src/data/index.js';
import { evaluateMeterGold, scoreMeterGold } from '../src/eval/meter-gold.js';
import { formatMeterGold, formatMeterGoldDetails, readable } from '../src/eval/meter-gold-report.js';

describe('parseMeterGold', () => {
  const files: Record<string, string> = { 'n/r/c/d/s/s1_sun.txt': 'One.\r\nTwo.', 'P/r/c/d/s/s1.txt': 'TAKE<\n\u0019One.<\n' };
  const gold = (sourceStart: number) => ({
    articles: [
      {
        paper: 'n/r/c/d/s/s1_sun.txt',
        pa: ['P/r/c/d/s/s1.txt'],
        sentences: [
          { start: 0, end: 4, text: 'One.', label: 'verbatim', sources: [{ pa_file: 's1.txt', start: sourceStart, end: sourceStart + 4, text: 'One.' }] },
          { start: 6, end: 10, text: 'Two.', label: 'new', doubtful: true, note: 'why' },
        ],
      },
    ],
  });
  test('offsets index the raw text (CRLF kept), sources resolve to their take', () => {
    const [article] = parseMeterGold(gold(7), (file) => files[file]!);
    expect(article).toMatchObject({ id: 's1_sun', story: 'c/d/s', newspaper: 'sun' });
    expect(article!.sentences[0]!.sources).toEqual([{ take: 0, start: 7, end: 11, text: 'One.' }]);
    expect(article!.sentences[1]).toMatchObject({ label: 'new', doubtful: true, note: 'why', sources: [] });
  });
  test('a span that does not slice its text throws', () => {
    expect(() => parseMeterGold(gold(6), (file) => files[file]!)).toThrow(/s1\.txt.*\[6, 10\) reads/u);
  });
  test('a source in a take the article does not list throws', () => {
    const bad = gold(7);
    bad.articles[0]!.sentences[0]!.sources![0]!.pa_file = 's9.txt';
    expect(() => parseMeterGold(bad, (file) => files[file]!)).toThrow(/cites s9\.txt/u);
  });
});

describe('readable', () => {
  const cases: Array<[string, string]> = [
    ['Body\r\ntext.<\r\n\u0019', 'Body text.'],
    ['a < b and c', 'a < b and c'],
    ["``Quote''<\n", "``Quote''"],
  ];
  test.each(cases)('%j -> %j', (raw, expected) => expect(readable(raw)).toBe(expected));
});

// One small real story (one take, three papers): the loader's span checks and the whole
// pipeline's shape. Figures are the eval's business, not the tests'.
describe('the METER dev gold in ../shared, one story', () => {
  const story = 'showbiz/21.06.00/madeley';
  test('loads with every span checked, and a story filter', () => {
    const all = loadMeterGold();
    expect(all.length).toBeGreaterThan(10);
    expect(meterGoldStories(all)).toContain(story);
    const one = loadMeterGold({ stories: [story] });
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((article) => article.story === story && article.takes.length > 0)).toBe(true);
  });
  test('evaluates engine and baseline per sentence, and reports for reading', () => {
    const result = evaluateMeterGold({ stories: [story], baselineThreshold: 0.37 });
    const sentences = result.articles.reduce((n, article) => n + article.sentences.length, 0);
    expect(result.engine.sentences).toHaveLength(sentences);
    expect(result.baseline.sentences).toHaveLength(sentences);
    const scores = scoreMeterGold(result.engine.sentences);
    expect(scores.reuse.found).toBeLessThanOrEqual(scores.reuse.linked);
    expect(scores.reuse.linked).toBeLessThanOrEqual(scores.reuse.touched);
    expect(formatMeterGold(result)).toContain(story);
    const details = formatMeterGoldDetails(result);
    const misses = result.engine.sentences.filter((entry) => entry.sentence.label !== 'new' && !entry.found).length;
    expect(details).toContain(`## Misses (${misses})`);
    expect(details.match(/^#### /gmu) ?? []).toHaveLength(misses);
  }, 60_000);
});
