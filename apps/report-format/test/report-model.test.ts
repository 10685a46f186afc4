import { describe, expect, test } from 'vitest';
import { buildThreeOutletReport } from '../src/testing/three-outlets.js';
import { DEFAULT_FILTERS } from '../src/filters.js';
import { buildReportModel, findCounterparts, formatShare, nameArticle, orderMatches } from '../src/report-model.js';

const { report, texts } = buildThreeOutletReport();
const model = (filters = DEFAULT_FILTERS) => buildReportModel({ report, texts, filters });

describe('buildReportModel', () => {
  test('counts reused and added sentences per article by closest kind', () => {
    const m = model();
    expect(m.counts.map((c) => [c.sentences, c.reused, c.added])).toEqual([
      [4, 4, 0],
      [4, 3, 1],
      [3, 2, 1],
    ]);
    expect(m.counts[0]!.byKind).toEqual({ verbatim: 1, edited: 1, paraphrase: 2, partial: 0 });
    expect(m.sentences[1]![2]!.kind).toBeNull();
  });

  test('takes sentence text from the caller text by offsets', () => {
    expect(model().sentences[1]![1]!.text).toBe('The work cost 15 million euros, the city said.');
  });

  test.each([
    [0, 6],
    [0.55, 5],
    [0.7, 4],
    [0.8, 3],
    [1, 3],
  ])('minimum score %s keeps %s matches', (minScore, kept) => {
    expect(model({ ...DEFAULT_FILTERS, minScore }).visibleMatches).toHaveLength(kept);
  });

  test('a switched-off kind turns its sentences into added ones', () => {
    const m = model({ ...DEFAULT_FILTERS, kinds: { ...DEFAULT_FILTERS.kinds, paraphrase: false } });
    expect(m.sentences[0]![2]!.kind).toBeNull();
    expect(m.counts[0]!.added).toBe(2);
  });

  test('overlap counts sentences of the row article found in the column article', () => {
    expect(model().overlap).toEqual([
      [0, 3, 2],
      [3, 0, 1],
      [2, 1, 0],
    ]);
  });

  test('a sentence with matches in two articles lists the closest first', () => {
    const first = model().sentences[0]![0]!;
    expect(first.matchIds).toEqual([0, 3]);
  });
});

describe('helpers', () => {
  test('counterparts of a sentence, per article', () => {
    const found = findCounterparts({ model: model(), document: 0, sentence: 0 });
    expect([...found.entries()].map(([d, s]) => [d, [...s]])).toEqual([
      [1, [0]],
      [2, [1]],
    ]);
  });

  test('matches in reading order', () => {
    expect(orderMatches(model().visibleMatches).map((m) => m.id)).toEqual([0, 3, 1, 2, 4, 5]);
  });

  test.each([
    [{ outlet: ' Wire ', title: 'T' }, 'Wire'],
    [{ title: 'Headline' }, 'Headline'],
    [{}, 'Article 3'],
  ])('names %o as %s', (fields, name) => {
    expect(nameArticle({ document: { ...report.documents[0]!, outlet: undefined, title: undefined, ...fields }, index: 2 })).toBe(name);
  });

  test('formatShare rounds and survives an empty whole', () => {
    expect(formatShare(1, 3)).toBe('33%');
    expect(formatShare(0, 0)).toBe('0%');
  });
});
