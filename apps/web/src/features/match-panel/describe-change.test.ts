import type { Change } from '@wirediff/match';
import { describe, expect, test } from 'vitest';
import { describeChange } from './describe-change.js';

describe('describeChange', () => {
  test.each<[Change, { head: string; parts: string[] }]>([
    [{ kind: 'number', summary: 'number changed: 25 -> 50 per cent' }, { head: 'number changed', parts: ['25', '50 per cent'] }],
    [{ kind: 'attribution', summary: 'attribution changed: Peskov said -> the Kremlin said' }, { head: 'attribution changed', parts: ['Peskov said', 'the Kremlin said'] }],
    [{ kind: 'added', summary: 'words added: according to the operator' }, { head: 'words added', parts: ['according to the operator'] }],
    [{ kind: 'date', summary: 'date changed: on Monday → on Tuesday' }, { head: 'date changed', parts: ['on Monday', 'on Tuesday'] }],
    [{ kind: 'reordered', summary: 'a clause moved to the end' }, { head: 'a clause moved to the end', parts: [] }],
    [{ kind: 'cut', from: 'on Monday', summary: '' }, { head: 'words cut', parts: ['on Monday'] }],
    [{ kind: 'name', from: 'Mr Smith', to: 'John Smith', summary: '  ' }, { head: 'name changed', parts: ['Mr Smith', 'John Smith'] }],
  ])('%o reads as %o', (change, words) => {
    expect(describeChange(change)).toEqual(words);
  });

  test('a summary without a head keeps its colon-free words whole', () => {
    expect(describeChange({ kind: 'quote', summary: 'the quote was shortened' })).toEqual({ head: 'the quote was shortened', parts: [] });
  });
});
