import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeDocument, detectLanguage, normalize, segment, tokenize, type NormalizedOffset } from '../src/index.js';
import { newsText } from './arbitraries.js';

// FC_RUNS=5000 for a deeper search than the default run.
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 400) };
// The machine running tests may be busy; these bound hangs, not speed.
const TIMEOUT = 120_000;

function expectTrimmedSpan(text: string, start: number, end: number): void {
  expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
  expect(start).toBeGreaterThanOrEqual(0);
  expect(end).toBeLessThanOrEqual(text.length);
  const slice = text.slice(start, end);
  expect(slice.length).toBeGreaterThan(0);
  expect(slice.trim()).toBe(slice);
}

describe('properties over arbitrary text', () => {
  test('normalize: map is monotone, 0 -> 0, end -> end, deterministic', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const n = normalize(text);
        // An all-invisible input folds to '' whose single offset is both start and end.
        if (n.text.length > 0) expect(n.toOriginal(0 as NormalizedOffset)).toBe(0);
        expect(n.toOriginal(n.text.length as NormalizedOffset)).toBe(text.length);
        let previous = 0;
        for (let i = 0; i <= n.text.length; i++) {
          const o = n.toOriginal(i as NormalizedOffset);
          expect(o).toBeGreaterThanOrEqual(previous);
          expect(o).toBeLessThanOrEqual(text.length);
          previous = o;
        }
        expect(normalize(text).text).toBe(n.text);
      }),
      RUNS,
    );
  }, TIMEOUT);

  test('segment: sentences in range, trimmed, ordered, inside their paragraph', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const { paragraphs, sentences } = segment(text);
        let previousEnd = 0;
        paragraphs.forEach((p, i) => {
          expect(p.index).toBe(i);
          expectTrimmedSpan(text, p.start, p.end);
          expect(p.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = p.end;
        });
        previousEnd = 0;
        sentences.forEach((s, i) => {
          expect(s.index).toBe(i);
          expectTrimmedSpan(text, s.start, s.end);
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = s.end;
          const p = paragraphs[s.paragraph]!;
          expect(s.start).toBeGreaterThanOrEqual(p.start);
          expect(s.end).toBeLessThanOrEqual(p.end);
          if (s.contentStart !== undefined) {
            expect(s.contentStart).toBeGreaterThan(s.start);
            expect(s.contentStart).toBeLessThanOrEqual(s.end);
          }
        });
        expect(segment(text)).toEqual({ paragraphs, sentences });
      }),
      RUNS,
    );
  }, TIMEOUT);

  test('tokenize: tokens in range, trimmed, ordered; offset shifts them', () => {
    fc.assert(
      fc.property(newsText, fc.nat(1000), (text, offset) => {
        const tokens = tokenize(text);
        let previousEnd = 0;
        for (const t of tokens) {
          expectTrimmedSpan(text, t.start, t.end);
          expect(t.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = t.end;
          expect(t.norm.length).toBeGreaterThan(0);
          expect(t.stem.length).toBeGreaterThan(0);
        }
        const shifted = tokenize(text, { offset });
        expect(shifted.map((t) => [t.start - offset, t.end - offset])).toEqual(tokens.map((t) => [t.start, t.end]));
      }),
      RUNS,
    );
  }, TIMEOUT);

  test('analyzeDocument: tokens lie inside their sentence; sentences match segment', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const doc = analyzeDocument(text);
        const { sentences } = segment(text);
        expect(doc.sentences.map(({ tokens: _tokens, ...s }) => s)).toEqual(sentences);
        for (const s of doc.sentences) {
          for (const t of s.tokens) {
            expectTrimmedSpan(text, t.start, t.end);
            expect(t.start).toBeGreaterThanOrEqual(s.start);
            expect(t.end).toBeLessThanOrEqual(s.end);
          }
        }
        expect(typeof detectLanguage(text)).toBe('string');
        expect(analyzeDocument(text)).toEqual(doc);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
