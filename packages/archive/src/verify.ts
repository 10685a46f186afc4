import type { compare } from '@wirediff/match';
import type { VerificationQueue, VerificationResult, VerificationTask } from './store/archive-store.js';

/** The comparison engine: `compare` from @wirediff/match, or anything with its signature. */
export type CompareFunction = typeof compare;

/**
 * compare()'s reused share of each side of a pair.
 * @example verifyTask(compare, { a: 1, b: 2, textA, textB }) // { a: 1, b: 2, shareA: 0.8, shareB: 0.4 }
 */
export function verifyTask(compareFn: CompareFunction, task: VerificationTask): VerificationResult {
  const report = compareFn([{ text: task.textA }, { text: task.textB }]);
  return { a: task.a, b: task.b, shareA: report.documents[0]!.stats.reusedShare, shareB: report.documents[1]!.stats.reusedShare };
}

/** Options of `runVerificationWorker`. */
export interface VerificationWorkerOptions {
  queue: VerificationQueue;
  compare: CompareFunction;
  /** Work on this run only (default: any run). */
  run?: number;
  /** Stop once no batch is free (default true); false keeps polling until `signal` aborts. */
  stopWhenIdle?: boolean;
  /** Polling interval when idle and not stopping (default 500 ms). */
  pollMs?: number;
  signal?: AbortSignal;
  /** Called after each finished batch. */
  onBatch?: (info: { run: number; batch: number; pairs: number }) => void;
}

/**
 * One verification worker: claims a batch from the queue, runs `compare()` on its pairs,
 * writes the results with the batch's completion in one transaction, and repeats. Start as
 * many as there are cores, in as many processes or machines as reach the database.
 * @example await runVerificationWorker({ queue: store.queue!, compare })
 */
export async function runVerificationWorker(options: VerificationWorkerOptions): Promise<{ batches: number; pairs: number }> {
  const { queue, signal } = options;
  const stopWhenIdle = options.stopWhenIdle ?? true;
  let batches = 0;
  let pairs = 0;
  const stopped = (): boolean => signal?.aborted === true;
  while (!stopped()) {
    const batch = await queue.claim(options.run);
    if (batch === null) {
      if (stopWhenIdle) break;
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
      continue;
    }
    if (stopped()) {
      await batch.release();
      break;
    }
    const results = batch.tasks.map((task) => verifyTask(options.compare, task));
    await batch.complete(results);
    batches += 1;
    pairs += results.length;
    options.onBatch?.({ run: batch.run, batch: batch.batch, pairs: results.length });
  }
  return { batches, pairs };
}
