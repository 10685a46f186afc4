import { describe, expect, test } from 'vitest';
import { evalRows, formatEvalTable } from '../src/eval/eval-summary.js';
import type { MsrpResult } from '../src/eval/msrp.js';
import type { StsResult } from '../src/eval/sts.js';

const cv = (accuracy: number) => ({ accuracy, f1: accuracy + 0.05, meanThreshold: 0.5 });
const msrp = (accuracy: number, nested?: number): MsrpResult => ({ pairs: 4076, similarity: cv(accuracy), nested: nested === undefined ? undefined : cv(nested), jaccard: cv(0.72), microsPerPair: 100 });
const sts = (pearson: number): StsResult => ({ pairs: 3799, similarity: pearson, jaccard: 0.66, devPairs: 500, similarityDev: pearson, jaccardDev: 0.7 });

describe('evalRows verdicts against DESIGN.md targets', () => {
  const cases: Array<[string, MsrpResult, StsResult, Array<[string, string]>]> = [
    ['both met', msrp(0.77), sts(0.76), [['MSRP train (4076 pairs), 10-fold CV accuracy', 'PASS'], ['STS-B news train + dev (3799 pairs), Pearson', 'PASS']]],
    ['both missed', msrp(0.731), sts(0.739), [['MSRP train (4076 pairs), 10-fold CV accuracy', 'MISS'], ['STS-B news train + dev (3799 pairs), Pearson', 'MISS']]],
    ['exactly on target passes', msrp(0.76), sts(0.75), [['MSRP train (4076 pairs), 10-fold CV accuracy', 'PASS'], ['STS-B news train + dev (3799 pairs), Pearson', 'PASS']]],
    [
      'nested CV judged too when present',
      msrp(0.77, 0.75),
      sts(0.8),
      [['MSRP train (4076 pairs), 10-fold CV accuracy', 'PASS'], ['MSRP, nested CV accuracy (weights refitted per fold)', 'MISS'], ['STS-B news train + dev (3799 pairs), Pearson', 'PASS']],
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
