// Worker thread entry: runs comparisons posted by the pool, one at a time.
import { parentPort } from 'node:worker_threads';
import type { CompareTask, WorkerReply } from './compare-task.js';
import { runCompareTask } from './run-compare-task.js';

const port = parentPort;
if (port === null) throw new Error('compare-worker must run in a worker thread');
port.on('message', (task: CompareTask) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: runCompareTask(task) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { ok: false, name: e.name, message: e.message };
  }
  port.postMessage(reply);
});
