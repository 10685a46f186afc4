// Worker thread entry: runs the comparisons the CLI posts, one at a time, so the main thread
// stays free to draw the progress line (compare() is synchronous).
import { parentPort } from 'node:worker_threads';
import { compare } from '@wirediff/match';
import type { WorkerReply, WorkerRequest } from './worker-messages.js';

const port = parentPort;
if (port === null) throw new Error('compare-worker must run in a worker thread');
port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, report: compare(request.documents, request.options) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { ok: false, name: e.name, message: e.message, stack: e.stack ?? e.message };
  }
  port.postMessage(reply);
});
