import type { ComparisonReport } from '@wirediff/match';
import { useCallback, useRef, useState } from 'react';
import { ApiError, type ArticlePayload, describeFailure, isUnauthorized } from '../api/api-client.js';
import { describeProblem, placeProblem } from '../api/problem.js';
import { type ArticleDraft, collectPayloads } from '../input/article-draft.js';
import type { ArticleErrors } from '../input/use-article-drafts.js';

/** A result on the page: the report, the articles its offsets point into, and its permalink id once saved. */
export interface Comparison {
  report: ComparisonReport;
  documents: ArticlePayload[];
  savedId: string | null;
  /** New for every comparison run or opened, so the result view starts fresh only then. */
  run: number;
}

/** A comparison on its way: what the progress line says, and how to stop it. */
export interface Running {
  startedAt: number;
  articles: number;
  characters: number;
}

/** The comparison on the page and the way to make one. */
export interface ComparisonFlow {
  comparison: Comparison | null;
  running: Running | null;
  /** Messages for the form as a whole (per-article ones go to `onArticleErrors`). */
  errors: string[];
  /** Compare the drafts; resolves true when a new result is on the page. */
  start: (drafts: ArticleDraft[]) => Promise<boolean>;
  cancel: () => void;
  /** Show a comparison that was made elsewhere (a saved one). */
  show: (comparison: Omit<Comparison, 'run'>) => void;
  markSaved: (id: string) => void;
  clearErrors: () => void;
}

const EMPTY_ARTICLE = 'This article is empty: paste its text or choose a file, or remove it.';

/**
 * Compare, cancel, progress and errors in one place. Refusals that name an article
 * (`errors[].path`) go to that article by its draft key; the rest stay with the form.
 * @example const flow = useComparison({ compare: api.compare, onArticleErrors: articles.setErrors })
 */
export function useComparison(options: {
  compare: (request: { documents: ArticlePayload[]; signal: AbortSignal }) => Promise<ComparisonReport>;
  onArticleErrors: (errors: ArticleErrors) => void;
}): ComparisonFlow {
  const { compare, onArticleErrors } = options;
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const controller = useRef<AbortController | null>(null);
  const runs = useRef(0);

  const show = useCallback((next: Omit<Comparison, 'run'>) => {
    runs.current += 1;
    setComparison({ ...next, run: runs.current });
  }, []);

  const start = useCallback(
    async (drafts: ArticleDraft[]): Promise<boolean> => {
      if (controller.current) return false;
      const empty: ArticleErrors = new Map();
      for (const d of drafts) if (d.text.trim() === '') empty.set(d.key, [EMPTY_ARTICLE]);
      const { documents, sentToForm } = collectPayloads(drafts);
      if (documents.length < 2 || empty.size > 0) {
        onArticleErrors(empty);
        setErrors([documents.length < 2 ? 'Add at least two articles with text to compare.' : 'Fill in or remove the empty articles first.']);
        return false;
      }
      onArticleErrors(new Map());
      setErrors([]);
      const abort = new AbortController();
      controller.current = abort;
      setRunning({ startedAt: performance.now(), articles: documents.length, characters: documents.reduce((n, d) => n + d.text.length, 0) });
      try {
        const report = await compare({ documents, signal: abort.signal });
        show({ report, documents, savedId: null });
        return true;
      } catch (error) {
        if (abort.signal.aborted) {
          setErrors(['Comparison cancelled.']);
        } else if (error instanceof ApiError && !isUnauthorized(error)) {
          const placed = placeProblem({ problem: error.problem, sentToForm });
          const byKey: ArticleErrors = new Map();
          for (const [position, messages] of placed.byArticle) {
            const key = drafts[position]?.key;
            if (key !== undefined) byKey.set(key, messages);
            else placed.general.push(...messages);
          }
          onArticleErrors(byKey);
          const lead = byKey.size ? [`The comparison was refused: ${describeProblem(error.problem)}. See the marked articles.`] : [];
          setErrors([...lead, ...placed.general]);
        } else {
          setErrors([`The comparison failed: ${describeFailure(error)}`]);
        }
        return false;
      } finally {
        controller.current = null;
        setRunning(null);
      }
    },
    [compare, onArticleErrors, show],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const markSaved = useCallback((id: string) => setComparison((c) => (c ? { ...c, savedId: id } : c)), []);
  const clearErrors = useCallback(() => setErrors([]), []);

  return { comparison, running, errors, start, cancel, show, markSaved, clearErrors };
}
