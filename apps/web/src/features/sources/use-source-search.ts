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

/** The "Find sources" page's state: the one article, the search, its result and its errors. */
export interface SourceSearch {
  /** One draft: the article whose sources are looked for (paste, file, published time). */
  articles: ArticleDrafts;
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
  const draft = articles.drafts[0]!;

  const search = useCallback(async (): Promise<void> => {
    const article = collectPayloads([draft]).documents[0];
    if (!article) {
      articles.setErrors(new Map([[draft.key, [EMPTY_ARTICLE]]]));
      setErrors([]);
      return;
    }
    articles.setErrors(new Map());
    setErrors([]);
    setSearching(true);
    try {
      const response = await api.sources({ request: { text: article.text, ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}) } });
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
  }, [api, articles, draft]);

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

  return { articles, result, searching, opening, errors, search, open };
}
