import { afterEach, describe, expect, test } from 'vitest';
import { API_KEY_STORAGE_NAME, createApiKeyStore, sessionKeyStore } from './api-key-store.js';

afterEach(() => window.sessionStorage.clear());

describe('api key store', () => {
  test('keeps the key in this tab\'s sessionStorage and forgets it', () => {
    const store = sessionKeyStore();
    expect(store.get()).toBeNull();
    store.set('  k-123 ');
    expect(window.sessionStorage.getItem(API_KEY_STORAGE_NAME)).toBe('k-123');
    expect(sessionKeyStore().get()).toBe('k-123');
    store.forget();
    expect(window.sessionStorage.getItem(API_KEY_STORAGE_NAME)).toBeNull();
    expect(store.get()).toBeNull();
  });

  test('tells listeners about every change, until they stop listening', () => {
    const store = createApiKeyStore(window.sessionStorage);
    const seen: Array<string | null> = [];
    const stop = store.subscribe(() => seen.push(store.get()));
    store.set('a');
    store.forget();
    stop();
    store.set('b');
    expect(seen).toEqual(['a', null]);
  });

  test('a blank key counts as none', () => {
    const store = createApiKeyStore(window.sessionStorage);
    store.set('   ');
    expect(store.get()).toBeNull();
  });

  test('a storage that refuses every call still keeps the key for the page', () => {
    const refusing = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
      setItem: (): void => {
        throw new Error('QuotaExceededError');
      },
      removeItem: (): void => {
        throw new Error('SecurityError');
      },
    };
    const store = createApiKeyStore(refusing);
    store.set('k-1');
    expect(store.get()).toBe('k-1');
    store.forget();
    expect(store.get()).toBeNull();
    expect(createApiKeyStore(null).get()).toBeNull();
  });
});
