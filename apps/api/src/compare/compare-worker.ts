// Worker thread entry: runs comparisons and extractions posted by the pool, one at a time.
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../errors.js';
import type { ExtractedDocument } from '../extract/extracted-document.js';
import type { ExtractTask, WorkerReply, WorkerTask } from './compare-task.js';
import { runCompareTask } from './run-compare-task.js';

// The extractors (pdf.js, mammoth, linkedom) load on the first extraction only, so workers
// that only compare start fast and stay small.
async function runExtractTask(task: ExtractTask): Promise<ExtractedDocument> {
  if (task.source === 'html') return (await import('../extract/extract-html.js')).extractHtml(task.html);
  const { extractFile } = await import('../extract/extract-file.js');
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
  }
  port.postMessage(reply);
});
