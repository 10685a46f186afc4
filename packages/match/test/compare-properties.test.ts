import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compare, type ComparisonReport } from '../src/index.js';

// Texts from a small vocabulary, so that sentences really are shared between documents.
const WORDS = ['Police', 'closed', 'the', 'road', 'after', 'a', 'crash', 'U.S.', 'officials', 'said', '“no comment”', '1,200', 'jobs', 'Лондон', 'قال', '東京', '🚀', 'per cent'];
const sentenceArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 }).map((words) => `${words.join(' ')}.`);
const vocabularyText = fc.array(sentenceArb, { minLength: 0, maxLength: 6 }).map((sentences) => sentences.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 120 }), vocabularyText);
const documentsArb = fc.array(anyText, { minLength: 2, maxLength: 3 });
const vocabularyDocs = fc.array(vocabularyText, { minLength: 2, maxLength: 3 });

function checkOffsets(texts: string[], report: ComparisonReport): void {
  for (const [d, document] of report.documents.entries()) {
    const length = texts[d]!.length;
    for (const sentence of document.sentences) {
      expect(0 <= sentence.start && sentence.start <= sentence.end && sentence.end <= length).toBe(true);
    }
  }
  for (const match of report.matches) {
    expect(match.sides[0].document).toBeLessThan(match.sides[1].document);
    for (const side of match.sides) {
      const text = texts[side.document]!;
      const sentences = report.documents[side.document]!.sentences;
      const first = sentences[side.sentences[0]!]!;
      const last = sentences[side.sentences[side.sentences.length - 1]!]!;
      for (const [start, end] of side.spans) {
        expect(first.start <= start && start < end && end <= last.end).toBe(true);
        expect(text.slice(start, end).trim()).toBe(text.slice(start, end));
      }
    }
    for (const step of match.diff) {
      for (const [range, text] of [
        [step.a, texts[match.sides[0].document]!],
        [step.b, texts[match.sides[1].document]!],
      ] as const) {
        if (range) expect(0 <= range[0] && range[0] < range[1] && range[1] <= text.length).toBe(true);
      }
    }
  }
}

/** The matches as document-order-free facts: which sentences of which texts, and the kind. */
function matchFacts(report: ComparisonReport, order: number[]): string[] {
  return report.matches
    .map((match) => {
      const sides = match.sides.map((side) => `${order[side.document]}:${side.sentences.join(',')}`).sort();
      return `${sides.join('|')}=${match.kind}`;
    })
    .sort();
}

describe('compare properties', () => {
  test('never throws; offsets stay in range and slice the caller text', () => {
    fc.assert(
      fc.property(documentsArb, (texts) => {
        const report = compare(texts.map((text) => ({ text })));
        checkOffsets(texts, report);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  test('deterministic: the same input gives byte-identical JSON', () => {
    fc.assert(
      fc.property(fc.oneof(documentsArb, vocabularyDocs), (texts) => {
        const documents = texts.map((text) => ({ text }));
        expect(JSON.stringify(compare(documents))).toBe(JSON.stringify(compare(documents)));
      }),
      { numRuns: 80 },
    );
  }, 60_000);

  test('symmetric: any order of the documents finds the same matches', () => {
    fc.assert(
      fc.property(vocabularyDocs, (texts) => {
        const forward = compare(texts.map((text) => ({ text })));
        const reversedOrder = texts.map((_, i) => texts.length - 1 - i);
        const backward = compare(reversedOrder.map((i) => ({ text: texts[i]! })));
        expect(matchFacts(backward, reversedOrder)).toEqual(matchFacts(forward, texts.map((_, i) => i)));
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  test('stats add up and every reused sentence points at its matches', () => {
    fc.assert(
      fc.property(vocabularyDocs, (texts) => {
        const report = compare(texts.map((text) => ({ text })));
        for (const [d, document] of report.documents.entries()) {
          const { stats } = document;
          expect(stats.reusedSentences + stats.addedSentences).toBe(stats.sentences);
          expect(Object.values(stats.byKind).reduce((x, y) => x + y, 0)).toBe(stats.reusedSentences);
          expect(stats.reusedShare >= 0 && stats.reusedShare <= 1).toBe(true);
          for (const sentence of document.sentences) {
            expect(sentence.status === 'reused').toBe(sentence.matchIds.length > 0);
            for (const id of sentence.matchIds) {
              expect(report.matches[id]!.sides.some((side) => side.document === d && side.sentences.includes(sentence.index))).toBe(true);
            }
          }
        }
      }),
      { numRuns: 80 },
    );
  }, 60_000);
});
