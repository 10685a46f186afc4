import { describe, expect, test } from 'vitest';
import { evalRows, formatEvalTable } from '../src/eval/eval-summary.js';
import type { GoldLabel } from '../src/data/index.js';
import type { GoldSentenceResult, MeterGoldResult } from '../src/eval/meter-gold.js';
import type { MsrpResult } from '../src/eval/msrp.js';
import type { StsResult } from '../src/eval/sts.js';

const cv = (accuracy: number) => ({ accuracy, f1: accuracy + 0.05, meanThreshold: 0.5 });
const msrp = (accuracy: number, nested?: number): MsrpResult => ({ pairs: 4076, similarity: cv(accuracy), nested: nested === undefined ? undefined : cv(nested), jaccard: cv(0.72), microsPerPair: 100 });
const sts = (pearson: number): StsResult => ({ pairs: 3799, similarity: pearson, jaccard: 0.66, devPairs: 500, similarityDev: pearson, jaccardDev: 0.7 });

describe('evalRows verdicts against DESIGN.md targets', () => {
  const cases: Array<[string, MsrpResult, StsResult, Array<[string, string]>]> = [
    ['both met', msrp(0.78), sts(0.81), [['MSRP train (4076 pairs), 10-fold CV accuracy', 'PASS'], ['STS-B news dev only (500 pairs, never fitted on), Pearson', 'PASS']]],
    ['both missed', msrp(0.731), sts(0.739), [['MSRP train (4076 pairs), 10-fold CV accuracy', 'MISS'], ['STS-B news dev only (500 pairs, never fitted on), Pearson', 'MISS']]],
    ['exactly on target passes', msrp(0.77), sts(0.8), [['MSRP train (4076 pairs), 10-fold CV accuracy', 'PASS'], ['STS-B news dev only (500 pairs, never fitted on), Pearson', 'PASS']]],
    [
      'nested CV judged too when present',
      msrp(0.78, 0.75),
      sts(0.8),
      [['MSRP train (4076 pairs), 10-fold CV accuracy', 'PASS'], ['MSRP, nested CV accuracy (weights refitted per fold)', 'MISS'], ['STS-B news dev only (500 pairs, never fitted on), Pearson', 'PASS']],
    ],
  ];
  test.each(cases)('%s', (_name, m, s, expected) => {
    const rows = evalRows({ msrp: m, sts: s });
    expect(rows.filter((row) => row.result !== '').map((row) => [row.measure, row.result])).toEqual(expected);
    const baseline = rows.find((row) => row.measure.startsWith('MSRP train (4076'))?.baseline;
    expect(baseline).toBe('0.720');
  });

  test('sections left out are left out of the table', () => {
    expect(evalRows({})).toEqual([]);
    expect(evalRows({ sts: sts(0.7) }).every((row) => row.measure.startsWith('STS-B'))).toBe(true);
  });

  test('the table has a header, a rule and one line of five cells per row', () => {
    const rows = evalRows({ msrp: msrp(0.77), sts: sts(0.76) });
    const lines = formatEvalTable(rows).split('\n');
    expect(lines[0]).toBe('| measure | wirediff | word-overlap baseline | target | result |');
    expect(lines).toHaveLength(rows.length + 2);
    for (const line of lines) expect(line.split('|')).toHaveLength(7);
  });
});

describe('evalRows: METER dev gold rows against issue 7 targets', () => {
  const sentence = (index: number, label: GoldLabel, found: boolean, linkedWrong = false): GoldSentenceResult => ({
    article: 'a',
    story: 's',
    sentence: { index, start: 0, end: 1, text: 'x', label, doubtful: false, sources: [] },
    links: [
      ...(found ? [{ link: { kind: 'paraphrase' as const, score: 0.5, paper: [[0, 1] as const], take: 0, pa: [[0, 1] as const] }, sentence: index, correct: true }] : []),
      ...(linkedWrong ? [{ link: { kind: 'partial' as const, score: 0.3, paper: [[0, 1] as const], take: 0, pa: [[0, 1] as const] }, sentence: index, correct: false }] : []),
    ],
    found,
    touched: found || linkedWrong,
  });
  const run = (sentences: GoldSentenceResult[]) => ({ sentences, unplaced: 0, elapsedMs: 1 });
  // 2 paraphrase (1 found), 1 verbatim found, 1 edited missed, 1 new wrongly linked.
  const engine = [sentence(0, 'paraphrase', true), sentence(1, 'paraphrase', false), sentence(2, 'verbatim', true), sentence(3, 'edited', false), sentence(4, 'new', false, true)];
  const baseline = [sentence(0, 'paraphrase', false), sentence(1, 'paraphrase', false), sentence(2, 'verbatim', true), sentence(3, 'edited', true), sentence(4, 'new', false)];
  const result: MeterGoldResult = { articles: [], takes: 'separate', engine: run(engine), baseline: run(baseline), baselineThreshold: 0.37 };
  const rows = evalRows({ meterGold: result });
  const row = (start: string) => rows.find((r) => r.measure.startsWith(start));

  test.each([
    ['METER dev gold: paraphrase recall, linked', '1 of 2', '0 of 2', 'PASS'],
    ['METER dev gold: verbatim recall, linked', '1 of 1', '1 of 1', 'MISS'],
    ['METER dev gold: edited recall, linked', '0 of 1', '1 of 1', 'MISS'],
    ['METER dev gold: precision over links', '0.667', '1.000', 'MISS'],
    ["METER dev gold: touched sentences that are reuse", '0.667', '1.000', 'MISS'],
  ])('%s', (measure, wirediff, baselineCell, verdict) => {
    expect(row(measure)).toMatchObject({ wirediff, baseline: baselineCell, result: verdict });
  });
  test('new sentences linked and the paraphrase calls on reuse are shown', () => {
    expect(row('METER dev gold: new sentences linked')?.wirediff).toBe('1 of 1; 2 of 2');
  });
});
