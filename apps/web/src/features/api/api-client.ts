import type { ComparisonReport, CompareOptions } from '@wirediff/match';
import { type Problem, isProblem } from './problem.js';

/** One article as the web app sends it to `/v1/compare` (always plain text). */
export interface ArticlePayload {
  text: string;
  id?: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
}

/** What `/v1/extract` returns for an uploaded file. */
export interface ExtractedArticle {
  text: string;
  title?: string;
  byline?: string;
  publishedAt?: string;
  outlet?: string;
  format?: string;
  warnings?: string[];
}

/** A comparison stored by `/v1/comparisons`, with its input so the page can be redrawn. */
export interface SavedComparison {
  id: string;
  createdAt?: string;
  documents: ArticlePayload[];
  report: ComparisonReport;
}

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

async function request<T>(url: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
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

/**
 * Send articles to `/v1/compare` and get the report; pass a signal to cancel.
 * @example await compareArticles({ documents: [{ text: a }, { text: b }], signal })
 */
export function compareArticles(options: {
  documents: ArticlePayload[];
  compareOptions?: CompareOptions;
  signal?: AbortSignal;
}): Promise<ComparisonReport> {
  const body = JSON.stringify({ documents: options.documents, ...(options.compareOptions ? { options: options.compareOptions } : {}) });
  return request<ComparisonReport>('/v1/compare', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
    signal: options.signal ?? null,
  });
}

/**
 * Upload one file to `/v1/extract` and get its plain text, title, byline and date.
 * @example const { text, title } = await extractFile({ file })
 */
export function extractFile(options: { file: File; signal?: AbortSignal }): Promise<ExtractedArticle> {
  const form = new FormData();
  form.append('file', options.file, options.file.name);
  return request<ExtractedArticle>('/v1/extract', { method: 'POST', body: form, signal: options.signal ?? null });
}

/**
 * Save the articles; the server compares them again (same input, same report) and stores
 * both, answering with the id for the permalink.
 * @example const { id } = await saveComparison({ documents })
 */
export function saveComparison(options: { documents: ArticlePayload[]; compareOptions?: CompareOptions }): Promise<SavedComparison> {
  return request<SavedComparison>('/v1/comparisons', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ documents: options.documents, ...(options.compareOptions ? { options: options.compareOptions } : {}) }),
  });
}

/**
 * Read a saved comparison back by id.
 * @example const saved = await loadComparison({ id: 'q7Xv0b0d3C9o1m2KQk4b6A' })
 */
export function loadComparison(options: { id: string; signal?: AbortSignal }): Promise<SavedComparison> {
  return request<SavedComparison>(`/v1/comparisons/${encodeURIComponent(options.id)}`, {
    headers: { accept: 'application/json' },
    signal: options.signal ?? null,
  });
}
