import { describe, expect, test } from 'vitest';
import { compare, type CompareProgress } from '../src/index.js';

// A long pair built from varied sentences, so matching has thousands of candidates to score.
function longArticle(seed: number, sentences: number): string {
  const places = ['Leeds', 'Bristol', 'Cardiff', 'Derby', 'Hull', 'York', 'Bath', 'Wells'];
  const verbs = ['approved', 'rejected', 'delayed', 'funded', 'reviewed', 'questioned'];
  const lines: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const n = (i * 7919 + seed * 104729) % 100_000;
    lines.push(`The council in ${places[n % places.length]} ${verbs[n % verbs.length]} plan number ${n} after a vote of ${n % 61} to ${(n >> 3) % 57}.`);
  }
  return lines.join(' ');
}

describe('compare: onProgress', () => {
  test('reports both phases in order, never more than about a hundred calls each, ending at the total', () => {
    const calls: CompareProgress[] = [];
    const a = longArticle(1, 800);
    const b = longArticle(1, 800).replaceAll('council', 'authority');
    const report = compare([{ text: a }, { text: b }], { onProgress: (progress) => calls.push(progress) });
    const analyse = calls.filter((c) => c.phase === 'analyse');
    const match = calls.filter((c) => c.phase === 'match');
    expect(analyse.length).toBeGreaterThan(0);
    expect(match.length).toBeGreaterThan(1);
    expect(calls.findIndex((c) => c.phase === 'match')).toBeGreaterThan(calls.findLastIndex((c) => c.phase === 'analyse'));
    for (const phase of [analyse, match]) {
      expect(phase.length).toBeLessThanOrEqual(102);
      expect(phase.at(-1)!.done).toBe(phase.at(-1)!.total);
      for (let i = 1; i < phase.length; i++) expect(phase[i]!.done).toBeGreaterThanOrEqual(phase[i - 1]!.done);
    }
    expect(report.options).toEqual({ minScore: report.options.minScore, language: 'auto', timeBudgetMs: 0 });
  });

  test('the report is the same with and without a progress callback', () => {
    const docs = [{ text: longArticle(2, 200) }, { text: longArticle(2, 150) }];
    expect(JSON.stringify(compare(docs, { onProgress: () => {} }))).toBe(JSON.stringify(compare(docs)));
  });

  test('a progress callback that is not a function is misuse', () => {
    expect(() => compare([{ text: 'a' }, { text: 'b' }], { onProgress: 3 as never })).toThrow(
      new TypeError('compare: options.onProgress must be a function when given'),
    );
  });
});
