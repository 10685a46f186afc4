/** Where the page keeps the API key the server asked for. */
export interface ApiKeyStore {
  /** The key in use, or null when none was given (or it was forgotten). */
  get(): string | null;
  set(key: string): void;
  forget(): void;
  /** Called after every change; returns the way to stop listening (useSyncExternalStore's shape). */
  subscribe(listener: () => void): () => void;
}

/** The sessionStorage entry: one per browser tab, gone when the tab closes. */
export const API_KEY_STORAGE_NAME = 'wirediff.apiKey';

type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * A key store over a Storage (sessionStorage in the page). Without a usable storage (a browser
 * that refuses it, say in a private mode) the key lives in memory until the page reloads.
 * @example const store = createApiKeyStore(window.sessionStorage); store.set('k-123'); store.get() // 'k-123'
 */
export function createApiKeyStore(storage: KeyStorage | null): ApiKeyStore {
  const listeners = new Set<() => void>();
  let memory: string | null = null;
  const read = (): string | null => {
    try {
      return storage?.getItem(API_KEY_STORAGE_NAME) ?? memory;
    } catch {
      return memory;
    }
  };
  const write = (key: string | null): void => {
    memory = key;
    try {
      if (key === null) storage?.removeItem(API_KEY_STORAGE_NAME);
      else storage?.setItem(API_KEY_STORAGE_NAME, key);
    } catch {
      // Storage refused (quota, privacy settings): the in-memory copy still serves this page.
    }
    for (const listener of listeners) listener();
  };
  return {
    get: () => read() || null,
    set: (key) => write(key.trim() || null),
    forget: () => write(null),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The store the page uses: this tab's sessionStorage, so the key is kept while the tab is open
 * and is never written to disk for other sessions.
 * @example const store = sessionKeyStore()
 */
export function sessionKeyStore(): ApiKeyStore {
  let storage: Storage | null = null;
  try {
    storage = window.sessionStorage;
  } catch {
    storage = null;
  }
  return createApiKeyStore(storage);
}
