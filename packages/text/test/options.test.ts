import { describe, expect, test } from 'vitest';
import { analyzeDocument, normalize, segment, tokenize, type TokenizeOptions } from '../src/index.js';

describe('options', () => {
  test('language subtags and case are accepted', () => {
    const stems = (language: string): string[] => tokenize('talks began', { language }).map((t) => t.stem);
    expect(stems('en-GB')).toEqual(['talk', 'began']);
    expect(stems('EN')).toEqual(['talk', 'began']);
    expect(stems('auto')).toEqual(['talk', 'began']);
  });

  test('null options are treated as omitted', () => {
    expect(tokenize('talks', null as unknown as TokenizeOptions)).toHaveLength(1);
    expect(segment('Talks.', null as unknown as undefined).sentences).toHaveLength(1);
  });

  test.each([
    [() => tokenize('a', 'en' as unknown as TokenizeOptions), 'tokenize: options must be an object, got string'],
    [() => tokenize('a', { offset: '5' as unknown as number }), 'tokenize: options.offset must be a finite number, got 5'],
    [() => tokenize('a', { offset: Number.NaN }), 'tokenize: options.offset must be a finite number, got NaN'],
    [() => tokenize('a', { language: 7 as unknown as string }), 'tokenize: options.language must be a string, got number'],
    [() => analyzeDocument('a', { language: null as unknown as string }), 'analyzeDocument: options.language must be a string, got null'],
    [() => normalize('a', 1 as unknown as undefined), 'normalize: options must be an object, got number'],
  ])('misuse %#', (call, message) => {
    expect(call).toThrow(new TypeError(message));
  });
});
