import type { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { WorkerReply, WorkerTask } from './compare-task.js';

/** Options of `createWorkerPool`. */
export interface WorkerPoolOptions {
  /** Worker threads, all started at once and kept (a comparison worker is slow to warm up). */
  size: number;
  /** Heap limit of each worker in MB, so one huge comparison cannot take the server down (default 2048). */
  maxHeapMb?: number;
}

/** Runs worker tasks on threads; the work queue decides what runs when, this only runs it. */
export interface WorkerPool {
  readonly size: number;
  /** Run one task; `stop` emitting 'abort' while it runs terminates its worker (piscina replaces it). */
  run(task: WorkerTask, stop: EventEmitter): Promise<WorkerReply>;
  /** Terminate every worker. */
  close(): Promise<void>;
}

const SOURCE_FILE = /\.ts$/;

/**
 * Where the worker's code is: the built `compare-worker.js` beside this file in production;
 * when this module runs from source (tests, tsx), a small .mjs that registers tsx first (Node 20
 * does not pass tsx's loader on to worker threads) and resolves workspace packages from source.
 */
function resolveWorkerEntry(): { filename: string; execArgv: string[] } {
  if (!SOURCE_FILE.test(import.meta.url)) return { filename: fileURLToPath(new URL('./compare-worker.js', import.meta.url)), execArgv: [] };
  return { filename: fileURLToPath(new URL('./compare-worker-source.mjs', import.meta.url)), execArgv: ['--conditions=@wirediff/source'] };
}

// A task's input bytes are moved to the worker, not copied: the route never needs them again.
function transferListOf(task: WorkerTask): ArrayBuffer[] {
  if (!('body' in task)) return [];
  const { buffer, byteOffset, byteLength } = task.body;
  // Only a buffer the body owns whole may move; a view into a shared one is copied by postMessage.
  return buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : [];
}

/**
 * A pool of worker threads (piscina) that parse, extract and compare off the event loop. Piscina
 * starts and replaces workers, wakes an idle one through Atomics rather than an event, moves
 * buffers both ways, and stops a running task by terminating its worker when its signal
 * aborts; which task runs when (admission, order, deadlines) is the work queue's business.
 * @example const pool = createWorkerPool({ size: 2 }); await pool.run(task, new EventEmitter())
 */
export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const entry = resolveWorkerEntry();
  const piscina = new Piscina<WorkerTask, WorkerReply>({
    filename: entry.filename,
    execArgv: entry.execArgv,
    minThreads: options.size,
    maxThreads: options.size,
    idleTimeout: Number.POSITIVE_INFINITY,
    // The work queue never hands over more tasks than there are threads, but a worker being
    // replaced may not be ready yet: its task waits inside piscina for that moment.
    maxQueue: Number.POSITIVE_INFINITY,
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 2048 },
  });
  return {
    size: options.size,
    run: (task, stop) => piscina.run(task, { signal: stop, transferList: transferListOf(task) }),
    close: () => piscina.destroy(),
  };
}
