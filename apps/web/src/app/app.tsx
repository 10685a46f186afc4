import { useCallback, useEffect, useMemo, useRef } from 'react';
import { ApiKeyProvider, ApiKeyStatus, useApiAccess } from '../features/api/api-access.js';
import type { ArticlePayload, SavedComparison } from '../features/api/api-client.js';
import { type ApiKeyStore, sessionKeyStore } from '../features/api/api-key-store.js';
import { ProgressStatus } from '../features/compare/progress-status.js';
import { useComparison } from '../features/compare/use-comparison.js';
import { EXAMPLE_ARTICLES } from '../features/example/example-articles.js';
import { FeedPage } from '../features/feed/feed-page.js';
import { useFeed } from '../features/feed/use-feed.js';
import { createDraft, draftsFromPayloads } from '../features/input/article-draft.js';
import { InputPanel } from '../features/input/input-panel.js';
import { useArticleDrafts } from '../features/input/use-article-drafts.js';
import { ReportView } from '../features/report/report-view.js';
import { SourcesPage } from '../features/sources/sources-page.js';
import { useSourceSearch } from '../features/sources/use-source-search.js';
import { ErrorBoundary } from './error-boundary.js';
import { SiteNav } from './site-nav.js';
import { useRoute } from './route.js';
import { useSavedComparison } from './use-saved-comparison.js';

/**
 * The whole page: header, input, progress, result; /c/:id opens a saved comparison. The API
 * key (when the server needs one) is kept in `keyStore`, this tab's sessionStorage by default.
 * @example createRoot(root).render(<App />)
 */
export function App({ keyStore }: { keyStore?: ApiKeyStore }) {
  const store = useMemo(() => keyStore ?? sessionKeyStore(), [keyStore]);
  return (
    <ApiKeyProvider store={store}>
      <Page />
    </ApiKeyProvider>
  );
}

function Page() {
  const [route, navigate] = useRoute();
  const { api, asking } = useApiAccess();
  const extract = useCallback((file: File) => api.extract({ file }), [api]);
  const articles = useArticleDrafts({ extract });
  const { replace: replaceDrafts, setErrors: setArticleErrors } = articles;
  const flow = useComparison({ compare: api.compare, onArticleErrors: setArticleErrors });
  const { comparison, show } = flow;
  const resultRef = useRef<HTMLDivElement>(null);

  const onLoaded = useCallback(
    (saved: SavedComparison, id: string) => {
      replaceDrafts(draftsFromPayloads(saved.documents));
      show({ report: saved.report, documents: saved.documents, savedId: saved.id ?? id });
    },
    [replaceDrafts, show],
  );
  const saved = useSavedComparison({ route, shownId: comparison?.savedId ?? null, load: api.load, onLoaded });

  // The archive pages open their finds in this very comparison flow: the articles go into the
  // form (so they can be edited and compared again) and the result is the usual one.
  const openSideBySide = async (documents: ArticlePayload[]): Promise<void> => {
    const drafts = draftsFromPayloads(documents);
    replaceDrafts(drafts);
    flow.clearErrors();
    saved.dismiss();
    navigate('/');
    const done = await flow.start(drafts);
    if (done) requestAnimationFrame(() => resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
  };
  const sources = useSourceSearch({ api, onOpen: (documents) => void openSideBySide(documents) });
  const feed = useFeed({ api, onOpen: (documents) => void openSideBySide(documents) });

  // The tab says what is on the page, so a saved comparison is findable among open tabs.
  useEffect(() => {
    if (route.page === 'sources' || route.page === 'feed') {
      document.title = `${route.page === 'sources' ? 'Find sources' : 'Feed'} · wirediff`;
      return;
    }
    const names = comparison?.report.documents.map((d, i) => d.outlet || d.title || `Article ${i + 1}`);
    document.title = names ? `${names.join(' vs ')} · wirediff` : 'wirediff: what each outlet reused and added';
  }, [comparison, route.page]);

  const compare = async (): Promise<void> => {
    saved.dismiss();
    const done = await flow.start(articles.drafts);
    if (!done) return;
    if (window.location.pathname !== '/') navigate('/');
    requestAnimationFrame(() => resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
  };

  const loadExample = (): void => {
    articles.replace(EXAMPLE_ARTICLES.map((a) => createDraft({ text: a.text, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt })));
    flow.clearErrors();
    saved.dismiss();
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
        <SiteNav route={route} navigate={navigate} />
        <ApiKeyStatus />
      </header>
      <main id="main" className="main">
        {route.page === 'sources' ? <SourcesPage search={sources} /> : null}
        {route.page === 'feed' ? <FeedPage feed={feed} /> : null}
        {route.page === 'sources' || route.page === 'feed' ? null : (
          <>
            {saved.loading ? (
              <p className="note" role="status">
                Opening the saved comparison…
              </p>
            ) : null}
            <InputPanel
              drafts={articles.drafts}
              errors={articles.errors}
              generalErrors={[...saved.errors, ...flow.errors]}
              busy={flow.running !== null}
              progress={flow.running ? <ProgressStatus startedAt={flow.running.startedAt} articles={flow.running.articles} characters={flow.running.characters} waitingForKey={asking} onCancel={flow.cancel} /> : null}
              onChange={articles.update}
              onAdd={articles.add}
              onRemove={articles.remove}
              onFile={(key, file) => void articles.readFile(key, file)}
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
                      flow.markSaved(id);
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
          </>
        )}
      </main>
      <footer className="footer">
        wirediff · the articles you paste are compared on this server and are not kept unless you save the comparison.
      </footer>
    </div>
  );
}
