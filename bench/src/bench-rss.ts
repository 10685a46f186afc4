// Child process for the peak-memory figure: builds one sized pair, compares it once and prints
// one JSON line. Run by speed/peak-rss.ts; `node --expose-gc dist/bench-rss.js --bytes 1000000`.
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { compare } from '@wirediff/match';
import type { PeakRss } from './speed/peak-rss.js';
import { buildSizedPair, loadMeterStoriesFor } from './data/index.js';

const MB = 1024 * 1024;
const { values } = parseArgs({ options: { bytes: { type: 'string', default: '1000000' } } });
const bytes = Number(values.bytes);
const pair = buildSizedPair({ bytes, stories: loadMeterStoriesFor({ bytes }) });
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
const start = performance.now();
const report = compare([{ id: 'wire', text: pair.wire }, { id: 'newspaper', text: pair.newspaper }], { timeBudgetMs: 0 });
const compareMs = performance.now() - start;
// maxRSS is in kilobytes and covers the whole process lifetime, so it includes the peak inside compare.
const result: PeakRss = {
  bytes,
  rssBeforeMb: rssBefore / MB,
  maxRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
  compareMs,
  matches: report.matches.length,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
