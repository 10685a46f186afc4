import { performance } from 'node:perf_hooks';

/** Options for `measureTime`. */
export interface MeasureTimeOptions {
  /** Runs thrown away first (JIT, caches). */
  warmup: number;
  /** Runs measured. */
  runs: number;
  /** Collect garbage between runs when node runs with --expose-gc, so one run's garbage does not bill the next. */
  collectGarbage?: boolean;
}

/** Milliseconds per measured run, and their median. */
export interface TimeSample {
  medianMs: number;
  runsMs: number[];
}

/**
 * The middle value (mean of the middle two for an even count); NaN for none.
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Times a synchronous function: `warmup` runs discarded, then the median of `runs`.
 * @example measureTime(() => compare(docs), { warmup: 3, runs: 15 }).medianMs
 */
export function measureTime(fn: () => unknown, options: MeasureTimeOptions): TimeSample {
  const gc = options.collectGarbage === false ? undefined : (globalThis as { gc?: () => void }).gc;
  let sink: unknown;
  for (let i = 0; i < options.warmup; i++) sink = fn();
  const runsMs: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    gc?.();
    const start = performance.now();
    sink = fn();
    runsMs.push(performance.now() - start);
  }
  keep(sink);
  return { medianMs: median(runsMs), runsMs };
}

let kept: unknown;
/** Holds the last result so the optimiser cannot drop the measured call. */
function keep(value: unknown): void {
  kept = value;
  if (kept === Symbol.for('never')) throw new Error('unreachable');
}
