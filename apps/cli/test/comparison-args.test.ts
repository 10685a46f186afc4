import { describe, expect, test } from 'vitest';
import { parseComparisonArgs, type ComparisonArgs } from '../src/commands/comparison-args.js';
import { UsageError } from '../src/usage-error.js';

describe('parseComparisonArgs', () => {
  const valid: Array<[string[], Partial<ComparisonArgs>]> = [
    [['a.txt', 'b.txt'], { files: ['a.txt', 'b.txt'], format: 'text', outlets: [], publishedAt: [], feeds: [], progress: 'auto' }],
    [['a', 'b', '--json'], { format: 'json' }],
    [['a', 'b', '--format', 'csv'], { format: 'csv' }],
    [['a', 'b', '--format=html'], { format: 'html' }],
    [['a', 'b', '--json', '--format', 'json'], { format: 'json' }],
    [['a', 'b', '--min-score', '0.6'], { minScore: 0.6 }],
    [['a', 'b', '--min-score=1'], { minScore: 1 }],
    [['a', 'b', '--outlet', 'Reuters, London', '--outlet', 'The Sun'], { outlets: ['Reuters, London', 'The Sun'] }],
    [['a', 'b', '--outlet', '-Dash-', '--outlet', 'B'], { outlets: ['-Dash-', 'B'] }],
    [['a', 'b', '--published-at', '2024-03-01T07:05Z', '--published-at', ''], { publishedAt: ['2024-03-01T07:05Z', ''] }],
    [['a', '--feed', 'f.jsonl'], { files: ['a'], feeds: ['f.jsonl'] }],
    [['--feed', '-'], { files: [], feeds: ['-'] }],
    [['-', 'b'], { files: ['-', 'b'] }],
    [['a', 'b', '--fail-above', '0.3'], { failAbove: 0.3 }],
    [['a', 'b', '--fail-above', '30%'], { failAbove: 0.3 }],
    [['a', 'b', '--fail-above', '0'], { failAbove: 0 }],
    [['a', 'b', '--progress'], { progress: 'on' }],
    [['a', 'b', '--no-progress'], { progress: 'off' }],
    [['--help'], { help: true }],
    [['-h', 'a'], { help: true }],
  ];
  test.each(valid)('%j', (args, expected) => expect(parseComparisonArgs(args)).toMatchObject(expected));

  const invalid: Array<[string[], RegExp]> = [
    [['a', 'b', '--min-score', '1.5'], /^--min-score must be a number from 0 to 1, got '1\.5'$/u],
    [['a', 'b', '--min-score', '-1'], /^--min-score must be a number from 0 to 1, got '-1'$/u],
    [['a', 'b', '--min-score', 'high'], /--min-score must be a number from 0 to 1/u],
    [['a', 'b', '--min-score', ''], /--min-score must be a number from 0 to 1/u],
    [['a', 'b', '--min-score'], /--min-score/u],
    [['a', 'b', '--colour'], /Unknown option '--colour'/u],
    [['a', 'b', '--format', 'xml'], /--format must be one of text, json, csv, html, got 'xml'/u],
    [['a', 'b', '--json', '--format', 'csv'], /--json and --format csv ask for two formats/u],
    [['a', 'b', '--outlet', 'PA,Sun'], /--outlet was given 1 time for 2 files; give it once per file, in file order \(a value may contain commas\)/u],
    [['a', 'b', '--outlet', 'x', '--outlet', ' '], /--outlet names must not be empty/u],
    [['a', 'b', '--published-at', 'yesterday', '--published-at', ''], /--published-at 'yesterday' is not a date; use ISO 8601/u],
    [['a', 'b', '--published-at', '2024-01-01'], /--published-at was given 1 time for 2 files/u],
    [['a', 'b', '--fail-above', '2'], /--fail-above must be a share from 0 to 1 \(or 0% to 100%\), got '2'/u],
    [['a', 'b', '--fail-above', '-0.1'], /--fail-above must be a share from 0 to 1/u],
    [['a', 'b', '--fail-above', '120%'], /--fail-above must be a share/u],
    [['a', 'b', '--progress', '--no-progress'], /contradict each other/u],
    [['-', '--feed', '-'], /standard input \('-'\) can be read only once, but was named 2 times/u],
  ];
  test.each(invalid)('%j is refused in one line', (args, message) => {
    expect(() => parseComparisonArgs(args)).toThrow(UsageError);
    expect(() => parseComparisonArgs(args)).toThrow(message);
    try {
      parseComparisonArgs(args);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });
});
