import { describe, expect, test } from 'vitest';
import { benchRows, formatBenchTable, runBenchmarks, type BenchPlan } from '../src/speed/run-benchmarks.js';
import { median, measureTime } from '../src/speed/measure-time.js';
import { buildArticlePair, buildSizedPair, loadAllMeterStories, loadMeterStoriesFor } from '../src/data/index.js';
import { tokenizeFloor } from '../src/speed/tokenize-floor.js';

const once = { warmup: 0, runs: 1 };
// Tiny sizes: this checks that the harness runs end to end and the table has its shape; the
// figures themselves come from `npm run bench`.
const TINY_PLAN: BenchPlan = {
  sizes: [
    { bytes: 2_000, timing: once },
    { bytes: 4_000, timing: once },
  ],
  floorTiming: once,
  article: { bytes: 1_000, timing: { warmup: 0, runs: 3 } },
  peer: { bytes: 2_000, timing: once },
  rssBytes: 2_000,
  vectorLoads: 1,
};

describe('harness pieces', () => {
  const medians: Array<[number[], number]> = [
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ];
  test.each(medians)('median(%j) = %d', (values, expected) => expect(median(values)).toBe(expected));
  test('median of nothing is NaN', () => expect(median([])).toBeNaN());

  test('measureTime runs warm-up plus measured runs and reports each run', () => {
    let calls = 0;
    const sample = measureTime(() => calls++, { warmup: 2, runs: 5 });
    expect(calls).toBe(7);
    expect(sample.runsMs).toHaveLength(5);
    expect(sample.medianMs).toBeGreaterThanOrEqual(0);
  });

  const floors: Array<[string, string, number]> = [
    ['one two', 'three', 3],
    ['Peskov, 2025: “no”', '', 3],
    ['Привет мир', '東京 2025', 4],
    ['', '...', 0],
  ];
  test.each(floors)('tokenizeFloor(%j, %j) = %d', (a, b, expected) => expect(tokenizeFloor(a, b)).toBe(expected));

  test('sized pairs are deterministic, near the size and cut at a word boundary', () => {
    const stories = loadAllMeterStories();
    const first = buildSizedPair({ bytes: 10_000, stories });
    expect(buildSizedPair({ bytes: 10_000, stories })).toEqual(first);
    for (const side of [first.wire, first.newspaper]) {
      expect(side.length).toBeLessThanOrEqual(10_000);
      expect(side.length).toBeGreaterThan(9_000);
      expect(side).toBe(side.trim());
    }
    // The child process reads only the stories it needs and must get the very same inputs.
    for (const bytes of [10_000, 100_000]) expect(buildSizedPair({ bytes, stories: loadMeterStoriesFor({ bytes }) })).toEqual(buildSizedPair({ bytes, stories }));
    const articles = buildArticlePair({ bytes: 5_000, stories });
    expect(articles.wire.length).toBeGreaterThan(4_500);
    expect(articles.newspaper.length).toBeGreaterThan(4_500);
  });
});

describe('runBenchmarks on tiny inputs', () => {
  test('produces every figure and a table with one verdict column', async () => {
    const result = await runBenchmarks(TINY_PLAN);
    expect(result.sizes.map((size) => size.bytes)).toEqual([2_000, 4_000]);
    for (const size of result.sizes) {
      expect(size.compareMs).toBeGreaterThan(0);
      expect(size.floorRatio).toBeCloseTo(size.compareMs / size.floorMs);
    }
    expect(result.peakRss?.bytes).toBe(2_000);
    expect(result.peakRss?.maxRssMb).toBeGreaterThan(result.peakRss?.rssBeforeMb ?? Infinity);

    const rows = benchRows(result);
    expect(rows.map((row) => row.metric)).toEqual([
      'compare 2 KB vs 2 KB, median',
      'compare 4 KB vs 4 KB, median',
      'growth 2 KB -> 4 KB',
      'tokenising floor at 4 KB, median',
      'compare / floor at 4 KB',
      'two 1 KB articles, median',
      'jsdiff diffWords, 2 KB pair, median',
      'compare, same 2 KB pair, median',
      'peak RSS, 2 KB vs 2 KB',
      'word-vector table, cold load in a fresh process',
    ]);
    expect(result.vectorTable?.words).toBeGreaterThan(50_000);
    expect(result.vectorTable?.dimensions).toBe(100);
    // Targets are judged only at the sizes DESIGN.md names, never at tiny ones.
    expect(rows.filter((row) => row.result !== '')).toEqual([]);
    expect(rows.find((row) => row.metric === 'two 1 KB articles, median')?.target).toBe('(<= 5 ms at 5 KB)');

    const table = formatBenchTable(rows).split('\n');
    expect(table[0]).toBe('| metric | measured | target | result |');
    expect(table).toHaveLength(rows.length + 2);
    for (const line of table) expect(line.split('|')).toHaveLength(6);
  }, 120_000);
});
