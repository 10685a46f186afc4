import { describe, expect, test } from 'vitest';
import { wantsProgress } from '../src/commands/comparison-run.js';
import { createCountProgress, createProgressLine, describeWork } from '../src/run/progress-line.js';

function streamOf(isTTY: boolean): { writes: string[]; write(text: string): void; isTTY: boolean } {
  const writes: string[] = [];
  return { writes, write: (text) => writes.push(text), isTTY };
}

describe('createProgressLine', () => {
  test('on a terminal: one line redrawn in place with the phase and the elapsed time, at most every 100 ms, cleared at the end', () => {
    let now = 0;
    const stream = streamOf(true);
    const line = createProgressLine(stream, () => now);
    line.start('comparing 2 articles');
    now = 50;
    line.update({ phase: 'analyse', done: 1, total: 2 }); // too soon after the last draw
    now = 150;
    line.update({ phase: 'match', done: 420, total: 1000 });
    now = 200;
    line.update({ phase: 'match', done: 990, total: 1000 });
    line.stop();
    line.update({ phase: 'match', done: 1000, total: 1000 }); // stopped: nothing more
    expect(stream.writes).toEqual(['\r\u001b[2Kcomparing 2 articles … 0.0 s', '\r\u001b[2Kcomparing 2 articles: matching 42% … 0.1 s', '\r\u001b[2K']);
  });
  test('elsewhere: a line when the work starts and one when it ends', () => {
    let now = 1000;
    const stream = streamOf(false);
    const line = createProgressLine(stream, () => now);
    line.start('comparing 1 of 2: Sun');
    now = 3500;
    line.start('comparing 2 of 2: Times');
    line.update({ phase: 'match', done: 1, total: 2 }); // not drawn off a terminal
    now = 4000;
    line.stop();
    line.stop();
    expect(stream.writes).toEqual([
      'wirediff: comparing 1 of 2: Sun …\n',
      'wirediff: comparing 1 of 2: Sun: done in 2.5 s\n',
      'wirediff: comparing 2 of 2: Times …\n',
      'wirediff: comparing 2 of 2: Times: done in 0.5 s\n',
    ]);
  });
});

describe('describeWork', () => {
  test.each([
    [['ab', 'c'], 'comparing 2 articles (3 characters)'],
    [['x'.repeat(25_000), 'y'.repeat(5_000)], 'comparing 2 articles (30 k characters)'],
    [['x'.repeat(5_200_000), ''], 'comparing 2 articles (5.2 M characters)'],
  ])('%#', (texts, expected) => expect(describeWork(texts)).toBe(expected));
});

describe('wantsProgress', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  test.each([
    ['text report on a terminal', 'auto', 'text', tty, tty, true],
    ['stdout piped', 'auto', 'text', pipe, tty, false],
    ['stderr redirected', 'auto', 'text', tty, pipe, false],
    ['JSON on a terminal', 'auto', 'json', tty, tty, false],
    ['HTML on a terminal', 'auto', 'html', tty, tty, false],
    ['--progress when piped', 'on', 'json', pipe, pipe, true],
    ['--no-progress on a terminal', 'off', 'text', tty, tty, false],
  ] as const)('%s', (_name, progress, format, stdout, stderr, expected) => {
    expect(wantsProgress({ progress, format }, { stdout, stderr })).toBe(expected);
  });
});

describe('createCountProgress', () => {
  test('on a terminal: count, bar, rate and ETA when the total is known, at most every 100 ms, cleared at the end', () => {
    let now = 0;
    const stream = streamOf(true);
    const bar = createCountProgress(stream, () => now);
    bar.start('adding', 1000);
    now = 2000;
    bar.update(250);
    now = 2050;
    bar.update(260); // too soon
    bar.stop();
    bar.update(300); // stopped
    expect(stream.writes).toEqual(['\r\u001b[2Kadding …', '\r\u001b[2Kadding 250/1,000  [#####---------------] 25%  125/s  ETA 6 s', '\r\u001b[2K']);
  });
  test('without a total: count and rate only; a fraction (bytes of a feed) gives the bar and ETA', () => {
    let now = 0;
    const stream = streamOf(true);
    const bar = createCountProgress(stream, () => now);
    bar.start('adding');
    now = 1000;
    bar.update(40);
    now = 2000;
    bar.update(80, 0.5);
    expect(stream.writes.slice(1)).toEqual(['\r\u001b[2Kadding 40  40/s', '\r\u001b[2Kadding 80  [##########----------] 50%  40/s  ETA 2 s']);
  });
  test('elsewhere: nothing at all', () => {
    const stream = streamOf(false);
    const bar = createCountProgress(stream, () => 0);
    bar.start('adding', 10);
    bar.update(5);
    bar.stop();
    expect(stream.writes).toEqual([]);
  });
});
