import type { OpenAPIHono } from '@hono/zod-openapi';
import { createArchive, DEFAULT_NAMESPACE, formatDedup, type AddResult, type Archive, type ArchiveDocumentInput, type ArchiveStore } from '@wirediff/archive';
import type { Context } from 'hono';
import type { ArchiveAddResponse, ArchiveEvictResponse } from '../api-types.js';
import { archiveMisuse } from '../archive/archive-misuse.js';
import type { ArchiveLocation } from '../compare/compare-task.js';
import { ApiError } from '../errors.js';
import { bodyLines } from '../http/body-lines.js';
import { readBody, requestHeader } from '../http/node-request.js';
import { ArchiveAddRequestSchema, ArchiveDedupQuerySchema, ArchiveDocumentInputSchema, ArchiveEvictRequestSchema } from '../schemas.js';
import { scopeOf, type AppEnv } from '../scope.js';
import { mediaTypeOfHeader, parseJsonBytes, validateWith, validationError } from '../validate.js';
import { runArchiveAdd, runArchiveDedup, runArchiveSourcesRequest, type WorkDeps } from './admitted-work.js';
import { registerRoute } from './register-route.js';
import { ROUTES } from './route-definitions.js';

/** The archive the server opened (`openStore(config.archiveUrl)`), and where workers open it too. */
export interface ArchiveDeps {
  store: ArchiveStore;
  location: ArchiveLocation;
}

// A feed is added in atomic batches of this many lines, or fewer when their text passes
// BATCH_CHARS: memory holds one batch, and one batch (fingerprinted and written in a worker,
// about half a second of work) stays within the queue's admission budget.
const BATCH_DOCUMENTS = 500;
const BATCH_CHARS = 2_000_000;
// JSON may spell one character of text as six (`\u00e9`); the rest of a line is metadata.
const LINE_OVERHEAD_CHARS = 65_536;
const CLOSE = { Connection: 'close' };
const ENCODER = new TextEncoder();
const STREAM_CHUNK_CHARS = 64 * 1024;
const DEDUP_TYPES = { jsonl: 'application/x-ndjson; charset=utf-8', csv: 'text/csv; charset=utf-8' } as const;

// Scoped like saved comparisons: a key's id is its namespace; without keys, the one the CLI uses.
const namespaceOf = (c: Context): string => scopeOf(c).keyId ?? DEFAULT_NAMESPACE;

function notArchived(id: string): ApiError {
  return new ApiError('not-found', `No archived document has the id ${JSON.stringify(id)}.`);
}

function checkChars(document: ArchiveDocumentInput, path: string, maxChars: number, where: string): void {
  if (document.text.length > maxChars) {
    throw new ApiError('too-large', `${where} has ${document.text.length} characters of text; the limit is ${maxChars}.`, { errors: [{ path: `${path}/text`, message: 'Too long' }] });
  }
}

/** One atomic add of a request's documents (run in the worker pool). */
type AddBatch = (documents: ArchiveDocumentInput[]) => Promise<AddResult>;

function requireJson(c: Context): void {
  const mediaType = mediaTypeOfHeader(requestHeader(c, 'content-type'));
  if (mediaType !== 'application/json') throw new ApiError('unsupported-type', `Send application/json, not ${mediaType || 'a body without Content-Type'}.`);
}

async function addJson(c: Context, add: AddBatch, limits: WorkDeps['limits']): Promise<ArchiveAddResponse> {
  const request = validateWith(ArchiveAddRequestSchema, parseJsonBytes(await readBody(c, limits.bodyBytes)), 'request body');
  const seen = new Set<string>();
  request.documents.forEach((document, index) => {
    checkChars(document, `/documents/${index}`, limits.documentChars, `Document ${index}`);
    if (seen.has(document.id)) throw new ApiError('validation', `Document ${index} repeats the id ${JSON.stringify(document.id)}; one add holds each id once.`, { errors: [{ path: `/documents/${index}/id`, message: 'Repeated id' }] });
    seen.add(document.id);
  });
  let result: AddResult;
  try {
    result = await add(request.documents);
  } catch (error) {
    throw archiveMisuse(error);
  }
  return { received: request.documents.length, ...result };
}

/**
 * An ndjson feed, read line by line as it arrives and added in batches: a feed of any length
 * costs the memory of one batch. A bad line stops the feed there with a 400 naming the line;
 * the batches before it stay added (adding is idempotent, so the fixed feed can be sent again).
 */
async function addFeed(c: Context, add: AddBatch, limits: WorkDeps['limits']): Promise<ArchiveAddResponse> {
  const totals: ArchiveAddResponse = { received: 0, added: 0, updated: 0, unchanged: 0 };
  let batch: ArchiveDocumentInput[] = [];
  let lines: number[] = [];
  let batchChars = 0;
  const batchIds = new Set<string>();
  const kept = (line: number): string =>
    totals.received === 0 ? ' Nothing was added.' : ` The ${totals.received} documents before line ${lines[0] ?? line} were added; nothing from that line on was (send the fixed feed again: what was added comes back unchanged).`;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    let result: AddResult;
    try {
      result = await add(batch);
    } catch (error) {
      throw archiveMisuse(error, { documentPath: () => '', detail: (index, message) => `Line ${index === null ? '?' : lines[index]}: ${message.replace(/^add: documents\[\d+\]\.?/u, '')}.${kept(lines[0]!)}` });
    }
    totals.received += batch.length;
    totals.added += result.added;
    totals.updated += result.updated;
    totals.unchanged += result.unchanged;
    batch = [];
    lines = [];
    batchChars = 0;
    batchIds.clear();
  };
  const maxLineChars = Math.min(limits.documentChars * 6 + LINE_OVERHEAD_CHARS, 2 ** 29);
  for await (const { line, text } of bodyLines(c, { maxBytes: limits.feedBytes, maxLineChars })) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new ApiError('bad-request', `Line ${line} is not valid JSON.${kept(line)}`, { headers: CLOSE });
    }
    const parsed = ArchiveDocumentInputSchema.safeParse(value);
    if (!parsed.success) {
      const problem = validationError(parsed.error.issues, `document on line ${line}`);
      throw new ApiError('validation', `Line ${line} does not match the schema.${kept(line)}`, { errors: problem.errors ?? [], headers: CLOSE });
    }
    checkChars(parsed.data, '', limits.documentChars, `Line ${line}`);
    // A feed may carry a later version of a story under the same id: it replaces the earlier one (one add takes each id once).
    if (batchIds.has(parsed.data.id)) await flush();
    batchIds.add(parsed.data.id);
    batch.push(parsed.data);
    lines.push(line);
    batchChars += parsed.data.text.length;
    if (batch.length >= BATCH_DOCUMENTS || batchChars >= BATCH_CHARS) await flush();
  }
  await flush();
  return totals;
}

/** Lines of text as a byte stream, a few at a time, pulled as the client reads. */
function streamLines(lines: Generator<string>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      for (let next = lines.next(); ; next = lines.next()) {
        if (next.done) {
          if (chunk !== '') controller.enqueue(ENCODER.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
        if (chunk.length >= STREAM_CHUNK_CHARS) break;
      }
      controller.enqueue(ENCODER.encode(chunk));
    },
  });
}

/**
 * The archive routes, /v1/archive/…, each scoped to the request's API key (its own archive).
 * Reads, removals and evictions run here (the store's quick work); adds (fingerprinting), source
 * search and dedup (the comparison engine) go to the worker pool.
 * @example registerArchiveRoutes(app, { limits, queue, costModel }, { store, location: { url } })
 */
export function registerArchiveRoutes(app: OpenAPIHono<AppEnv>, work: WorkDeps, deps: ArchiveDeps): void {
  const { limits } = work;
  const archiveOf = (c: Context): Archive => createArchive({ store: deps.store, namespace: namespaceOf(c) });

  registerRoute(app, ROUTES.addArchiveDocuments, async (c) => {
    const mediaType = mediaTypeOfHeader(requestHeader(c, 'content-type'));
    const add: AddBatch = (documents) => runArchiveAdd(c, work, deps.location, namespaceOf(c), documents);
    if (mediaType === 'application/json') return c.json(await addJson(c, add, limits), 200);
    if (mediaType === 'application/x-ndjson') return c.json(await addFeed(c, add, limits), 200);
    throw new ApiError('unsupported-type', `Send application/json ({documents: [...]}) or application/x-ndjson (one document per line), not ${mediaType || 'a body without Content-Type'}.`);
  });

  registerRoute(app, ROUTES.getArchiveDocument, async (c) => {
    const id = c.req.param('id') ?? '';
    const document = await archiveOf(c).get(id);
    if (document === null) throw notArchived(id);
    return c.json(document, 200);
  });

  registerRoute(app, ROUTES.deleteArchiveDocument, async (c) => {
    const id = c.req.param('id') ?? '';
    if (!(await archiveOf(c).remove(id))) throw notArchived(id);
    return c.body(null, 204);
  });

  registerRoute(app, ROUTES.archiveSources, async (c) => {
    const result = await runArchiveSourcesRequest(c, work, deps.location, namespaceOf(c));
    return c.body(result.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/json' });
  });

  registerRoute(app, ROUTES.archiveDedup, async (c) => {
    const query = validateWith(ArchiveDedupQuerySchema, c.req.query(), 'query');
    const options = {
      ...(query.since === undefined ? {} : { since: query.since }),
      ...(query.until === undefined ? {} : { until: query.until }),
      ...(query.verify === undefined ? {} : { verify: query.verify }),
    };
    const result = await runArchiveDedup(c, work, deps.location, namespaceOf(c), options);
    if (query.format === 'json') return c.json(result, 200);
    return c.body(streamLines(formatDedup(result, query.format)), 200, { 'Content-Type': DEDUP_TYPES[query.format] });
  });

  registerRoute(app, ROUTES.archiveStats, async (c) => c.json(await archiveOf(c).stats(), 200));

  registerRoute(app, ROUTES.archiveEvict, async (c) => {
    requireJson(c);
    const request = validateWith(ArchiveEvictRequestSchema, parseJsonBytes(await readBody(c, limits.bodyBytes)), 'request body');
    let removed: number;
    try {
      removed = await archiveOf(c).evict(request.olderThan);
    } catch (error) {
      throw archiveMisuse(error);
    }
    const response: ArchiveEvictResponse = { removed };
    return c.json(response, 200);
  });
}
