import { EventEmitter } from 'node:events';
import { ApiError } from '../errors.js';
import type { ClientConnection } from '../http/node-request.js';
import type { WorkerFailure, WorkerReply, WorkerResult, WorkerTask } from './compare-task.js';
import type { CostModel } from './cost-model.js';
import type { WorkerPool } from './worker-pool.js';

/** Options of `createWorkQueue`. */
export interface WorkQueueOptions {
  pool: WorkerPool;
  costModel: CostModel;
  /** Admit while the work already admitted is expected to take at most this long per worker. */
  queueSeconds: number;
  /** Each request's time budget in ms, counted from its admission (its queue time included). */
  timeBudgetMs: number;
  /** Past the budget, how long a running task may still take before its worker is terminated (default: half the budget, at least 1 s). */
  graceMs?: number;
  /**
   * A running task whose client went away is stopped (its worker terminated and replaced) when
   * more than this much of its estimated work is left; shorter ones finish, since starting a
   * worker again costs more than that (default 500 ms).
   */
  abandonAfterMs?: number;
  /** Milliseconds clock. */
  now?: () => number;
}

/** The queue's state, for /v1/health: read from counters, never from the workers. */
export interface WorkQueueStats {
  workers: number;
  /** Tasks on a worker now. */
  running: number;
  /** Tasks waiting for a worker. */
  waiting: number;
  /** Requests admitted and not finished: running, waiting, or between two steps. */
  admitted: number;
  /** Estimated milliseconds of work the admitted requests still hold. */
  workMs: number;
  /** Estimated wait before a request admitted now would start. */
  expectedWaitMs: number;
  /** The admission limit on that wait (`queueSeconds`). */
  limitMs: number;
}

/** One admitted request: its share of the queue's work from admission until `release`. */
export interface Admission {
  /** Epoch ms at which the request's time budget runs out. */
  readonly deadline: number;
  /** Estimated milliseconds of work. */
  readonly costMs: number;
  /** Set the estimate again once the real size is known (after reading a chunked body, after extracting files). */
  resize(costMs: number): void;
  /**
   * Wait for a worker and run `task` on it. A request's second task goes before requests
   * admitted after it. Rejects with a 503 if the budget ran out in the queue, a 422 if its worker
   * overran the budget and was stopped, and an ApiError for every failure the worker reported.
   */
  run(task: WorkerTask): Promise<WorkerResult>;
  /** Give the admitted work back (idempotent); every admission must end here. */
  release(): void;
}

/** Admits requests by their estimated work and runs their tasks on the worker pool, first come first served. */
export interface WorkQueue {
  /**
   * Admit a request of `costMs` estimated work, or throw 503 `server-busy` with `Retry-After`
   * (the queue's expected drain time) when the work already admitted would keep it waiting
   * longer than `queueSeconds`. When `client` goes away, the request's waiting task leaves the
   * queue and a long running one is stopped.
   */
  admit(costMs: number, client?: ClientConnection): Admission;
  stats(): WorkQueueStats;
  /** Refuse new work, fail waiting tasks with 503 and stop the workers. */
  close(): Promise<void>;
}

interface Entry {
  costMs: number;
  deadline: number;
  client: ClientConnection | undefined;
  released: boolean;
  /** Set while one of its tasks runs. */
  startedAt: number | null;
  /** Emits 'abort' to stop the running task (piscina takes an emitter as its signal; it costs less than an AbortController). */
  stop: EventEmitter | null;
  /** Whether a task of it has run (its next one skips the line). */
  hasRun: boolean;
}

interface Waiting {
  entry: Entry;
  task: WorkerTask;
  resolve: (reply: WorkerResult) => void;
  reject: (error: unknown) => void;
  /** Stops listening for the client leaving while it waits. */
  stopListening?: (() => void) | undefined;
}

/** Rejection of work whose client went away; nobody reads it, but it must not look like a server fault. */
export class ClientGoneError extends Error {
  constructor() {
    super('The client went away before its request was answered.');
    this.name = 'ClientGoneError';
  }
}

// compare's misuse messages name the option, e.g. "compare: options.language must be ...".
const OPTION_FIELD = /options\.(\w+)/;

function toError(failure: WorkerFailure): Error {
  if (failure.problem !== undefined) {
    return new ApiError(failure.problem.kind, failure.message, failure.problem.errors === undefined ? {} : { errors: failure.problem.errors });
  }
  // compare() throws TypeError/RangeError only on misuse (bad options): the client's fault.
  if (failure.name === 'TypeError' || failure.name === 'RangeError') {
    const field = OPTION_FIELD.exec(failure.message)?.[1];
    return new ApiError('validation', failure.message, { errors: [{ path: field === undefined ? '/options' : `/options/${field}`, message: failure.message }] });
  }
  return new Error(`worker task failed: ${failure.name}: ${failure.message}`);
}

function overran(task: WorkerTask, budgetMs: number): ApiError {
  if (task.kind === 'archive-dedup') return new ApiError('comparison-timeout', `The dedup did not finish within the time budget of ${budgetMs} ms; ask for a shorter window (since, until) or verify=none.`);
  if (task.kind === 'archive-sources') return new ApiError('comparison-timeout', `The source search did not finish within the time budget of ${budgetMs} ms; send a shorter article or a smaller verify.`);
  return task.kind === 'compare-body' || task.kind === 'compare-documents'
    ? new ApiError('comparison-timeout', `The comparison did not finish within its time budget of ${budgetMs} ms; send shorter documents.`)
    : new ApiError('unreadable-file', `The input could not be read within the time budget of ${budgetMs} ms.`);
}

/**
 * The server's admission control and scheduler: each request is admitted against the work
 * already admitted (estimated from input sizes by the cost model), which bounds both the wait
 * of every admitted request and the memory the waiting inputs hold; its tasks then run on the
 * pool in arrival order, at most one per worker, so the queue knows what runs, since when, and
 * can drop what waits for a client that left.
 * @example const queue = createWorkQueue({ pool, costModel, queueSeconds: 5, timeBudgetMs: 20_000 }); const admission = queue.admit(3)
 */
export function createWorkQueue(options: WorkQueueOptions): WorkQueue {
  const { pool, costModel } = options;
  const now = options.now ?? Date.now;
  const workers = pool.size;
  const limitMs = options.queueSeconds * 1000;
  const graceMs = options.graceMs ?? Math.max(1000, options.timeBudgetMs / 2);
  const abandonAfterMs = options.abandonAfterMs ?? 500;
  const entries = new Set<Entry>();
  const waiting: Waiting[] = [];
  let running = 0;
  let closed = false;

  const remainingMs = (entry: Entry, time: number): number => (entry.startedAt === null ? entry.costMs : Math.max(0, entry.costMs - (time - entry.startedAt)));
  const workMs = (time: number): number => {
    let total = 0;
    for (const entry of entries) total += remainingMs(entry, time);
    return total;
  };
  const busy = (detail: string, waitMs: number): ApiError =>
    new ApiError('server-busy', detail, { headers: { 'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))) } });

  const release = (entry: Entry): void => {
    if (entry.released) return;
    entry.released = true;
    entries.delete(entry);
  };

  const settle = (item: Waiting, reply: WorkerReply | null, error: unknown): void => {
    if (reply === null) item.reject(error);
    else if (reply.kind === 'failure') item.reject(toError(reply));
    else {
      if ('engineMs' in reply && reply.kind !== 'calibration') costModel.observe(reply.characters, reply.engineMs);
      item.resolve(reply);
    }
  };

  const start = (item: Waiting): void => {
    const { entry, task } = item;
    item.stopListening?.();
    const time = now();
    if (time >= entry.deadline) {
      item.reject(busy(`The request waited its whole time budget of ${options.timeBudgetMs} ms for a worker; try again later.`, workMs(time) / workers));
      return;
    }
    running++;
    entry.startedAt = time;
    entry.hasRun = true;
    const stop = new EventEmitter();
    entry.stop = stop;
    let timedOut = false;
    let gone = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop.emit('abort');
    }, entry.deadline + graceMs - time);
    const stopListening = entry.client?.onGone(() => {
      gone = true;
      if (remainingMs(entry, now()) > abandonAfterMs) stop.emit('abort');
    });
    pool.run(task, stop).then(
      (reply) => finish(reply, null),
      (error: unknown) => finish(null, timedOut ? overran(task, options.timeBudgetMs) : gone ? new ClientGoneError() : closed ? busy('The server is shutting down.', 1000) : toPoolError(error)),
    );
    function finish(reply: WorkerReply | null, error: unknown): void {
      clearTimeout(timer);
      stopListening?.();
      running--;
      entry.startedAt = null;
      entry.stop = null;
      // The work is done: it no longer delays anyone, even before the route releases it.
      entry.costMs = 0;
      settle(item, reply, error);
      dispatch();
    }
  };

  const dispatch = (): void => {
    while (running < workers && waiting.length > 0) start(waiting.shift()!);
  };

  const admit = (costMs: number, client?: ClientConnection): Admission => {
    if (closed) throw busy('The server is shutting down.', 1000);
    const time = now();
    const waitMs = workMs(time) / workers;
    // An idle server admits anything (else one comparison larger than the limit could never run).
    if (entries.size > 0 && waitMs > limitMs) {
      throw busy(`The server has about ${(waitMs / 1000).toFixed(1)} s of work queued per worker (the limit is ${options.queueSeconds} s); try again after Retry-After.`, waitMs);
    }
    const entry: Entry = { costMs, deadline: time + options.timeBudgetMs, client, released: false, startedAt: null, stop: null, hasRun: false };
    entries.add(entry);
    return {
      deadline: entry.deadline,
      get costMs() {
        return entry.costMs;
      },
      resize(newCostMs) {
        // Its own size never changes its own wait, only the wait of those admitted after it.
        if (!entry.released) entry.costMs = newCostMs;
      },
      run(task) {
        if (entry.released) return Promise.reject(new Error('WorkQueue: run() after release()'));
        if (closed) return Promise.reject(busy('The server is shutting down.', 1000));
        if (client?.gone) return Promise.reject(new ClientGoneError());
        return new Promise<WorkerResult>((resolve, reject) => {
          const item: Waiting = { entry, task, resolve, reject };
          if (entry.hasRun) waiting.unshift(item);
          else waiting.push(item);
          item.stopListening = client?.onGone(() => {
            const index = waiting.indexOf(item);
            if (index < 0) return;
            waiting.splice(index, 1);
            reject(new ClientGoneError());
          });
          dispatch();
        });
      },
      release: () => release(entry),
    };
  };

  return {
    admit,
    stats() {
      const time = now();
      const work = workMs(time);
      return { workers, running, waiting: waiting.length, admitted: entries.size, workMs: work, expectedWaitMs: work / workers, limitMs };
    },
    async close() {
      closed = true;
      for (const item of waiting.splice(0)) item.reject(busy('The server is shutting down.', 1000));
      for (const entry of entries) entry.stop?.emit('abort');
      await pool.close();
    },
  };
}

/**
 * Learn this machine's speed: one calibration comparison on each worker, through the queue like
 * any request, and the cost model set from their times. The server runs it at start, so the
 * first burst is admitted by this machine's speed, not by the constants' machine.
 * @example await calibrateCostModel(queue, costModel)
 */
export async function calibrateCostModel(queue: WorkQueue, costModel: CostModel): Promise<void> {
  const workers = queue.stats().workers;
  const samples = await Promise.all(
    Array.from({ length: workers }, async () => {
      const admission = queue.admit(costModel.estimateMs(40_000));
      try {
        const reply = await admission.run({ kind: 'calibrate' });
        return reply.kind === 'calibration' ? [{ characters: reply.characters, engineMs: reply.engineMs }] : [];
      } finally {
        admission.release();
      }
    }),
  );
  costModel.calibrate(samples.flat());
}

function toPoolError(error: unknown): Error {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return new ApiError('too-large', 'The documents are too large to compare within the memory limit.');
  return error instanceof Error ? error : new Error(String(error));
}
