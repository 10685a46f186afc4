import type {
  ArchiveSourcesRequest,
  ArchiveSourcesResponse,
  ArchiveStats,
  ArchivedDocument,
  DedupResult,
  ExtractResponse,
  SavedComparisonResponse,
} from '@wirediff/api/types';
import type { ComparisonReport, CompareOptions, DocumentInput } from '@wirediff/match';
import { type Problem, describeProblem, isProblem } from './problem.js';

/** One article as the web app sends it to `/v1/compare` (always plain text): the engine's own input type. */
export type ArticlePayload = DocumentInput;

/** What every call may carry: the API key the server asked for (sent as `Authorization: Bearer …`). */
export interface Credentials {
  apiKey?: string;
}

/** What `/v1/extract` returns for an uploaded file: the API's own response type. */
export type ExtractedArticle = ExtractResponse;

/** A comparison stored by `/v1/comparisons`, with its input so the page can be redrawn: the API's own response type. */
export type SavedComparison = SavedComparisonResponse;

/**
 * Thrown for every failed API call: a problem+json body, or one made up for network trouble.
 * @example catch (e) { if (e instanceof ApiError) show(e.problem) }
 */
export class ApiError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }
}

const PROBLEM_JSON = /application\/(problem\+)?json/;

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
  };
  if (!PROBLEM_JSON.test(response.headers.get('content-type') ?? '')) return fallback;
  try {
    const body: unknown = await response.json();
    return isProblem(body) ? body : fallback;
  } catch {
    return fallback;
  }
}

/**
 * True for the server's "this needs an API key" answer (401), whether no key or a wrong one was sent.
 * @example if (isUnauthorized(error)) askForKey()
 */
export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.problem.status === 401;
}

/**
 * A failed call in words for the page: the server's problem, or what went wrong on the way.
 * @example setError(`Could not save: ${describeFailure(error)}`)
 */
export function describeFailure(error: unknown): string {
  if (isUnauthorized(error)) return 'this server needs an API key, and none was accepted. Try again to enter one.';
  return error instanceof ApiError ? describeProblem(error.problem) : String(error);
}

async function request<T>(url: string, init: RequestInit & Credentials): Promise<T> {
  const { apiKey, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (apiKey) headers.set('authorization', `Bearer ${apiKey}`);
  let response: Response;
  try {
    response = await fetch(url, { ...rest, headers });
  } catch (error) {
    // A cancelled request is the caller's doing, not a network fault: let the caller see it.
    if (init.signal?.aborted) throw error;
    throw new ApiError({
      type: 'about:blank',
      title: 'Cannot reach the server',
      status: 0,
      detail: 'The wirediff server did not answer. Check that it is running and try again.',
    });
  }
  if (!response.ok) throw new ApiError(await readProblem(response));
  return (await response.json()) as T;
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

/**
 * Send articles to `/v1/compare` and get the report; pass a signal to cancel.
 * @example await compareArticles({ documents: [{ text: a }, { text: b }], signal, apiKey })
 */
export function compareArticles(options: { documents: ArticlePayload[]; compareOptions?: CompareOptions; signal?: AbortSignal } & Credentials): Promise<ComparisonReport> {
  const body = JSON.stringify({ documents: options.documents, ...(options.compareOptions ? { options: options.compareOptions } : {}) });
  return request<ComparisonReport>('/v1/compare', { method: 'POST', headers: JSON_HEADERS, body, signal: options.signal ?? null, apiKey: options.apiKey });
}

/**
 * Upload one file to `/v1/extract` and get its plain text, title, byline and date.
 * @example const { text, title } = await extractFile({ file })
 */
export function extractFile(options: { file: File; signal?: AbortSignal } & Credentials): Promise<ExtractedArticle> {
  const form = new FormData();
  form.append('file', options.file, options.file.name);
  return request<ExtractedArticle>('/v1/extract', { method: 'POST', body: form, signal: options.signal ?? null, apiKey: options.apiKey });
}

/**
 * Save the articles; the server compares them again (same input, same report) and stores
 * both, answering with the id for the permalink.
 * @example const { id } = await saveComparison({ documents })
 */
export function saveComparison(options: { documents: ArticlePayload[]; compareOptions?: CompareOptions } & Credentials): Promise<SavedComparison> {
  const body = JSON.stringify({ documents: options.documents, ...(options.compareOptions ? { options: options.compareOptions } : {}) });
  return request<SavedComparison>('/v1/comparisons', { method: 'POST', headers: JSON_HEADERS, body, apiKey: options.apiKey });
}

/**
 * Read a saved comparison back by id.
 * @example const saved = await loadComparison({ id: 'q7Xv0b0d3C9o1m2KQk4b6A' })
 */
export function loadComparison(options: { id: string; signal?: AbortSignal } & Credentials): Promise<SavedComparison> {
  return request<SavedComparison>(`/v1/comparisons/${encodeURIComponent(options.id)}`, { headers: { accept: 'application/json' }, signal: options.signal ?? null, apiKey: options.apiKey });
}

/**
 * Search the archive for earlier articles the given one shares text with (`POST /v1/archive/sources`).
 * @example const { hits } = await findSources({ request: { text, publishedAt }, signal })
 */
export function findSources(options: { request: ArchiveSourcesRequest; signal?: AbortSignal } & Credentials): Promise<ArchiveSourcesResponse> {
  return request<ArchiveSourcesResponse>('/v1/archive/sources', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(options.request), signal: options.signal ?? null, apiKey: options.apiKey });
}

/**
 * Read one archived article, text included, by its archive id.
 * @example const doc = await loadArchivedDocument({ id: 'pa-2026-05-12-ferry' })
 */
export function loadArchivedDocument(options: { id: string; signal?: AbortSignal } & Credentials): Promise<ArchivedDocument> {
  return request<ArchivedDocument>(`/v1/archive/documents/${encodeURIComponent(options.id)}`, { headers: { accept: 'application/json' }, signal: options.signal ?? null, apiKey: options.apiKey });
}

/**
 * The archive's clusters of articles carrying the same text, for the days `since`..`until` (both `YYYY-MM-DD`, inclusive).
 * @example const { clusters } = await loadDedup({ since: '2026-05-12', until: '2026-05-12' })
 */
export function loadDedup(options: { since: string; until: string; signal?: AbortSignal } & Credentials): Promise<DedupResult> {
  const query = new URLSearchParams({ since: options.since, until: options.until });
  return request<DedupResult>(`/v1/archive/dedup?${query}`, { headers: { accept: 'application/json' }, signal: options.signal ?? null, apiKey: options.apiKey });
}

/**
 * The archive in numbers: documents, anchors, and documents per day.
 * @example const { lastDay } = await loadArchiveStats({})
 */
export function loadArchiveStats(options: { signal?: AbortSignal } & Credentials): Promise<ArchiveStats> {
  return request<ArchiveStats>('/v1/archive/stats', { headers: { accept: 'application/json' }, signal: options.signal ?? null, apiKey: options.apiKey });
}

/**
 * An archived article as the comparison takes it; its archive id stands in for a missing title,
 * so the side-by-side view names it.
 * @example payloadFromArchived(await loadArchivedDocument({ id })) // { text, title: id, … }
 */
export function payloadFromArchived(doc: ArchivedDocument): ArticlePayload {
  return {
    text: doc.text,
    title: doc.title ?? doc.id,
    ...(doc.outlet ? { outlet: doc.outlet } : {}),
    ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}),
  };
}
