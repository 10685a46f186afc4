import { useCallback, useState } from 'react';
import { type ExtractedArticle, describeFailure } from '../api/api-client.js';
import { type ArticleDraft, MAX_ARTICLES, MIN_ARTICLES, createDraft, toLocalInput } from './article-draft.js';

/** Messages per article, keyed by the draft's stable `key` (never its position, which moves). */
export type ArticleErrors = Map<number, string[]>;

/** The articles in the form, their errors, and what can be done to them. */
export interface ArticleDrafts {
  drafts: ArticleDraft[];
  errors: ArticleErrors;
  update: (key: number, patch: Partial<ArticleDraft>) => void;
  add: () => void;
  remove: (key: number) => void;
  /** Read a file into the article through `/v1/extract`; a failure lands on that article. */
  readFile: (key: number, file: File) => Promise<void>;
  /** Put other articles in the form (the example, a saved comparison); clears every error. */
  replace: (drafts: ArticleDraft[]) => void;
  setErrors: (errors: ArticleErrors) => void;
}

const without = (errors: ArticleErrors, key: number): ArticleErrors => {
  if (!errors.has(key)) return errors;
  const next = new Map(errors);
  next.delete(key);
  return next;
};

/**
 * The form's articles with their errors. Errors follow their article by its key, so removing
 * one article keeps the others' messages, and editing an article's text clears only its own.
 * @example const articles = useArticleDrafts({ extract: (file) => api.extract({ file }) })
 */
export function useArticleDrafts(options: { extract: (file: File) => Promise<ExtractedArticle>; initial?: () => ArticleDraft[] }): ArticleDrafts {
  const { extract } = options;
  const [drafts, setDrafts] = useState<ArticleDraft[]>(options.initial ?? (() => [createDraft(), createDraft()]));
  const [errors, setErrors] = useState<ArticleErrors>(() => new Map());

  const update = useCallback((key: number, patch: Partial<ArticleDraft>) => {
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));
    if ('text' in patch) setErrors((current) => without(current, key));
  }, []);

  const add = useCallback(() => setDrafts((list) => (list.length < MAX_ARTICLES ? [...list, createDraft()] : list)), []);

  const remove = useCallback((key: number) => {
    setDrafts((list) => (list.length > MIN_ARTICLES ? list.filter((d) => d.key !== key) : list));
    setErrors((current) => without(current, key));
  }, []);

  const readFile = useCallback(
    async (key: number, file: File) => {
      setDrafts((list) => list.map((d) => (d.key === key ? { ...d, extracting: true } : d)));
      setErrors((current) => without(current, key));
      try {
        const extracted = await extract(file);
        // Fields the reader already filled in win over what the file says.
        setDrafts((list) =>
          list.map((d) =>
            d.key === key
              ? {
                  ...d,
                  extracting: false,
                  text: extracted.text,
                  title: d.title || extracted.title || '',
                  publishedAt: d.publishedAt || toLocalInput(extracted.publishedAt),
                  source: { fileName: file.name, ...(extracted.byline ? { byline: extracted.byline } : {}) },
                }
              : d,
          ),
        );
      } catch (error) {
        setDrafts((list) => list.map((d) => (d.key === key ? { ...d, extracting: false } : d)));
        setErrors((current) => new Map(current).set(key, [`Could not read ${file.name}: ${describeFailure(error)}`]));
      }
    },
    [extract],
  );

  const replace = useCallback((next: ArticleDraft[]) => {
    setDrafts(next);
    setErrors(new Map());
  }, []);

  return { drafts, errors, update, add, remove, readFile, replace, setErrors };
}
