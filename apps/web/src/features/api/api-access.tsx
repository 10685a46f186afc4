import type { ComparisonReport } from '@wirediff/match';
import { type ReactNode, createContext, useCallback, useContext, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ArchiveSourcesResponse, ArchiveStats, ArchivedDocument, DedupResult } from '@wirediff/api/types';
import {
  type ExtractedArticle,
  type SavedComparison,
  compareArticles,
  extractFile,
  findSources,
  isUnauthorized,
  loadArchiveStats,
  loadArchivedDocument,
  loadComparison,
  loadDedup,
  saveComparison,
} from './api-client.js';
import { ApiKeyDialog } from './api-key-dialog.js';
import type { ApiKeyStore } from './api-key-store.js';

type WithoutKey<T> = Omit<T, 'apiKey'>;

/** The API calls the page makes; inside `ApiKeyProvider` each sends the key and asks for one on a 401. */
export interface Api {
  compare(options: WithoutKey<Parameters<typeof compareArticles>[0]>): Promise<ComparisonReport>;
  extract(options: WithoutKey<Parameters<typeof extractFile>[0]>): Promise<ExtractedArticle>;
  save(options: WithoutKey<Parameters<typeof saveComparison>[0]>): Promise<SavedComparison>;
  load(options: WithoutKey<Parameters<typeof loadComparison>[0]>): Promise<SavedComparison>;
  sources(options: WithoutKey<Parameters<typeof findSources>[0]>): Promise<ArchiveSourcesResponse>;
  archived(options: WithoutKey<Parameters<typeof loadArchivedDocument>[0]>): Promise<ArchivedDocument>;
  dedup(options: WithoutKey<Parameters<typeof loadDedup>[0]>): Promise<DedupResult>;
  stats(options: WithoutKey<Parameters<typeof loadArchiveStats>[0]>): Promise<ArchiveStats>;
}

/** What the page reads from the provider: the calls, the key in use and a way to forget it. */
export interface ApiAccess {
  api: Api;
  /** The key being sent, or null. */
  apiKey: string | null;
  /** The page is waiting for the reader to give a key. */
  asking: boolean;
  forget: () => void;
}

// Outside a provider (component tests of one part) the calls go out without a key.
const WITHOUT_KEYS: ApiAccess = {
  api: {
    compare: compareArticles,
    extract: extractFile,
    save: saveComparison,
    load: loadComparison,
    sources: findSources,
    archived: loadArchivedDocument,
    dedup: loadDedup,
    stats: loadArchiveStats,
  },
  apiKey: null,
  asking: false,
  forget: () => undefined,
};

const ApiAccessContext = createContext<ApiAccess>(WITHOUT_KEYS);

/** The key was sent and the server said no. */
export const WRONG_KEY_MESSAGE = 'The server did not accept this key. Check it (keys are case-sensitive) and try again.';

interface Prompt {
  error: string | null;
  checking: boolean;
}

/**
 * Gives the page its API calls. Each sends the stored key as `Authorization: Bearer …`; when
 * the server answers 401 the provider asks for a key (one dialog for every call waiting),
 * stores it and retries, says so when the key is refused, and lets the call fail with the
 * server's answer when the reader cancels.
 * @example <ApiKeyProvider store={sessionKeyStore()}><Page /></ApiKeyProvider>
 */
export function ApiKeyProvider({ store, children }: { store: ApiKeyStore; children: ReactNode }) {
  const apiKey = useSyncExternalStore(store.subscribe, store.get, () => null);
  const [prompt, setPrompt] = useState<Prompt | null>(null);
  const waiters = useRef(new Set<(key: string | null) => void>());

  const settle = useCallback((key: string | null): void => {
    const list = [...waiters.current];
    waiters.current.clear();
    for (const waiter of list) waiter(key);
  }, []);

  const ask = useCallback(
    (error: string | null, signal: AbortSignal | undefined): Promise<string | null> =>
      new Promise((resolve) => {
        if (signal?.aborted) return resolve(null);
        const onAbort = (): void => {
          waiters.current.delete(waiter);
          // Nobody waits for a key any more (the comparison was cancelled, the page moved on).
          if (waiters.current.size === 0) setPrompt(null);
          resolve(null);
        };
        const waiter = (key: string | null): void => {
          signal?.removeEventListener('abort', onAbort);
          resolve(key);
        };
        waiters.current.add(waiter);
        signal?.addEventListener('abort', onAbort, { once: true });
        setPrompt({ error, checking: false });
      }),
    [],
  );

  const authorized = useCallback(
    async <T,>(call: (key: string | undefined) => Promise<T>, signal?: AbortSignal): Promise<T> => {
      for (;;) {
        const sent = store.get();
        try {
          const result = await call(sent ?? undefined);
          setPrompt((current) => (current?.checking ? null : current));
          return result;
        } catch (error) {
          if (!isUnauthorized(error) || signal?.aborted) {
            setPrompt((current) => (current?.checking ? null : current));
            throw error;
          }
          // Another call got a new key while this one was on its way: try that one first.
          if (store.get() !== sent) continue;
          if (sent !== null) store.forget();
          const next = await ask(sent === null ? null : WRONG_KEY_MESSAGE, signal);
          if (next === null) throw error;
        }
      }
    },
    [store, ask],
  );

  const api = useMemo<Api>(
    () => ({
      compare: (options) => authorized((key) => compareArticles({ ...options, apiKey: key }), options.signal),
      extract: (options) => authorized((key) => extractFile({ ...options, apiKey: key }), options.signal),
      save: (options) => authorized((key) => saveComparison({ ...options, apiKey: key })),
      load: (options) => authorized((key) => loadComparison({ ...options, apiKey: key }), options.signal),
      sources: (options) => authorized((key) => findSources({ ...options, apiKey: key }), options.signal),
      archived: (options) => authorized((key) => loadArchivedDocument({ ...options, apiKey: key }), options.signal),
      dedup: (options) => authorized((key) => loadDedup({ ...options, apiKey: key }), options.signal),
      stats: (options) => authorized((key) => loadArchiveStats({ ...options, apiKey: key }), options.signal),
    }),
    [authorized],
  );
  const asking = prompt !== null && !prompt.checking;
  const access = useMemo<ApiAccess>(() => ({ api, apiKey, asking, forget: () => store.forget() }), [api, apiKey, asking, store]);

  const submit = (key: string): void => {
    store.set(key);
    // With nobody left waiting there is nothing to check the key against: keep it and close.
    setPrompt(waiters.current.size > 0 ? { error: null, checking: true } : null);
    settle(key);
  };
  const cancel = (): void => {
    setPrompt(null);
    settle(null);
  };

  return (
    <ApiAccessContext.Provider value={access}>
      {children}
      {prompt ? <ApiKeyDialog error={prompt.error} checking={prompt.checking} onSubmit={submit} onCancel={cancel} /> : null}
    </ApiAccessContext.Provider>
  );
}

/**
 * The page's API calls (key-aware inside `ApiKeyProvider`).
 * @example const { api } = useApiAccess(); await api.compare({ documents })
 */
export function useApiAccess(): ApiAccess {
  return useContext(ApiAccessContext);
}

/**
 * Says that a key is in use and lets the reader forget it; nothing when no key is stored.
 * @example <ApiKeyStatus />
 */
export function ApiKeyStatus() {
  const { apiKey, forget } = useApiAccess();
  if (apiKey === null) return null;
  return (
    <p className="key-status" data-testid="api-key-status">
      <span>Using an API key in this tab.</span>{' '}
      <button type="button" className="button button--quiet button--small" onClick={forget}>
        Forget the key
      </button>
    </p>
  );
}
