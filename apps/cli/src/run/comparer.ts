import { Worker } from 'node:worker_threads';
import { compare, type CompareOptions, type ComparisonReport, type DocumentInput } from '@wirediff/match';
import type { ProgressLine } from './progress-line.js';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

/** Runs comparisons for a command, one after another. */
export interface Comparer {
  /** Compares the documents; `label` is what the progress line says meanwhile. */
  compare(documents: DocumentInput[], options: CompareOptions, label: string): Promise<ComparisonReport>;
  /** Lets the process exit (stops the worker, if one was started). */
  close(): Promise<void>;
}

const SOURCE_FILE = /\.ts$/u;

// The built worker sits beside this file; from source (tests, tsx) a small .mjs registers tsx first.
function workerEntry(): { url: URL; execArgv: string[] } {
  if (!SOURCE_FILE.test(import.meta.url)) return { url: new URL('./compare-worker.js', import.meta.url), execArgv: [] };
  return { url: new URL('./compare-worker-source.mjs', import.meta.url), execArgv: ['--conditions=@wirediff/source'] };
}

function inProcess(): Comparer {
  return {
    compare: async (documents, options) => compare(documents, options),
    close: async () => {},
  };
}

function inWorker(progress: ProgressLine): Comparer {
  let worker: Worker | undefined;
  const start = (): Worker => {
    const entry = workerEntry();
    worker = new Worker(entry.url, { execArgv: entry.execArgv });
    return worker;
  };
  return {
    async compare(documents, options, label) {
      const thread = worker ?? start();
      progress.start(label);
      try {
        return await new Promise<ComparisonReport>((resolve, reject) => {
          const onExit = (code: number): void => reject(new Error(`the comparison worker stopped with exit code ${code}`));
          thread.once('error', reject);
          thread.once('exit', onExit);
          thread.once('message', (reply: WorkerReply) => {
            thread.off('error', reject);
            thread.off('exit', onExit);
            if (reply.ok) resolve(reply.report);
            else reject(Object.assign(new Error(reply.message), { name: reply.name, stack: reply.stack }));
          });
          const request: WorkerRequest = { documents, options };
          thread.postMessage(request);
        });
      } finally {
        progress.stop();
      }
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}

/**
 * In-process comparisons when there is nothing to draw; with a progress line, comparisons run
 * in a worker thread so the main thread can redraw the line while the engine works.
 * @example const comparer = createComparer(null); await comparer.compare(documents, {}, 'comparing 2 articles')
 */
export function createComparer(progress: ProgressLine | null): Comparer {
  return progress === null ? inProcess() : inWorker(progress);
}
