import type { ArchiveDocumentInput, ArchiveSourcesRequest, ArchiveSourcesResponse, ArchiveStats, ArchivedDocument, DedupResult, ProblemResponse } from '@wirediff/api/types';
import type { DocumentInput } from '@wirediff/match';
import { vi } from 'vitest';

/** One call the page made, as the fake saw it. */
export interface SeenCall {
  method: string;
  path: string;
  body: unknown;
  authorization: string | null;
}

/** What the fake archive answers; each handler may return a problem to answer with instead. */
export interface FakeArchive {
  documents?: ArchiveDocumentInput[];
  stats?: ArchiveStats;
  sources?: (request: ArchiveSourcesRequest) => ArchiveSourcesResponse | ProblemResponse;
  dedup?: (window: { since: string; until: string }) => DedupResult | ProblemResponse;
  /** Answer every archive call without this bearer key with 401, as a server with keys does. */
  requireKey?: string;
}

const json = (body: unknown, status = 200, type = 'application/json'): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

export const problem = (status: number, title: string, detail: string, errors?: ProblemResponse['errors']): ProblemResponse => ({
  type: `/docs/problems#problem-${status === 404 ? 'not-found' : status === 401 ? 'unauthorized' : 'validation'}`,
  title,
  status,
  detail,
  ...(errors ? { errors } : {}),
});

const isProblemBody = (value: unknown): value is ProblemResponse => typeof value === 'object' && value !== null && 'status' in value && 'title' in value && 'type' in value;

/** An archived document as the API returns it, from what was added. */
export function archived(doc: ArchiveDocumentInput): ArchivedDocument {
  return {
    ...doc,
    addedAt: '2026-05-12T18:00:00.000Z',
    day: (doc.publishedAt ?? '2026-05-12').slice(0, 10),
    words: doc.text.split(/\s+/).length,
    anchors: 40,
  };
}

/**
 * Replace `fetch` with a fake of the archive routes (`/v1/archive/…`); every other call (compare,
 * extract) goes on to the real API the page's URL points at, so the comparison is the engine's.
 * Returns the calls seen, in order.
 * @example const calls = fakeArchiveFetch({ stats, dedup: () => result })
 */
export function fakeArchiveFetch(archive: FakeArchive): SeenCall[] {
  const calls: SeenCall[] = [];
  const realFetch = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, window.location.href);
    const method = (init.method ?? 'GET').toUpperCase();
    const authorization = new Headers(init.headers).get('authorization');
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : null;
    calls.push({ method, path: url.pathname + url.search, body, authorization });
    if (!url.pathname.startsWith('/v1/archive/')) return realFetch(input, init);
    if (archive.requireKey && authorization !== `Bearer ${archive.requireKey}`) {
      return json(problem(401, 'Unauthorized', 'This server needs an API key (Authorization: Bearer …).'), 401, 'application/problem+json');
    }
    const answer = (value: unknown): Response => (isProblemBody(value) ? json(value, value.status, 'application/problem+json') : json(value));
    const route = url.pathname.slice('/v1/archive/'.length);
    if (method === 'POST' && route === 'sources') {
      if (!archive.sources) throw new Error('the test gave no sources answer');
      return answer(archive.sources(body as ArchiveSourcesRequest));
    }
    if (method === 'GET' && route === 'stats') {
      if (!archive.stats) throw new Error('the test gave no stats');
      return answer(archive.stats);
    }
    if (method === 'GET' && route === 'dedup') {
      if (!archive.dedup) throw new Error('the test gave no dedup answer');
      return answer(archive.dedup({ since: url.searchParams.get('since') ?? '', until: url.searchParams.get('until') ?? '' }));
    }
    if (method === 'GET' && route.startsWith('documents/')) {
      const id = decodeURIComponent(route.slice('documents/'.length));
      const doc = archive.documents?.find((d) => d.id === id);
      return answer(doc ? archived(doc) : problem(404, 'Not found', `No archived document has the id ${id}.`));
    }
    return answer(problem(404, 'Not found', `No route ${method} ${url.pathname}.`));
  });
  return calls;
}

/** The documents the page sent to `/v1/compare`, from the calls seen. */
export function comparedDocuments(calls: SeenCall[]): DocumentInput[][] {
  return calls.filter((c) => c.method === 'POST' && c.path === '/v1/compare').map((c) => (c.body as { documents: DocumentInput[] }).documents);
}
