import type { ComparisonReport } from '@wirediff/match';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ArticlePayload, compareArticles, extractFile, loadComparison } from '../features/api/api-client.js';
import { describeProblem, placeProblem } from '../features/api/problem.js';
import { ProgressStatus } from '../features/compare/progress-status.js';
import { EXAMPLE_ARTICLES } from '../features/example/example-articles.js';
import { type ArticleDraft, MAX_ARTICLES, collectPayloads, createDraft, draftsFromPayloads, toLocalInput } from '../features/input/article-draft.js';
import { InputPanel } from '../features/input/input-panel.js';
import { ReportView } from '../features/report/report-view.js';
import { ErrorBoundary } from './error-boundary.js';
import { useRoute } from './route.js';

interface Comparison {
  report: ComparisonReport;
  documents: ArticlePayload[];
  savedId: string | null;
  /** New for every comparison run or opened, so the result view starts fresh only then. */
  run: number;
}

interface Running {
  startedAt: number;
  articles: number;
  characters: number;
  controller: AbortController;
}

const isAbort = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';

/**
 * The whole page: header, input, progress, result; /c/:id opens a saved comparison.
 * @example createRoot(root).render(<App />)
 */
export function App() {
  const [route, navigate] = useRoute();
  const [drafts, setDrafts] = useState<ArticleDraft[]>(() => [createDraft(), createDraft()]);
  const [articleErrors, setArticleErrors] = useState<Map<number, string[]>>(new Map());
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [running, setRunning] = useState<Running | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [loadingSaved, setLoadingSaved] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const runs = useRef(0);

  // Open a saved comparison when the address is /c/:id (also after back/forward).
  useEffect(() => {
    if (route.page !== 'saved' || comparison?.savedId === route.id) return;
    const controller = new AbortController();
    setLoadingSaved(true);
    setGeneralErrors([]);
    loadComparison({ id: route.id, signal: controller.signal })
      .then((saved) => {
        setDrafts(draftsFromPayloads(saved.documents));
        runs.current += 1;
        setComparison({ report: saved.report, documents: saved.documents, savedId: saved.id ?? route.id, run: runs.current });
      })
      .catch((error: unknown) => {
        if (isAbort(error)) return;
        const problem = error instanceof ApiError ? error.problem : null;
        setGeneralErrors([
          problem?.status === 404
            ? `There is no saved comparison at this address (${route.id}). It may have been deleted; you can start a new one below.`
            : `Could not open the saved comparison: ${problem ? describeProblem(problem) : String(error)}`,
        ]);
      })
      .finally(() => setLoadingSaved(false));
    return () => controller.abort();
  }, [route, comparison?.savedId]);

  // The tab says what is on the page, so a saved comparison is findable among open tabs.
  useEffect(() => {
    const names = comparison?.report.documents.map((d, i) => d.outlet || d.title || `Article ${i + 1}`);
    document.title = names ? `${names.join(' vs ')} · wirediff` : 'wirediff: what each outlet reused and added';
  }, [comparison]);

  const updateDraft = useCallback((index: number, patch: Partial<ArticleDraft>) => {
    setDrafts((list) => list.map((d, i) => (i === index ? { ...d, ...patch } : d)));
    setArticleErrors((errors) => {
      if (!errors.has(index) || !('text' in patch)) return errors;
      const next = new Map(errors);
      next.delete(index);
      return next;
    });
  }, []);

  const readFile = useCallback(
    async (index: number, file: File) => {
      updateDraft(index, { extracting: true });
      setArticleErrors((errors) => {
        const next = new Map(errors);
        next.delete(index);
        return next;
      });
      try {
        const extracted = await extractFile({ file });
        setDrafts((list) =>
          list.map((d, i) =>
            i === index
              ? {
                  ...d,
                  extracting: false,
                  text: extracted.text,
                  title: d.title || extracted.title || '',
                  outlet: d.outlet || extracted.outlet || '',
                  publishedAt: d.publishedAt || toLocalInput(extracted.publishedAt),
                  source: { fileName: file.name, ...(extracted.byline ? { byline: extracted.byline } : {}), ...(extracted.warnings ? { warnings: extracted.warnings } : {}) },
                }
              : d,
          ),
        );
      } catch (error) {
        updateDraft(index, { extracting: false });
        const problem = error instanceof ApiError ? error.problem : null;
        const reason = problem ? describeProblem(problem) : String(error);
        setArticleErrors((errors) => new Map(errors).set(index, [`Could not read ${file.name}: ${reason}`]));
      }
    },
    [updateDraft],
  );

  const compare = useCallback(async () => {
    const errors = new Map<number, string[]>();
    drafts.forEach((d, i) => {
      if (d.text.trim() === '') errors.set(i, ['This article is empty: paste its text or choose a file, or remove it.']);
    });
    const { documents, sentToForm } = collectPayloads(drafts);
    if (documents.length < 2) {
      setArticleErrors(errors);
      setGeneralErrors(['Add at least two articles with text to compare.']);
      return;
    }
    if (errors.size > 0) {
      setArticleErrors(errors);
      setGeneralErrors(['Fill in or remove the empty articles first.']);
      return;
    }
    setArticleErrors(new Map());
    setGeneralErrors([]);
    const controller = new AbortController();
    const characters = documents.reduce((n, d) => n + d.text.length, 0);
    setRunning({ startedAt: performance.now(), articles: documents.length, characters, controller });
    try {
      const report = await compareArticles({ documents, signal: controller.signal });
      runs.current += 1;
      setComparison({ report, documents, savedId: null, run: runs.current });
      if (window.location.pathname !== '/') navigate('/');
      requestAnimationFrame(() => resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
    } catch (error) {
      if (controller.signal.aborted) {
        setGeneralErrors(['Comparison cancelled.']);
      } else if (error instanceof ApiError) {
        const placed = placeProblem({ problem: error.problem, sentToForm });
        setArticleErrors(placed.byArticle);
        const lead = placed.byArticle.size ? [`The comparison was refused: ${describeProblem(error.problem)}. See the marked articles.`] : [];
        setGeneralErrors([...lead, ...placed.general]);
      } else {
        setGeneralErrors([`The comparison failed: ${String(error)}`]);
      }
    } finally {
      setRunning(null);
    }
  }, [drafts, navigate]);

  const loadExample = (): void => {
    setDrafts(EXAMPLE_ARTICLES.map((a) => createDraft({ text: a.text, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt })));
    setArticleErrors(new Map());
    setGeneralErrors([]);
  };

  return (
    <div className="page">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="masthead">
        <a className="masthead__brand" href="/">
          wire<span>diff</span>
        </a>
        <p className="masthead__tagline">See, sentence by sentence, what each outlet took from another article and what it added.</p>
      </header>
      <main id="main" className="main">
        {loadingSaved ? (
          <p className="note" role="status">
            Opening the saved comparison…
          </p>
        ) : null}
        <InputPanel
          drafts={drafts}
          errors={articleErrors}
          generalErrors={generalErrors}
          busy={running !== null}
          progress={running ? <ProgressStatus startedAt={running.startedAt} articles={running.articles} characters={running.characters} onCancel={() => running.controller.abort()} /> : null}
          onChange={updateDraft}
          onAdd={() => setDrafts((list) => (list.length < MAX_ARTICLES ? [...list, createDraft()] : list))}
          onRemove={(index) => {
            setDrafts((list) => list.filter((_, i) => i !== index));
            setArticleErrors(new Map());
          }}
          onFile={(index, file) => void readFile(index, file)}
          onExample={loadExample}
          onCompare={() => void compare()}
        />
        <div ref={resultRef} className="result-anchor">
          {comparison ? (
            <ErrorBoundary label="the result">
              <ReportView
                key={comparison.run}
                report={comparison.report}
                documents={comparison.documents}
                savedId={comparison.savedId}
                onSaved={(id) => {
                  setComparison((c) => (c ? { ...c, savedId: id } : c));
                  navigate(`/c/${id}`);
                }}
              />
            </ErrorBoundary>
          ) : (
            <section className="empty-state empty-state--intro" aria-label="What you will see">
              <h2>
                <span className="step">2</span> What you will see
              </h2>
              <ul>
                <li>
                  <strong>A bar per article</strong>: how much of it also appears in the other articles, split by how closely it
                  was copied, and how much is its own.
                </li>
                <li>
                  <strong>The articles side by side</strong>, every sentence marked <em>verbatim</em>, <em>edited</em>,{' '}
                  <em>paraphrase</em>, <em>partial</em> or <em>added</em>, with lines joining the matching sentences.
                </li>
                <li>
                  <strong>Word-by-word changes</strong> for any sentence you click, and exports to JSON, CSV or a printable page.
                </li>
              </ul>
              <p className="muted">Nothing is stored unless you press Save.</p>
            </section>
          )}
        </div>
      </main>
      <footer className="footer">
        wirediff · the articles you paste are compared on this server and are not kept unless you save the comparison.
      </footer>
    </div>
  );
}
