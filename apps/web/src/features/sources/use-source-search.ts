import type { ArchiveSourcesRequest, ArchiveSourcesResponse, ArchiveStats, ArchivedDocument, SourceHit } from '@wirediff/api/types';
import { useCallback, useRef, useState } from 'react';
import { ApiError, type ArticlePayload, type ExtractedArticle, describeFailure, isUnauthorized, payloadFromArchived } from '../api/api-client.js';
import { placeProblem } from '../api/problem.js';
import { collectPayloads, createDraft } from '../input/article-draft.js';
import { type ArticleDrafts, useArticleDrafts } from '../input/use-article-drafts.js';

/** A finished search: the hits, and for an empty one whether the archive holds anything at all. */
export interface SourceSearchResult {
  response: ArchiveSourcesResponse;
  /** Only for a search without hits: true when the archive is empty, null when that could not be asked. */
  archiveEmpty: boolean | null;
}

/** How the archive is searched (the API's defaults: everything, 10 listed, the best 3 checked). */
export interface SearchOptions {
  /** Only articles published before this one's published time (the "where did it come from" question). */
  onlyEarlier: boolean;
  /** Candidates listed. */
  limit: number;
  /** How many of the best are checked with the engine (slower, exact); the rest are estimates. */
  verify: number;
}

/** What the API does unless told otherwise. */
export const DEFAULT_SEARCH_OPTIONS: SearchOptions = { onlyEarlier: false, limit: 10, verify: 3 };

/** The "Find sources" page's state: the one article, the search, its result and its errors. */
export interface SourceSearch {
  /** One draft: the article whose sources are looked for (paste, file, published time). */
  articles: ArticleDrafts;
  options: SearchOptions;
  setOptions: (patch: Partial<SearchOptions>) => void;
  result: SourceSearchResult | null;
  searching: boolean;
  /** The id of the hit being opened side by side, while its text is fetched. */
  opening: string | null;
  errors: string[];
  search: () => Promise<void>;
  /** Fetch the hit's archived text and hand both articles to the comparison. */
  open: (hit: SourceHit) => Promise<void>;
}

const EMPTY_ARTICLE = 'Paste the article\'s text or choose a file first.';
const NO_TIME_FOR_EARLIER = 'Give your article\'s published time to search only the articles published before it.';

/** The request for an article: the options the user changed, nothing else. */
export function sourcesRequest(article: ArticlePayload, options: SearchOptions): ArchiveSourcesRequest {
  return {
    text: article.text,
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    ...(options.onlyEarlier && article.publishedAt ? { before: article.publishedAt } : {}),
    ...(options.limit === DEFAULT_SEARCH_OPTIONS.limit ? {} : { limit: options.limit }),
    ...(options.verify === DEFAULT_SEARCH_OPTIONS.verify ? {} : { verify: Math.min(options.verify, options.limit) }),
  };
}

/** The article as the comparison takes it; a name when it has none, so the side-by-side view tells it from the source. */
function namedArticle(payload: ArticlePayload): ArticlePayload {
  return payload.title || payload.outlet ? payload : { ...payload, title: 'Your article' };
}

function failureMessages(lead: string, error: unknown): string[] {
  if (error instanceof ApiError && !isUnauthorized(error)) return placeProblem({ problem: error.problem }).general.map((m, i) => (i === 0 ? `${lead}: ${m}` : m));
  return [`${lead}: ${describeFailure(error)}`];
}

/**
 * Search the archive for the earlier articles one article shares text with, and open a hit side
 * by side (the archived text is fetched, then `onOpen` gets [the article, the hit]).
 * @example const sources = useSourceSearch({ api, onOpen: (documents) => compareThese(documents) })
 */
export function useSourceSearch(options: {
  api: {
    sources: (request: { request: ArchiveSourcesRequest; signal?: AbortSignal }) => Promise<ArchiveSourcesResponse>;
    archived: (request: { id: string; signal?: AbortSignal }) => Promise<ArchivedDocument>;
    stats: (request: { signal?: AbortSignal }) => Promise<ArchiveStats>;
    extract: (request: { file: File }) => Promise<ExtractedArticle>;
  };
  onOpen: (documents: ArticlePayload[]) => void;
}): SourceSearch {
  const { api } = options;
  const onOpen = useRef(options.onOpen);
  onOpen.current = options.onOpen;
  const extract = useCallback((file: File) => api.extract({ file }), [api]);
  const articles = useArticleDrafts({ extract, initial: () => [createDraft()] });
  const [result, setResult] = useState<SourceSearchResult | null>(null);
  const [searching, setSearching] = useState(false);
  const [opening, setOpening] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [searchOptions, setOptionsState] = useState<SearchOptions>(DEFAULT_SEARCH_OPTIONS);
  const setOptions = useCallback((patch: Partial<SearchOptions>) => setOptionsState((current) => ({ ...current, ...patch })), []);
  const draft = articles.drafts[0]!;

  const search = useCallback(async (): Promise<void> => {
    const article = collectPayloads([draft]).documents[0];
    if (!article) {
      articles.setErrors(new Map([[draft.key, [EMPTY_ARTICLE]]]));
      setErrors([]);
      return;
    }
    if (searchOptions.onlyEarlier && !article.publishedAt) {
      articles.setErrors(new Map([[draft.key, [NO_TIME_FOR_EARLIER]]]));
      setErrors([]);
      return;
    }
    articles.setErrors(new Map());
    setErrors([]);
    setSearching(true);
    try {
      const response = await api.sources({ request: sourcesRequest(article, searchOptions) });
      let archiveEmpty: boolean | null = null;
      if (response.hits.length === 0) {
        // No hits means one of two things the reader must be told apart: say which.
        archiveEmpty = await api.stats({}).then(
          (stats) => stats.documents === 0,
          () => null,
        );
      }
      setResult({ response, archiveEmpty });
    } catch (error) {
      setResult(null);
      setErrors(failureMessages('The search failed', error));
    } finally {
      setSearching(false);
    }
  }, [api, articles, draft, searchOptions]);

  const open = useCallback(
    async (hit: SourceHit): Promise<void> => {
      const article = collectPayloads([draft]).documents[0];
      if (!article) {
        articles.setErrors(new Map([[draft.key, [EMPTY_ARTICLE]]]));
        return;
      }
      setErrors([]);
      setOpening(hit.id);
      try {
        const source = await api.archived({ id: hit.id });
        onOpen.current([namedArticle(article), payloadFromArchived(source)]);
      } catch (error) {
        setErrors(failureMessages(`Could not open ${hit.title ?? hit.id}`, error));
      } finally {
        setOpening(null);
      }
    },
    [api, articles, draft],
  );

  return { articles, options: searchOptions, setOptions, result, searching, opening, errors, search, open };
}
