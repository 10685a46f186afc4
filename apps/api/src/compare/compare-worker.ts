// Worker thread entry: runs comparisons and extractions posted by the pool, one at a time.
import { parentPort } from 'node:worker_threads';
import type { ExtractedDocument } from '@wirediff/extract';
import { ExtractError } from '@wirediff/extract/error';
import { ApiError } from '../errors.js';
import type { ExtractTask, WorkerReply, WorkerTask } from './compare-task.js';
import { runCompareTask } from './run-compare-task.js';

// The extractors (pdf.js, mammoth, linkedom) load on the first extraction only, so workers
// that only compare start fast and stay small.
async function runExtractTask(task: ExtractTask): Promise<ExtractedDocument> {
  const { extractFile, extractHtml } = await import('@wirediff/extract');
  if (task.source === 'html') return extractHtml(task.html);
  return extractFile({ name: task.name, mediaType: task.mediaType, bytes: task.bytes }, task.limits);
}

const port = parentPort;
if (port === null) throw new Error('compare-worker must run in a worker thread');
port.on('message', async (message: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const result = message.kind === 'compare' ? runCompareTask(message.task) : await runExtractTask(message.task);
    reply = { ok: true, result };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { ok: false, name: e.name, message: e.message };
    if (error instanceof ApiError) reply.problem = error.errors === undefined ? { kind: error.kind } : { kind: error.kind, errors: error.errors };
    // The extractors' errors are named by the API's problem kinds ('unreadable-file', 'too-large', …).
    else if (error instanceof ExtractError) reply.problem = { kind: error.kind };
  }
  port.postMessage(reply);
});
