import type { Context } from 'hono';
import type { ApiLimits } from '../config.js';
import type { DedupOptions, DedupResult } from '@wirediff/archive';
import type { ArchiveLocation, ArchiveSourcesResult, CompareOutput, CompareResponseResult, CompareSaveResult, ExtractResult, WorkerResult } from '../compare/compare-task.js';
import type { CostModel } from '../compare/cost-model.js';
import type { Admission, WorkQueue } from '../compare/work-queue.js';
import { ApiError } from '../errors.js';
import { clientConnection, declaredBodyBytes, readBody, requestHeader } from '../http/node-request.js';
import { mediaTypeOfHeader } from '../validate.js';

/** What the compare and extract routes need to run work. */
export interface WorkDeps {
  limits: ApiLimits;
  queue: WorkQueue;
  costModel: CostModel;
}

/**
 * Admit a request by its size before its body is read, read the body, then run `work`. A
 * request the queue cannot take gets its 503 at once, without its body ever being held in
 * memory; one whose client leaves drops out of the queue.
 */
async function withAdmission<T>(c: Context, deps: WorkDeps, work: (admission: Admission, body: Uint8Array) => Promise<T>, workFactor = 1): Promise<T> {
  const { limits, queue, costModel } = deps;
  const declared = declaredBodyBytes(c, limits.bodyBytes);
  // Bytes bound characters from above (UTF-8 JSON): the estimate is never too low for JSON text.
  const admission = queue.admit(costModel.estimateMs((declared ?? 0) * workFactor), clientConnection(c));
  try {
    const body = await readBody(c, limits.bodyBytes, admission.deadline);
    if (declared === null) admission.resize(costModel.estimateMs(body.byteLength * workFactor));
    return await work(admission, body);
  } finally {
    admission.release();
  }
}

const COMPARE_TYPES = new Set(['application/json', 'multipart/form-data']);

/**
 * Run a compare request (POST /v1/compare or /v1/comparisons) in the worker pool: JSON in one
 * task (parse, extract HTML, compare, serialise); multipart in two, reading the files first so
 * the comparison is admitted again with the size of the text they really hold.
 * @example const result = await runCompareRequest(c, deps, 'response')
 */
export async function runCompareRequest(c: Context, deps: WorkDeps, output: 'response'): Promise<CompareResponseResult>;
export async function runCompareRequest(c: Context, deps: WorkDeps, output: 'save'): Promise<CompareSaveResult>;
export async function runCompareRequest(c: Context, deps: WorkDeps, output: CompareOutput): Promise<CompareResponseResult | CompareSaveResult> {
  const contentType = requestHeader(c, 'content-type') ?? '';
  const mediaType = mediaTypeOfHeader(contentType);
  if (!COMPARE_TYPES.has(mediaType)) throw new ApiError('unsupported-type', `Send application/json or multipart/form-data, not ${mediaType || 'a body without Content-Type'}.`);
  const { limits, costModel } = deps;
  const result = await withAdmission(c, deps, async (admission, body): Promise<WorkerResult> => {
    if (mediaType === 'application/json') return admission.run({ kind: 'compare-body', body, contentType, limits, deadline: admission.deadline, output });
    const form = await admission.run({ kind: 'read-form', body, contentType, limits });
    if (form.kind !== 'form') throw new Error(`read-form answered ${form.kind}`);
    admission.resize(costModel.estimateMs(form.documents.reduce((sum, document) => sum + document.text.length, 0)));
    return admission.run({ kind: 'compare-documents', documents: form.documents, options: form.options, extracted: true, limits, deadline: admission.deadline, output });
  });
  if (result.kind !== output) throw new Error(`a compare task answered ${result.kind}, not ${output}`);
  return result as CompareResponseResult | CompareSaveResult;
}

const EXTRACT_RAW_TYPES = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
  'text/markdown',
  'text/x-markdown',
  'text/html',
]);

/**
 * Run POST /v1/extract in the worker pool: JSON `{html}`, multipart with one file, or a raw file.
 * @example const { body } = await runExtractRequest(c, deps)
 */
export async function runExtractRequest(c: Context, deps: WorkDeps): Promise<ExtractResult> {
  const contentType = requestHeader(c, 'content-type') ?? '';
  const mediaType = mediaTypeOfHeader(contentType);
  if (!COMPARE_TYPES.has(mediaType) && !EXTRACT_RAW_TYPES.has(mediaType)) {
    throw new ApiError('unsupported-type', `Send JSON {html}, multipart/form-data with a file, or a raw ${[...EXTRACT_RAW_TYPES].join(', ')} body; got ${mediaType || 'no Content-Type'}.`);
  }
  const filename = c.req.query('filename') ?? 'upload';
  const result = await withAdmission(c, deps, (admission, body) => admission.run({ kind: 'extract-body', body, contentType, filename, limits: deps.limits }));
  if (result.kind !== 'extract') throw new Error(`an extract task answered ${result.kind}`);
  return result;
}

// A source search compares the article with up to `verify` (3 by default) candidates of about its size.
const SOURCES_WORK_FACTOR = 4;
// A dedup's work depends on the window, unknown before it runs: it is admitted as one large comparison.
const DEDUP_ESTIMATE_CHARS = 1_000_000;

/**
 * Run POST /v1/archive/sources in the worker pool (parse, extract html, search, verify), admitted
 * by its size like a comparison.
 * @example const { body } = await runArchiveSourcesRequest(c, deps, location, 'default')
 */
export async function runArchiveSourcesRequest(c: Context, deps: WorkDeps, archive: ArchiveLocation, namespace: string): Promise<ArchiveSourcesResult> {
  const mediaType = mediaTypeOfHeader(requestHeader(c, 'content-type'));
  if (mediaType !== 'application/json') throw new ApiError('unsupported-type', `Send application/json, not ${mediaType || 'a body without Content-Type'}.`);
  const result = await withAdmission(c, deps, (admission, body) => admission.run({ kind: 'archive-sources', body, archive, namespace, limits: deps.limits }), SOURCES_WORK_FACTOR);
  if (result.kind !== 'archive-sources') throw new Error(`a sources task answered ${result.kind}`);
  return result;
}

/**
 * Run a dedup of one namespace's window in the worker pool, admitted as one large comparison.
 * @example const result = await runArchiveDedup(c, deps, location, 'default', { since: '2024-03-01' })
 */
export async function runArchiveDedup(c: Context, deps: WorkDeps, archive: ArchiveLocation, namespace: string, options: Omit<DedupOptions, 'onProgress'>): Promise<DedupResult> {
  const admission = deps.queue.admit(deps.costModel.estimateMs(DEDUP_ESTIMATE_CHARS), clientConnection(c));
  try {
    const result = await admission.run({ kind: 'archive-dedup', archive, namespace, options });
    if (result.kind !== 'archive-dedup') throw new Error(`a dedup task answered ${result.kind}`);
    return result.result;
  } finally {
    admission.release();
  }
}
