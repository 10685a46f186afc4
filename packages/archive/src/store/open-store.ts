import { type FingerprintOptions, resolveFingerprintOptions } from '../fingerprint.js';
import type { ArchiveStore } from './archive-store.js';
import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** Fingerprint options for a new store; an existing store keeps the ones it was made with. */
  fingerprint?: FingerprintOptions;
  /** PostgreSQL: the schema holding the tables (default `public`). */
  schema?: string;
  /** PostgreSQL: connections in the pool (default 4). */
  poolSize?: number;
  /** SQLite: page cache in MiB (default 256). */
  cacheMiB?: number;
}

const POSTGRES_URL = /^postgres(?:ql)?:\/\//iu;
const SQLITE_URL = /^sqlite:(?:\/\/)?/iu;

/**
 * Opens (creating when new) an archive store: `postgres://…` or `postgresql://…` is
 * PostgreSQL; `sqlite:path`, `sqlite://path` or a plain file path is SQLite (`:memory:` for a
 * throwaway one).
 * @example const store = await openStore('./data/archive.sqlite');
 * @example const store = await openStore('postgres://127.0.0.1:5432/wirediff', { schema: 'archive' });
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<ArchiveStore> {
  if (typeof url !== 'string' || url.trim() === '') throw new TypeError('openStore: url must be a non-empty string (a file path, sqlite:path or postgres://…)');
  const fingerprint = options.fingerprint === undefined ? undefined : resolveFingerprintOptions(options.fingerprint);
  if (POSTGRES_URL.test(url)) {
    return openPostgresStore(url, { fingerprint, ...(options.schema === undefined ? {} : { schema: options.schema }), ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }) });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(url) && !SQLITE_URL.test(url)) throw new RangeError(`openStore: unsupported url scheme in ${JSON.stringify(url.slice(0, 40))}; use a file path, sqlite:path or postgres://…`);
  const path = url.replace(SQLITE_URL, '');
  return openSqliteStore(path === '' ? ':memory:' : path, { fingerprint, ...(options.cacheMiB === undefined ? {} : { cacheMiB: options.cacheMiB }) });
}
