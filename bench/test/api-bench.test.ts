import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig, startServer } from '@wirediff/api';
import { describe, expect, test } from 'vitest';
import { runBurst } from '../src/api/burst.js';
import { fitPowerLaw } from '../src/api/engine-ceiling.js';
import { percentile } from '../src/api/http-client.js';
import { cpuBetween, cpuMsFromStat, type ServerProcess } from '../src/api/server-process.js';

describe('bench:api harness pieces', () => {
  const stats: Array<[string, string, number]> = [
    ['plain command', '4242 (node) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 11 0', 3000],
    ['a command name with spaces and parentheses', '77 (node (worker) 2) R 1 77 77 0 -1 0 0 0 0 0 7 3 0 0', 100],
  ];
  test.each(stats)('cpuMsFromStat: %s', (_name, stat, ms) => expect(cpuMsFromStat(stat)).toBe(ms));

  test('cpuBetween splits the main thread from the others and counts only what was used between the readings', () => {
    const before = new Map([[10, 100], [11, 50]]);
    const after = new Map([[10, 160], [11, 80], [12, 5]]);
    expect(cpuBetween(before, after, 10)).toEqual({ mainMs: 60, otherMs: 35 });
  });

  const percentiles: Array<[number[], number, number]> = [
    [[1, 2, 3, 4], 50, 2],
    [[5, 1, 4, 2, 3], 100, 5],
    [[10], 99, 10],
    [[3, 1, 2], 0, 1],
  ];
  test.each(percentiles)('percentile(%j, %d) = %d', (values, p, expected) => expect(percentile(values, p)).toBe(expected));
  test('percentile of nothing is NaN', () => expect(percentile([], 50)).toBeNaN());

  test('fitPowerLaw recovers the constants of an exact power law', () => {
    const points = [10_000, 100_000, 1_000_000, 2_000_000].map((characters) => ({ characters, ms: 450 * (characters / 1e6) ** 1.12 }));
    const fit = fitPowerLaw(points);
    expect(fit.msPerMillionChars).toBeCloseTo(450, 6);
    expect(fit.exponent).toBeCloseTo(1.12, 9);
  });
});

describe('the burst scenario', () => {
  test('every client gets an answer (200 or 503), health is polled throughout, memory is read', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wirediff-bench-burst-'));
    const server = await startServer(
      readConfig({ PORT: '0', WIREDIFF_DATA_DIR: dataDir, WIREDIFF_WEB_DIR: 'none', WIREDIFF_WORKERS: '1', WIREDIFF_QUEUE_SECONDS: '0.05', WIREDIFF_RATE_LIMIT_PER_MINUTE: '0' }),
    );
    try {
      const sentence = 'Officials from both countries met in Geneva on Monday to discuss a new trade agreement. ';
      const body = Buffer.from(JSON.stringify({ documents: [{ text: sentence.repeat(400) }, { text: sentence.repeat(300) }] }));
      // This process stands in for the server process: the harness reads its memory from /proc.
      const inProcess: ServerProcess = { url: server.url, pid: process.pid, memory: () => ({ rssMb: process.memoryUsage().rss / 2 ** 20, peakMb: 0 }), threadCpuMs: () => new Map(), stop: async () => {} };
      const burst = await runBurst(inProcess, { clients: 6, body });
      expect(burst.errors).toBe(0);
      expect(burst.answers).toHaveLength(6);
      expect(Object.keys(burst.statuses).every((status) => status === '200' || status === '503')).toBe(true);
      expect(burst.statuses['200']).toBeGreaterThanOrEqual(1);
      expect(burst.health.latenciesMs.length).toBeGreaterThan(0);
      expect(burst.health.failures).toBe(0);
      expect(burst.slowestAnswerMs).toBe(Math.max(...burst.answers.map((answer) => answer.ms)));
      expect(burst.peakRssMb).toBeGreaterThan(0);
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
