import { compare } from '@wirediff/match';
import { measureTime } from '../speed/measure-time.js';
import type { SizedPair } from '../data/index.js';

/** What the engine alone does with one pair, in this process. */
export interface EngineCeiling {
  /** Median ms of `compare` + `JSON.stringify` of the report (what a worker does per request). */
  medianMs: number;
  /** CPU ms per comparison (user + system), the figure throughput on busy cores follows. */
  cpuMs: number;
  /** cores × 1000 / median: requests/s the engine alone allows on every core. */
  requestsPerSecond: number;
}

/**
 * The in-process ceiling the server is measured against: the same pair compared and serialised
 * `runs` times after `warmup` runs.
 * @example measureEngineCeiling(pair, { cores: 2, warmup: 50, runs: 200 }).requestsPerSecond
 */
export function measureEngineCeiling(pair: SizedPair, options: { cores: number; warmup: number; runs: number }): EngineCeiling {
  const documents = [{ text: pair.wire }, { text: pair.newspaper }];
  const cpuBefore = process.cpuUsage();
  const sample = measureTime(() => JSON.stringify(compare(documents, {})), { warmup: options.warmup, runs: options.runs, collectGarbage: false });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000 / (options.warmup + options.runs);
  return { medianMs: sample.medianMs, cpuMs, requestsPerSecond: (options.cores * 1000) / sample.medianMs };
}

/** The cost model's constants fitted to measured comparisons (see @wirediff/api's createCostModel). */
export interface CostFit {
  /** ms for one million characters in all. */
  msPerMillionChars: number;
  exponent: number;
  /** The measurements the fit came from. */
  points: Array<{ characters: number; ms: number }>;
}

/**
 * Least squares on log(ms) = log(scale) + exponent × log(characters / 1e6).
 * @example fitPowerLaw([{ characters: 1e6, ms: 500 }, { characters: 2e6, ms: 1000 }]) // { msPerMillionChars: 500, exponent: 1 }
 */
export function fitPowerLaw(points: ReadonlyArray<{ characters: number; ms: number }>): { msPerMillionChars: number; exponent: number } {
  const xs = points.map((p) => Math.log(p.characters / 1e6));
  const ys = points.map((p) => Math.log(p.ms));
  const n = points.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - meanX) * (ys[i]! - meanY);
    sxx += (xs[i]! - meanX) ** 2;
  }
  const exponent = sxx === 0 ? 1 : sxy / sxx;
  return { msPerMillionChars: Math.exp(meanY - exponent * meanX), exponent };
}

/**
 * Time the engine on pairs of several sizes and fit the cost model's constants to them.
 * @example fitCostModel([buildArticlePair({ bytes: 5000 }), buildSizedPair({ bytes: 1_000_000 })]).exponent // ~1.12
 */
export function fitCostModel(pairs: readonly SizedPair[]): CostFit {
  const points = pairs.map((pair) => {
    const documents = [{ text: pair.wire }, { text: pair.newspaper }];
    const characters = pair.wire.length + pair.newspaper.length;
    const runs = characters < 50_000 ? 30 : characters < 500_000 ? 5 : 2;
    return { characters, ms: measureTime(() => JSON.stringify(compare(documents, {})), { warmup: 1, runs }).medianMs };
  });
  return { ...fitPowerLaw(points), points };
}

/**
 * The engine alone on every core at once: `threads` worker threads comparing the pair in a
 * loop for `seconds`, no HTTP. What the machine allows in parallel (cores that share caches or
 * a host rarely give `threads` times one core), beside the cores × one-core ceiling the target
 * is set against. Runs the built bench (a worker thread needs JavaScript).
 * @example (await measureParallelEngine(pair, { threads: 2, seconds: 5 })).requestsPerSecond
 */
export async function measureParallelEngine(pair: SizedPair, options: { threads: number; seconds: number; warmup?: number }): Promise<{ requestsPerSecond: number }> {
  const { Worker } = await import('node:worker_threads');
  const flag = new SharedArrayBuffer(4);
  const shared = new Int32Array(flag);
  const workers = Array.from(
    { length: options.threads },
    () => new Worker(new URL('./engine-thread.js', import.meta.url), { workerData: { wire: pair.wire, newspaper: pair.newspaper, warmup: options.warmup ?? 50, flag } }),
  );
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('message', resolve))));
  const counts = workers.map((worker) => new Promise<number>((resolve) => worker.once('message', resolve)));
  const started = performance.now();
  Atomics.store(shared, 0, 1);
  Atomics.notify(shared, 0);
  await new Promise((resolve) => setTimeout(resolve, options.seconds * 1000));
  Atomics.store(shared, 0, 2);
  const total = (await Promise.all(counts)).reduce((a, b) => a + b, 0);
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all(workers.map((worker) => worker.terminate()));
  return { requestsPerSecond: total / elapsed };
}

/**
 * What the API's calibration pair costs the engine as a share of METER copy of the same size
 * (the cost model's `calibrationShare`): both timed in turns, the median of each.
 * @example measureCalibrationShare(calibrationPair(), buildSizedPair({ bytes: 20_000 })) // ~0.55
 */
export function measureCalibrationShare(calibration: readonly [string, string], meter: SizedPair, rounds = 5): number {
  const time = (a: string, b: string): number => measureTime(() => JSON.stringify(compare([{ text: a }, { text: b }], {})), { warmup: 2, runs: 10 }).medianMs;
  const shares: number[] = [];
  for (let round = 0; round < rounds; round++) shares.push(time(calibration[0], calibration[1]) / time(meter.wire, meter.newspaper));
  return [...shares].sort((x, y) => x - y)[shares.length >> 1]!;
}
