// The archive's heavy work, run in a worker thread: adds (fingerprinting a batch of a feed takes
// hundreds of ms), source search (compare() verifies the best
// candidates, hundreds of ms on a long article) and dedup (compare() on every borderline pair).
// Each worker opens the server's archive once, by the same URL and options, and keeps it: SQLite
// in WAL lets it read beside the main thread's writes, PostgreSQL gets its own small pool.
import { createArchive, openStore, type ArchiveStore } from '@wirediff/archive';
import { archiveMisuse } from '../archive/archive-misuse.js';
import { ApiError } from '../errors.js';
import { ArchiveSourcesRequestSchema } from '../schemas.js';
import { parseJsonBytes, validateWith } from '../validate.js';
import type { ArchiveAddResult, ArchiveAddTask, ArchiveDedupResult, ArchiveDedupTask, ArchiveLocation, ArchiveSourcesResult, ArchiveSourcesTask } from './compare-task.js';
import { extractHtmlText } from './extractors.js';

const stores = new Map<string, Promise<ArchiveStore>>();
const ENCODER = new TextEncoder();

function storeAt(location: ArchiveLocation): Promise<ArchiveStore> {
  let store = stores.get(location.url);
  if (store === undefined) {
    store = openStore(location.url);
    // A failed open (database down) is tried again by the next task, not remembered.
    store.catch(() => stores.delete(location.url));
    stores.set(location.url, store);
  }
  return store;
}

/**
 * POST /v1/archive/sources in the worker: parse and validate the body, extract html, search.
 * @example await runArchiveSources({ kind: 'archive-sources', body, archive: { url }, namespace: 'default', limits })
 */
export async function runArchiveSources(task: ArchiveSourcesTask): Promise<ArchiveSourcesResult> {
  const request = validateWith(ArchiveSourcesRequestSchema, parseJsonBytes(task.body), 'request body');
  const extracted = request.text === undefined;
  const text = request.text ?? (await extractHtmlText(request.html ?? '')).text;
  if (text.length > task.limits.documentChars) {
    throw new ApiError('too-large', `The article has ${text.length} characters; the limit is ${task.limits.documentChars}.`, { errors: [{ path: extracted ? '/html' : '/text', message: 'Too long' }] });
  }
  const archive = createArchive({ store: await storeAt(task.archive), namespace: task.namespace });
  const options = {
    ...(request.limit === undefined ? {} : { limit: request.limit }),
    ...(request.verify === undefined ? {} : { verify: request.verify }),
    ...(request.before === undefined ? {} : { before: request.before }),
    ...(request.excludeId === undefined ? {} : { excludeId: request.excludeId }),
  };
  let result;
  try {
    result = await archive.sources(request.publishedAt === undefined ? { text } : { text, publishedAt: request.publishedAt }, options);
  } catch (error) {
    throw archiveMisuse(error);
  }
  return { kind: 'archive-sources', body: ENCODER.encode(JSON.stringify(extracted ? { ...result, text } : result)) };
}

/**
 * GET /v1/archive/dedup in the worker.
 * @example await runArchiveDedup({ kind: 'archive-dedup', archive: { url }, namespace: 'default', options: { since: '2024-03-01' } })
 */
export async function runArchiveDedup(task: ArchiveDedupTask): Promise<ArchiveDedupResult> {
  const archive = createArchive({ store: await storeAt(task.archive), namespace: task.namespace });
  try {
    return { kind: 'archive-dedup', result: await archive.dedup(task.options) };
  } catch (error) {
    throw archiveMisuse(error);
  }
}

/**
 * POST /v1/archive/documents in the worker: fingerprint and store one atomic batch. A misuse
 * error comes back as a value, for the route to name the request's field or the feed's line.
 * @example await runArchiveAdd({ kind: 'archive-add', archive: { url }, namespace: 'default', documents })
 */
export async function runArchiveAdd(task: ArchiveAddTask): Promise<ArchiveAddResult> {
  const archive = createArchive({ store: await storeAt(task.archive), namespace: task.namespace });
  try {
    return { kind: 'archive-add', result: await archive.add(task.documents) };
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) return { kind: 'archive-add', misuse: { name: error instanceof TypeError ? 'TypeError' : 'RangeError', message: error.message } };
    throw error;
  }
}
