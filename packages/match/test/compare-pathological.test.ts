import { describe, expect, test } from 'vitest';
import { compare } from '../src/index.js';

// Generous "finishes at all" bounds for hostile input; speed targets live in the benchmarks.
const FINISHES = 60_000;

function words(count: number, pick: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => pick(i)).join(' ');
}

describe('pathological input finishes and stays consistent', () => {
  const cases: Array<{ name: string; a: () => string; b: () => string }> = [
    {
      name: '1 MB without punctuation on both sides',
      a: () => words(180_000, (i) => `word${i % 5000}`).slice(0, 1_000_000),
      b: () => words(180_000, (i) => `word${(i * 7) % 5000}`).slice(0, 1_000_000),
    },
    { name: '100,000 one-word sentences', a: () => words(100_000, (i) => `W${i % 977}.`), b: () => words(100_000, (i) => `W${i % 983}.`) },
    { name: 'one word repeated 100,000 times', a: () => words(100_000, () => 'again'), b: () => words(100_000, () => 'again') },
    {
      name: 'mixed scripts, RTL and emoji',
      a: () => 'Москва заявила 🚀 о переговорах. قالت الحكومة إن المحادثات مستمرة. 東京で会談が行われた。 Talks go on 🇺🇦.'.repeat(200),
      b: () => 'قالت الحكومة إن المحادثات مستمرة. Москва заявила 🚀 о переговорах. Talks go on 🇺🇦! 東京で会談が行われた。'.repeat(200),
    },
  ];
  test.each(cases)(
    '$name',
    ({ a, b }) => {
      const textA = a();
      const textB = b();
      const report = compare([{ text: textA }, { text: textB }]);
      for (const [d, text] of [textA, textB].entries()) {
        for (const sentence of report.documents[d]!.sentences) expect(sentence.end <= text.length).toBe(true);
      }
      for (const match of report.matches) {
        expect(match.sides[0].sentences.length).toBeGreaterThan(0);
        expect(match.sides[1].sentences.length).toBeGreaterThan(0);
      }
    },
    FINISHES,
  );

  test('mixed scripts repeated are found as reuse in both orders', () => {
    const a = 'Москва заявила о переговорах с Вашингтоном. قالت الحكومة إن المحادثات مستمرة مع الجانب الأمريكي.';
    const b = 'قالت الحكومة إن المحادثات مستمرة مع الجانب الأمريكي. Москва заявила о переговорах с Вашингтоном.';
    const report = compare([{ text: a }, { text: b }]);
    expect(report.matches.map((m) => [m.sides[0].sentences, m.sides[1].sentences, m.kind])).toEqual([
      [[0], [1], 'verbatim'],
      [[1], [0], 'verbatim'],
    ]);
  });

  test('a time budget stops early and says so', () => {
    const text = words(60_000, (i) => `word${i % 3000}${i % 9 === 8 ? '.' : ''}`);
    const other = words(60_000, (i) => `word${(i * 13) % 3000}${i % 11 === 10 ? '.' : ''}`);
    const report = compare([{ text }, { text: other }, { text }], { timeBudgetMs: 1 });
    expect(report.incomplete?.reason).toBe('time-budget');
    expect(report.incomplete?.detail).toMatch(/^time budget of 1 ms ran out/);
  }, FINISHES);
});
