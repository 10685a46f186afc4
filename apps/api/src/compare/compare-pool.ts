import { Worker } from 'node:worker_threads';
import { ApiError } from '../errors.js';
import type { ExtractedDocument } from '@wirediff/extract';
import type { CompareResult, CompareRunner, CompareTask, ExtractTask, WorkerReply, WorkerTask } from './compare-task.js';

/** Options of `createComparePool`. */
export interface ComparePoolOptions {
  /** Most worker threads (one comparison each at a time). */
  size: number;
  /** The engine's own budget; the pool stops a worker that overruns it by `graceMs`. */
  timeBudgetMs: number;
  /** Extra time past the budget before a worker is terminated (default: half the budget, at least 1 s). */
  graceMs?: number;
  /** Most tasks waiting for a worker before new ones get 503 (default 64 per worker). */
  maxQueued?: number;
  /** Heap limit of each worker in MB, so one huge comparison cannot take the server down (default 2048). */
  maxHeapMb?: number;
  /** Start every worker now rather than on first use, so the first requests do not wait for start-up. */
  prestart?: boolean;
}

interface Pending {
  task: WorkerTask;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
}

const SOURCE_FILE = /\.ts$/;
// compare's misuse messages name the option, e.g. "compare: options.language must be ...".
const OPTION_FIELD = /options\.(\w+)/;

/**
 * Where the worker's code is: the built `compare-worker.js` beside this file in production;
 * when this module runs from source (tests, tsx), the `.ts` file through tsx, resolving
 * workspace packages from source like the rest of the monorepo does.
 */
function resolveWorkerEntry(): { url: URL; execArgv: string[] } {
  if (!SOURCE_FILE.test(import.meta.url)) return { url: new URL('./compare-worker.js', import.meta.url), execArgv: [] };
  return { url: new URL('./compare-worker-source.mjs', import.meta.url), execArgv: ['--conditions=@wirediff/source'] };
}

/**
 * A pool of worker threads running comparisons and file extraction off the event loop, so the
 * server keeps answering while a large comparison or a heavy PDF is processed. Workers start on demand, are reused, and a worker
 * that overruns the time budget is terminated and replaced.
 * Written here (about 100 lines) instead of using piscina/tinypool because the pool must kill
 * one stuck task's worker on a deadline and map its failures to API errors.
 * @example const pool = createComparePool({ size: 2, timeBudgetMs: 20_000 }); await pool.run({ documents, options: {} })
 */
export function createComparePool(options: ComparePoolOptions): CompareRunner {
  const entry = resolveWorkerEntry();
  const graceMs = options.graceMs ?? Math.max(1000, options.timeBudgetMs / 2);
  const maxQueued = options.maxQueued ?? options.size * 64;
  const slots: Slot[] = [];
  const queue: Pending[] = [];
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(entry.url, {
      execArgv: entry.execArgv,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 2048 },
    });
    const slot: Slot = { worker, current: null, timer: null };
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.current;
      finish(slot);
      if (pending === null) return;
      if (reply.ok) pending.resolve(reply.result);
      else pending.reject(toApiError(reply));
      dispatch();
    });
    worker.on('error', (error: Error & { code?: string }) => {
      const pending = slot.current;
      remove(slot);
      if (pending !== null) {
        pending.reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ApiError('too-large', 'The documents are too large to compare within the memory limit.')
            : error,
        );
      }
      dispatch();
    });
    worker.on('exit', () => {
      const pending = slot.current;
      remove(slot);
      if (pending !== null) pending.reject(new Error('A comparison worker stopped unexpectedly'));
      dispatch();
    });
    slots.push(slot);
    return slot;
  };

  const finish = (slot: Slot): void => {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.current = null;
  };

  const remove = (slot: Slot): void => {
    finish(slot);
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
  };

  const dispatch = (): void => {
    while (!closed && queue.length > 0) {
      const slot = slots.find((candidate) => candidate.current === null) ?? (slots.length < options.size ? spawn() : undefined);
      if (slot === undefined) return;
      const pending = queue.shift()!;
      slot.current = pending;
      slot.timer = setTimeout(() => {
        remove(slot);
        void slot.worker.terminate();
        pending.reject(
          pending.task.kind === 'compare'
            ? new ApiError('comparison-timeout', `The comparison did not finish within its time budget of ${options.timeBudgetMs} ms; send shorter documents.`)
            : new ApiError('unreadable-file', `The file could not be read within ${options.timeBudgetMs} ms.`),
        );
        dispatch();
      }, options.timeBudgetMs + graceMs);
      // File bytes are copied, not transferred: the caller may still need them (a retry, an error message).
      slot.worker.postMessage(pending.task);
    }
  };

  if (options.prestart) while (slots.length < options.size) spawn();

  const submit = (task: WorkerTask): Promise<unknown> => {
    if (closed) return Promise.reject(new ApiError('busy', 'The server is shutting down.'));
    if (queue.length >= maxQueued) {
      return Promise.reject(new ApiError('busy', 'Too many tasks are waiting; try again shortly.', { headers: { 'Retry-After': '1' } }));
    }
    return new Promise((resolve, reject) => {
      queue.push({ task, resolve, reject });
      dispatch();
    });
  };

  return {
    async run(task: CompareTask): Promise<CompareResult> {
      // The server's budget caps what a client asks for; 0 ("no limit") means the server's budget.
      const asked = task.options.timeBudgetMs;
      const timeBudgetMs = asked === undefined || asked <= 0 ? options.timeBudgetMs : Math.min(asked, options.timeBudgetMs);
      return (await submit({ kind: 'compare', task: { ...task, options: { ...task.options, timeBudgetMs } } })) as CompareResult;
    },
    async extract(task: ExtractTask): Promise<ExtractedDocument> {
      return (await submit({ kind: 'extract', task })) as ExtractedDocument;
    },
    stats() {
      return { workers: slots.length, busy: slots.filter((slot) => slot.current !== null).length, queued: queue.length };
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new ApiError('busy', 'The server is shutting down.'));
      await Promise.all(slots.splice(0).map((slot) => {
        finish(slot);
        return slot.worker.terminate();
      }));
    },
  };
}

// compare() throws TypeError/RangeError only on misuse (bad options): the client's fault.
function toApiError(reply: Extract<WorkerReply, { ok: false }>): Error {
  if (reply.problem !== undefined) {
    return new ApiError(reply.problem.kind, reply.message, reply.problem.errors === undefined ? {} : { errors: reply.problem.errors });
  }
  if (reply.name === 'TypeError' || reply.name === 'RangeError') {
    const field = OPTION_FIELD.exec(reply.message)?.[1];
    return new ApiError('validation', reply.message, { errors: [{ path: field === undefined ? '/options' : `/options/${field}`, message: reply.message }] });
  }
  return new Error(`compare failed: ${reply.name}: ${reply.message}`);
}
