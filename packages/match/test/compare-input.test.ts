import { describe, expect, test } from 'vitest';
import { compare, REUSE_THRESHOLD } from '../src/index.js';

describe('compare input validation', () => {
  const misuse: Array<{ name: string; call: () => unknown; error: typeof TypeError | typeof RangeError; message: string }> = [
    { name: 'documents not an array', call: () => compare('text' as never), error: TypeError, message: 'compare: documents must be an array' },
    { name: 'a document that is null', call: () => compare([{ text: 'a' }, null as never]), error: TypeError, message: 'compare: documents[1].text must be a string' },
    { name: 'a document without text', call: () => compare([{ title: 'x' } as never]), error: TypeError, message: 'compare: documents[0].text must be a string' },
    { name: 'text that is a number', call: () => compare([{ text: 42 as never }]), error: TypeError, message: 'compare: documents[0].text must be a string' },
    { name: 'id that is a number', call: () => compare([{ text: 'a', id: 7 as never }]), error: TypeError, message: 'compare: documents[0].id must be a string when given' },
    { name: 'options not an object', call: () => compare([], 'fast' as never), error: TypeError, message: 'compare: options must be an object when given' },
    { name: 'minScore a string', call: () => compare([], { minScore: '0.5' as never }), error: TypeError, message: 'compare: options.minScore must be a number' },
    { name: 'minScore above 1', call: () => compare([], { minScore: 1.5 }), error: RangeError, message: 'compare: options.minScore must be between 0 and 1' },
    { name: 'minScore NaN', call: () => compare([], { minScore: Number.NaN }), error: RangeError, message: 'compare: options.minScore must be between 0 and 1' },
    { name: 'minScore negative', call: () => compare([], { minScore: -0.1 }), error: RangeError, message: 'compare: options.minScore must be between 0 and 1' },
    { name: 'language a number', call: () => compare([], { language: 7 as never }), error: TypeError, message: "compare: options.language must be a string such as 'en' or 'auto'" },
    { name: 'language blank', call: () => compare([], { language: ' ' }), error: RangeError, message: "compare: options.language must be 'auto' or a language code such as 'en' or 'pt-BR'" },
    { name: 'language a sentence', call: () => compare([], { language: 'not a language' }), error: RangeError, message: "compare: options.language must be 'auto' or a language code such as 'en' or 'pt-BR'" },
    { name: 'timeBudgetMs negative', call: () => compare([], { timeBudgetMs: -1 }), error: RangeError, message: 'compare: options.timeBudgetMs must be a finite number >= 0' },
    { name: 'timeBudgetMs infinite', call: () => compare([], { timeBudgetMs: Infinity }), error: RangeError, message: 'compare: options.timeBudgetMs must be a finite number >= 0' },
  ];
  test.each(misuse)('$name throws $error.name with an exact message', ({ call, error, message }) => {
    expect(call).toThrow(error);
    expect(call).toThrow(message);
  });

  test('options resolve to their defaults and are echoed in the report', () => {
    expect(compare([]).options).toEqual({ minScore: REUSE_THRESHOLD, language: 'auto', timeBudgetMs: 0 });
    expect(compare([], { minScore: 0.8, language: 'en', timeBudgetMs: 100 }).options).toEqual({ minScore: 0.8, language: 'en', timeBudgetMs: 100 });
    expect(compare([], { language: 'pt-BR' }).options.language).toBe('pt-BR');
  });

  test('empty and blank documents give an empty report, with default ids and metadata kept', () => {
    const report = compare([{ text: '' }, { text: '  \n\t \n' }, { text: '', id: 'mine', title: 'T', outlet: 'O', publishedAt: '2024-01-01' }]);
    expect(report).toEqual({
      schemaVersion: 1,
      documents: [
        { id: 'doc-1', sentences: [], stats: emptyStats() },
        { id: 'doc-2', sentences: [], stats: emptyStats() },
        { id: 'mine', title: 'T', outlet: 'O', publishedAt: '2024-01-01', sentences: [], stats: emptyStats() },
      ],
      matches: [],
      clusters: [],
      options: { minScore: REUSE_THRESHOLD, language: 'auto', timeBudgetMs: 0 },
    });
  });

  test('a single document is analysed but has nothing to match', () => {
    const report = compare([{ text: 'Police closed the road. Two people were hurt.' }]);
    expect(report.documents[0]!.sentences.map((s) => s.status)).toEqual(['added', 'added']);
    expect(report.matches).toEqual([]);
  });
});

function emptyStats() {
  return {
    sentences: 0,
    reusedSentences: 0,
    addedSentences: 0,
    characters: 0,
    reusedCharacters: 0,
    reusedShare: 0,
    byKind: { verbatim: 0, edited: 0, paraphrase: 0, partial: 0 },
  };
}
