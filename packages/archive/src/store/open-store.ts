import { userInfo } from 'node:os';
import { type FingerprintOptions, resolveFingerprintOptions } from '../fingerprint.js';
import type { ArchiveStore } from './archive-store.js';
import { openPostgresStore } from './postgres-store.js';
import { openSqliteStore } from './sqlite-store.js';

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** Fingerprint options for a new store; an existing store keeps the ones it was made with. */
  fingerprint?: FingerprintOptions;
  /** PostgreSQL: the schema holding the tables (default: the URL's `?schema=`, else `public`). */
  schema?: string;
  /** PostgreSQL: connections in the pool (default 4). */
  poolSize?: number;
  /** SQLite: page cache in MiB (default 256). */
  cacheMiB?: number;
}

const POSTGRES_URL = /^postgres(?:ql)?:\/\//iu;
const SQLITE_URL = /^sqlite:(?:\/\/)?/iu;

function readPostgresUrl(url: string): { url: string; schema?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RangeError(`openStore: the PostgreSQL URL does not parse: ${JSON.stringify(url.replace(/:[^:@/]*@/u, ':***@').slice(0, 80))}`);
  }
  // libpq connects as the operating-system user when the URL names none; the driver takes
  // USER from the environment instead, which a service or a container may not set.
  if (parsed.username === '' && !process.env['PGUSER'] && !process.env['USER']) parsed.username = encodeURIComponent(userInfo().username);
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  return { url: parsed.toString(), ...(schema === null ? {} : { schema }) };
}

/**
 * Opens (creating when new) an archive store: `postgres://…` or `postgresql://…` is
 * PostgreSQL (`?schema=name` on it, or `options.schema`, picks the schema; default `public`); `sqlite:path`, `sqlite://path` or a plain file path is SQLite (`:memory:` for a
 * throwaway one).
 * @example const store = await openStore('./data/archive.sqlite');
 * @example const store = await openStore('postgres://127.0.0.1:5432/wirediff', { schema: 'archive' });
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<ArchiveStore> {
  if (typeof url !== 'string' || url.trim() === '') throw new TypeError('openStore: url must be a non-empty string (a file path, sqlite:path or postgres://…)');
  const fingerprint = options.fingerprint === undefined ? undefined : resolveFingerprintOptions(options.fingerprint);
  if (POSTGRES_URL.test(url)) {
    // `?schema=` on the URL picks the schema, so that one variable (WIREDIFF_DATABASE_URL) says
    // everything for the server and the CLI alike; the driver would pass it on as a server setting.
    const { url: connection, schema: urlSchema } = readPostgresUrl(url);
    const schema = options.schema ?? urlSchema;
    return openPostgresStore(connection, { fingerprint, ...(schema === undefined ? {} : { schema }), ...(options.poolSize === undefined ? {} : { poolSize: options.poolSize }) });
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//iu.test(url) && !SQLITE_URL.test(url)) throw new RangeError(`openStore: unsupported url scheme in ${JSON.stringify(url.slice(0, 40))}; use a file path, sqlite:path or postgres://…`);
  const path = url.replace(SQLITE_URL, '');
  return openSqliteStore(path === '' ? ':memory:' : path, { fingerprint, ...(options.cacheMiB === undefined ? {} : { cacheMiB: options.cacheMiB }) });
}
