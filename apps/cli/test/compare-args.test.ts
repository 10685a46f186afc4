import { describe, expect, test } from 'vitest';
import { parseCompareArgs } from '../src/commands/compare.js';
import { UsageError } from '../src/usage-error.js';

describe('parseCompareArgs', () => {
  const valid: Array<[string[], Partial<ReturnType<typeof parseCompareArgs>>]> = [
    [['a.txt', 'b.txt'], { files: ['a.txt', 'b.txt'], json: false, outlets: ['a.txt', 'b.txt'] }],
    [['dir/a.txt', 'b.md', 'c.txt', '--json'], { json: true, outlets: ['a.txt', 'b.md', 'c.txt'] }],
    [['a', 'b', '--min-score', '0.6'], { minScore: 0.6 }],
    [['a', 'b', '--min-score=1'], { minScore: 1 }],
    [['a', 'b', '--outlet', 'PA,The Sun'], { outlets: ['PA', 'The Sun'] }],
    [['a', 'b', '--outlet', 'PA', '--outlet', 'Sun'], { outlets: ['PA', 'Sun'] }],
    [['--help'], { help: true }],
    [['-h', 'a'], { help: true }],
  ];
  test.each(valid)('%j', (args, expected) => expect(parseCompareArgs(args)).toMatchObject(expected));

  const invalid: Array<[string[], RegExp]> = [
    [[], /at least 2 files, got 0/u],
    [['a.txt'], /at least 2 files, got 1/u],
    [['a', 'b', '--min-score', '1.5'], /--min-score must be a number from 0 to 1, got '1.5'/u],
    [['a', 'b', '--min-score', 'high'], /--min-score must be a number from 0 to 1/u],
    [['a', 'b', '--min-score', ''], /--min-score must be a number from 0 to 1/u],
    [['a', 'b', '--min-score'], /--min-score/u],
    [['a', 'b', '--colour'], /Unknown option '--colour'/u],
    [['a', 'b', '--outlet', 'only-one'], /--outlet names 1 documents but 2 files/u],
    [['a', 'b', '--outlet', 'x,'], /--outlet names must not be empty/u],
  ];
  test.each(invalid)('%j is refused', (args, message) => {
    expect(() => parseCompareArgs(args)).toThrow(UsageError);
    expect(() => parseCompareArgs(args)).toThrow(message);
  });
});
