import { describe, expect, test } from 'vitest';
import { compare, createCompare, createScorer, DEFAULT_MODEL, diffSentences, REUSE_THRESHOLD, similarity } from '../src/index.js';

describe('package exports', () => {
  test('the compare example from the JSDoc holds', () => {
    const report = compare([
      { id: 'wire', text: 'Police closed the M6 on Friday after a crash. Two people were hurt.' },
      { id: 'paper', text: 'Two people were hurt. Police shut the M6 on Friday after a crash.' },
    ]);
    expect(report.matches).toHaveLength(2);
    expect(report.documents[1]!.stats.reusedShare).toBe(1);
  });

  test('similarity and REUSE_THRESHOLD are the scorer compare uses', () => {
    expect(REUSE_THRESHOLD).toBeGreaterThan(0);
    expect(REUSE_THRESHOLD).toBeLessThan(1);
    expect(similarity('Two people were hurt.', 'Two people were hurt.')).toEqual({ score: 1, kind: 'verbatim' });
    const a = 'The fire destroyed 1,200 tonnes of stored grain, West Yorkshire Fire Service said.';
    const b = 'The fire destroyed 1,500 tonnes of stored grain, a spokesman for the owners said.';
    const [match] = compare([{ text: a }, { text: b }]).matches;
    const direct = similarity(a, b);
    expect(match!.score).toBeCloseTo(direct.score, 4);
    expect(match!.kind).toBe(direct.kind);
  });

  test('createCompare runs the same pipeline with another scorer, minScore defaulting to its threshold', () => {
    const docs = [
      { text: 'Officials said the storm destroyed hundreds of homes across the northern province. Schools stayed shut.' },
      { text: 'Hundreds of houses in the northern province were wrecked by the storm, officials said. Schools stayed shut.' },
    ];
    const strict = createCompare(createScorer({ ...DEFAULT_MODEL, threshold: 0.999 }));
    const loose = compare(docs);
    const tight = strict(docs);
    expect(tight.options.minScore).toBe(0.999);
    expect(loose.matches.map((m) => m.kind)).toEqual(['paraphrase', 'verbatim']);
    expect(tight.matches.map((m) => m.kind)).toEqual(['verbatim']);
  });

  test('diffSentences: the word diff of two texts with offsets into each', () => {
    const a = 'Police closed the road.';
    const b = 'Police quickly closed the road.';
    const { diff, spansA, spansB } = diffSentences(a, b);
    expect(diff).toEqual([
      { op: 'equal', a: [0, 6], b: [0, 6] },
      { op: 'insert', b: [7, 14] },
      { op: 'equal', a: [7, 22], b: [15, 30] },
    ]);
    expect(spansA.map(([s, e]) => a.slice(s, e))).toEqual(['Police closed the road']);
    expect(spansB.map(([s, e]) => b.slice(s, e))).toEqual(['Police', 'closed the road']);
  });

  test('diffSentences rejects non-strings with an exact message', () => {
    expect(() => diffSentences(1 as never, 'x')).toThrow(new TypeError('diffSentences: a and b must be strings'));
  });
});
