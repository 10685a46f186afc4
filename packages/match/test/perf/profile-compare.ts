// Quick speed check of compare on METER text (not a test, not the benchmark suite):
//   npx tsx --conditions=@wirediff/source packages/match/test/perf/profile-compare.ts small|scale|rss1mb
// small: two ~5 KB articles, median of 300 runs. scale: 100 KB and 1 MB per side (wire copy vs
// the newspapers' versions, files concatenated in path order), median time, and the ratio to
// one regex word-tokenising pass over both inputs. rss1mb: one 1 MB run, peak RSS.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../src/index.js';
import { SHARED } from '../helpers/shared-data.js';

const METER = join(SHARED, 'datasets/meter');
const cp1252 = new TextDecoder('windows-1252');
const WORD = /[\p{L}\p{N}]+/gu;

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.txt')) out.push(path);
  }
  return out;
}

function concatUpTo(files: string[], chars: number): string {
  let text = '';
  for (const file of files) {
    text += `${cp1252.decode(readFileSync(file))}\n\n`;
    if (text.length >= chars) break;
  }
  return text.slice(0, chars);
}

function regexPass(a: string, b: string): number {
  return (a.match(WORD)?.length ?? 0) + (b.match(WORD)?.length ?? 0);
}

function medianMs(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)]!;
}

const wireFiles = walk(join(METER, 'PA/rawtexts'), []);
const paperFiles = walk(join(METER, 'newspapers/rawtexts'), []);
const mode = process.argv[2] ?? 'small';

if (mode === 'small') {
  const a = concatUpTo(wireFiles.slice(0, 40), 5_000);
  const b = concatUpTo(paperFiles.slice(0, 40), 5_000);
  const docs = [{ text: a }, { text: b }];
  for (let i = 0; i < 30; i++) compare(docs);
  const ms = medianMs(() => compare(docs), 300);
  const report = compare(docs);
  console.log(`5 KB vs 5 KB: median ${ms.toFixed(2)} ms over 300 runs; ${report.matches.length} matches`);
} else if (mode === 'scale') {
  const results: number[] = [];
  for (const size of [100_000, 1_000_000]) {
    const a = concatUpTo(wireFiles, size);
    const b = concatUpTo(paperFiles, size);
    compare([{ text: a.slice(0, 20_000) }, { text: b.slice(0, 20_000) }]);
    const runs = size > 500_000 ? 3 : 7;
    const ms = medianMs(() => compare([{ text: a }, { text: b }]), runs);
    const regex = medianMs(() => regexPass(a, b), 7);
    results.push(ms);
    console.log(`${size / 1000} KB vs ${size / 1000} KB: compare median ${ms.toFixed(0)} ms (${runs} runs), regex pass ${regex.toFixed(1)} ms, ratio ${(ms / regex).toFixed(1)}x`);
  }
  console.log(`1 MB / 100 KB time ratio: ${(results[1]! / results[0]!).toFixed(1)}x`);
} else if (mode === 'rss1mb') {
  const a = concatUpTo(wireFiles, 1_000_000);
  const b = concatUpTo(paperFiles, 1_000_000);
  const start = performance.now();
  const report = compare([{ text: a }, { text: b }]);
  const ms = performance.now() - start;
  console.log(`1 MB vs 1 MB once: ${ms.toFixed(0)} ms, ${report.matches.length} matches, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
