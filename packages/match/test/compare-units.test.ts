import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addSidePassages, alignUnits, type ScoredUnit } from '../src/compare/align-units.js';
import { buildClusters } from '../src/compare/build-clusters.js';
import { findCandidatePairs } from '../src/compare/candidate-pairs.js';
import { buildDocumentModel, createFeatureVocabulary, postingSlotOf, sameNorms } from '../src/compare/document-model.js';
import { diffTokenRuns } from '../src/diff/token-diff.js';
import type { Match } from '../src/types.js';
import { handAnalyze } from './helpers/hand-analysis.js';

function models(textA: string, textB: string) {
  const vocabulary = createFeatureVocabulary();
  return [buildDocumentModel({ document: handAnalyze(textA), vocabulary }), buildDocumentModel({ document: handAnalyze(textB), vocabulary })] as const;
}

function pairList(pairs: { a: Int32Array; b: Int32Array }): string[] {
  return Array.from(pairs.a, (a, i) => `${a}-${pairs.b[i]}`);
}

describe('document model', () => {
  test('flattens tokens and indexes unique content features per sentence', () => {
    const [model] = models('Storm hits coast. Storm storm coast.', '');
    expect(Array.from(model.tokenOffset)).toEqual([0, 3, 6]);
    // sentence 0: storm, hits, storm+hits, coast, hits+coast; sentence 1: storm, storm+storm, coast, storm+coast
    expect(model.featureOffset[1]).toBe(5);
    expect(model.featureOffset[2]).toBe(9);
    const storm = model.features[0]!;
    const slot = postingSlotOf(model, storm);
    expect(Array.from(model.postingSentences.subarray(model.postingOffset[slot], model.postingOffset[slot + 1]))).toEqual([0, 1]);
  });
});

describe('verbatim check without the scorer', () => {
  test.each([
    ['Storm hits coast.', 'STORM hits coast!', true],
    ['Storm hits coast.', 'Storm hits the coast.', false],
    ['Storm hits coast.', 'Storm hit coast.', false],
  ] as const)('%s vs %s: %s', (a, b, same) => {
    const [ma, mb] = models(a, b);
    expect(sameNorms(ma, 0, mb, 0)).toBe(same);
  });
});

describe('candidate pairs', () => {
  const a = 'Flood waters rose in Leeds overnight. The mayor opened three shelters. Rail services were cancelled.';
  const b = 'Rail services in the north were cancelled on Monday. Leeds saw flood waters rise overnight. Schools stayed shut.';

  test('pairs sentences sharing rare words, whatever their order', () => {
    const [ma, mb] = models(a, b);
    const pairs = pairList(findCandidatePairs(ma, mb));
    expect(pairs).toContain('0-1');
    expect(pairs).toContain('2-0');
    expect(pairs).not.toContain('1-2');
  });

  test('is the same pair set when the documents are swapped', () => {
    const [ma, mb] = models(a, b);
    const [mb2, ma2] = models(b, a);
    const forward = pairList(findCandidatePairs(ma, mb)).sort();
    const backward = pairList(findCandidatePairs(mb2, ma2))
      .map((pair) => pair.split('-').reverse().join('-'))
      .sort();
    expect(backward).toEqual(forward);
  });

  test('skips features held by too many sentences, so one repeated word stays linear', () => {
    const many = Array.from({ length: 200 }, () => 'Storm again.').join(' ');
    const [ma, mb] = models(many, many);
    expect(findCandidatePairs(ma, mb, { maxPostings: 48 }).a.length).toBe(0);
    const few = Array.from({ length: 10 }, () => 'Storm again.').join(' ');
    const [fa, fb] = models(few, few);
    // Each of 10 sentences keeps its best 3 + 2 partners from both sides, ties to low indexes.
    expect(findCandidatePairs(fa, fb).a.length).toBeGreaterThan(0);
  });
});

describe('alignment', () => {
  const unit = (a: number[], b: number[], score: number, kind: ScoredUnit['kind']): ScoredUnit => ({ a, b, score, kind });
  const cases: Array<{ name: string; units: ScoredUnit[]; kept: string[] }> = [
    {
      name: 'best score claims the sentence; the weaker pairing is dropped',
      units: [unit([0], [0], 0.6, 'paraphrase'), unit([0], [1], 0.9, 'edited'), unit([1], [0], 0.7, 'edited')],
      kept: ['0>1', '1>0'],
    },
    {
      name: 'a split beats its halves when it scores higher',
      units: [unit([0], [0], 0.55, 'partial'), unit([0], [0, 1], 0.95, 'verbatim'), unit([0], [1], 0.5, 'partial')],
      kept: ['0>0,1'],
    },
    {
      name: 'a full match is placed before a higher-scoring partial passage',
      units: [unit([2], [3], 0.8, 'partial'), unit([2], [4], 0.5, 'paraphrase'), unit([5], [3], 0.6, 'edited')],
      kept: ['5>3', '2>4'],
    },
    {
      name: 'a partial survives where it duplicates nothing',
      units: [unit([0], [0], 1, 'verbatim'), unit([1], [1], 0.5, 'partial'), unit([0], [1], 0.6, 'partial')],
      kept: ['0>0', '1>1'],
    },
    {
      name: 'equal scores: the closer kind, then fewer sentences, then lower indexes',
      units: [unit([0], [1], 0.7, 'paraphrase'), unit([0], [0], 0.7, 'edited'), unit([1], [1, 2], 0.6, 'edited'), unit([1], [2], 0.6, 'edited')],
      kept: ['0>0', '1>2'],
    },
  ];
  test.each(cases)('$name', ({ units, kept }) => {
    expect(alignUnits(units).map((u) => `${u.a.join(',')}>${u.b.join(',')}`)).toEqual(kept);
  });

  test('side passages: a partial next to a kept match, only where it duplicates nothing', () => {
    const units = [unit([0], [0], 0.8, 'edited'), unit([0], [3], 0.4, 'partial'), unit([0], [4], 0.3, 'partial'), unit([1], [0], 0.35, 'partial'), unit([2], [2], 0.4, 'partial')];
    const kept = alignUnits(units);
    expect(kept.map((u) => `${u.a}>${u.b}`)).toEqual(['0>0', '2>2']);
    // Pretend the passage into b4 repeats the kept match's words; the others do not. So a0 gets
    // a second match with b3 (not b4), and the free a1 a passage next to b0's match.
    const added = addSidePassages(kept, units, (_match, passage) => passage.b[0] === 4);
    expect(added.map((u) => `${u.a}>${u.b}`)).toEqual(['0>3', '1>0']);
  });

  test('the same units are kept when the two documents are swapped', () => {
    const units = [unit([0], [1], 0.7, 'edited'), unit([1], [0], 0.7, 'edited'), unit([0], [0], 0.7, 'edited'), unit([1], [1], 0.7, 'edited')];
    const swapped = units.map((u) => ({ ...u, a: u.b, b: u.a }));
    const forward = alignUnits(units).map((u) => `${u.a}>${u.b}`).sort();
    const backward = alignUnits(swapped).map((u) => `${u.b}>${u.a}`).sort();
    expect(backward).toEqual(forward);
  });
});

describe('token diff', () => {
  test('maps each step to original offsets and merges shared tokens into spans', () => {
    const textA = 'The mayor opened three shelters on Monday.';
    const textB = 'The mayor opened four new shelters.';
    const [ma, mb] = models(textA, textB);
    const run = (m: typeof ma) => ({ ids: m.tokenStem, starts: m.tokenStart, ends: m.tokenEnd });
    const { diff, spansA, spansB } = diffTokenRuns(run(ma), run(mb));
    const sliceA = (r?: [number, number]) => (r ? textA.slice(r[0], r[1]) : undefined);
    const sliceB = (r?: [number, number]) => (r ? textB.slice(r[0], r[1]) : undefined);
    expect(diff.map((op) => [op.op, sliceA(op.a), sliceB(op.b)])).toEqual([
      ['equal', 'The mayor opened', 'The mayor opened'],
      ['delete', 'three', undefined],
      ['insert', undefined, 'four new'],
      ['equal', 'shelters', 'shelters'],
      ['delete', 'on Monday', undefined],
    ]);
    expect(spansA.map(sliceA)).toEqual(['The mayor opened', 'shelters']);
    expect(spansB.map(sliceB)).toEqual(['The mayor opened', 'shelters']);
  });

  test('shared tokens either side of a deletion merge into one span on the other side', () => {
    const textA = 'Police closed the road.';
    const textB = 'Police quickly closed the road.';
    const [ma, mb] = models(textA, textB);
    const run = (m: typeof ma) => ({ ids: m.tokenStem, starts: m.tokenStart, ends: m.tokenEnd });
    const { spansA, spansB } = diffTokenRuns(run(ma), run(mb));
    expect(spansA.map(([s, e]) => textA.slice(s, e))).toEqual(['Police closed the road']);
    expect(spansB.map(([s, e]) => textB.slice(s, e))).toEqual(['Police', 'closed the road']);
  });

  test('spans never cross a group (sentence) boundary', () => {
    const run = { ids: [1, 2, 3], starts: [0, 5, 12], ends: [4, 10, 16], groups: [0, 0, 1] };
    expect(diffTokenRuns(run, run).spansA).toEqual([
      [0, 10],
      [12, 16],
    ]);
  });

  test('sentence-sized runs: a shortest edit script, as long as jsdiff finds, covering both runs in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 40 }), (a, b) => {
        const run = (ids: number[]) => ({ ids, starts: ids.map((_, i) => i * 10), ends: ids.map((_, i) => i * 10 + 5) });
        const { diff } = diffTokenRuns(run(a), run(b));
        const equalTokens = (ops: typeof diff) => ops.filter((op) => op.op === 'equal').reduce((n, op) => n + (op.a![1] - op.a![0] + 5) / 10, 0);
        const jsdiffEqual = diffArrays(a, b)
          .filter((change) => !change.added && !change.removed)
          .reduce((n, change) => n + change.count, 0);
        expect(equalTokens(diff)).toBe(jsdiffEqual);
        // Walking the steps rebuilds both runs: a from equal+delete, b from equal+insert, in order.
        let nextA = 0;
        let nextB = 0;
        for (const op of diff) {
          if (op.a) {
            expect(op.a[0]).toBe(nextA * 10);
            nextA = (op.a[1] + 5) / 10;
          }
          if (op.b) {
            expect(op.b[0]).toBe(nextB * 10);
            nextB = (op.b[1] + 5) / 10;
          }
        }
        expect([nextA, nextB]).toEqual([a.length, b.length]);
      }),
      { numRuns: 300 },
    );
  });

  test('huge, very different runs fall back to a linear prefix/suffix diff', () => {
    const n = 20_000;
    const ids = (seed: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 0 : i * 7919 + seed) % 100_003);
    const positions = Array.from({ length: n }, (_, i) => i * 2);
    const result = diffTokenRuns({ ids: ids(1), starts: positions, ends: positions.map((p) => p + 1) }, { ids: ids(2), starts: positions, ends: positions.map((p) => p + 1) });
    expect(result.diff.map((op) => op.op)).toEqual(['equal', 'delete', 'insert']);
  });
});

describe('clusters', () => {
  const match = (id: number, a: [number, number[]], b: [number, number[]]): Match => ({
    id,
    kind: 'edited',
    score: 0.8,
    sides: [
      { document: a[0], sentences: a[1], spans: [] },
      { document: b[0], sentences: b[1], spans: [] },
    ],
    diff: [],
  });

  test('joins statements across documents and names the earliest-published origin', () => {
    const clusters = buildClusters({
      matches: [match(0, [0, [1]], [1, [0]]), match(1, [0, [2]], [2, [3]]), match(2, [1, [0]], [2, [0, 1]])],
      sentenceCounts: [3, 2, 4],
      documents: [
        { text: '', publishedAt: '2024-03-02T10:00:00Z' },
        { text: '', publishedAt: '2024-03-01T09:00:00Z' },
        { text: '', publishedAt: '2024-03-03' },
      ],
    });
    expect(clusters).toEqual([
      {
        id: 0,
        members: [
          { document: 0, sentences: [1] },
          { document: 1, sentences: [0] },
          { document: 2, sentences: [0, 1] },
        ],
        matchIds: [0, 2],
        origin: { document: 1, reason: 'earliest-published' },
      },
      {
        id: 1,
        members: [
          { document: 0, sentences: [2] },
          { document: 2, sentences: [3] },
        ],
        matchIds: [1],
        origin: { document: 0, reason: 'earliest-published' },
      },
    ]);
  });

  test('no origin when a member has no date or two are equally early', () => {
    const matches = [match(0, [0, [0]], [1, [0]])];
    expect(buildClusters({ matches, sentenceCounts: [1, 1], documents: [{ text: '', publishedAt: '2024-01-01' }, { text: '' }] })[0]!.origin).toBeUndefined();
    expect(
      buildClusters({ matches, sentenceCounts: [1, 1], documents: [{ text: '', publishedAt: '2024-01-01' }, { text: '', publishedAt: '2024-01-01T00:00:00Z' }] })[0]!.origin,
    ).toBeUndefined();
  });
});
