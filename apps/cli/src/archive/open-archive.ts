import { existsSync } from 'node:fs';
import type { Archive, ArchiveStore } from '@wirediff/archive';
import { UsageError } from '../usage-error.js';

/** The flags every `wirediff archive` command takes to say which archive it works on. */
export const ARCHIVE_LOCATION_FLAGS = {
  db: { type: 'string' },
  namespace: { type: 'string' },
} as const;

/** Where an archive lives, as the CLI resolved it. */
export interface ArchiveLocation {
  /** What `openStore` takes: a SQLite file path or a `postgres://` URL (`?schema=` picks the schema). */
  url: string;
  namespace: string;
  /** The location as messages show it (a PostgreSQL password masked). */
  shown: string;
  postgres: boolean;
}

const POSTGRES_URL = /^postgres(?:ql)?:\/\//iu;

/**
 * The archive a command works on: `--db` when given, else the server's own rule
 * (`archiveLocation(env)` from `@wirediff/api`: `WIREDIFF_DATABASE_URL`, else
 * `archive.sqlite` in `WIREDIFF_DATA_DIR` or `./data`), so the CLI fills the archive
 * `npm start` serves. A `?schema=NAME` on a PostgreSQL URL picks the schema (`openStore`
 * reads it, for the server too). The API is imported here, not at start-up, so that
 * `compare` never loads the server.
 * @example await resolveArchiveLocation({ db: undefined, namespace: undefined }, {}) // { url: '/cwd/data/archive.sqlite', namespace: 'default', … }
 */
export async function resolveArchiveLocation(flags: { db?: string | undefined; namespace?: string | undefined }, env: Readonly<Record<string, string | undefined>>): Promise<ArchiveLocation> {
  const { DEFAULT_NAMESPACE } = await import('@wirediff/archive');
  const namespace = flags.namespace ?? DEFAULT_NAMESPACE;
  if (namespace.trim() === '' || namespace.length > 256) throw new UsageError(`--namespace must be 1 to 256 characters, got '${namespace}'`);
  let raw = flags.db?.trim();
  if (flags.db !== undefined && raw === '') throw new UsageError('--db must be a file path or a postgres:// URL, got an empty string');
  if (raw === undefined) {
    const { archiveLocation } = await import('@wirediff/api');
    raw = archiveLocation({ ...env });
  }
  if (!POSTGRES_URL.test(raw)) return { url: raw, namespace, shown: raw, postgres: false };
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new UsageError(`the archive's PostgreSQL URL does not parse: '${raw}' (e.g. postgres://127.0.0.1:5432/wirediff)`);
  }
  if (parsed.password !== '') parsed.password = '***';
  return { url: raw, namespace, shown: parsed.toString(), postgres: true };
}

/** An open archive and the store under it (close it when done). */
export interface OpenArchive {
  archive: Archive;
  store: ArchiveStore;
  location: ArchiveLocation;
}

/**
 * Opens the archive. `create: false` is for commands that only read or delete: a SQLite
 * file that does not exist yet is an error that says how to fill it, instead of an empty
 * archive made as a side effect of a typo in `--db` or `WIREDIFF_DATA_DIR`.
 * @example const { archive, store } = await openArchive(location, { create: true }); try { … } finally { await store.close(); }
 */
export async function openArchive(location: ArchiveLocation, options: { create: boolean }): Promise<OpenArchive> {
  if (!options.create && !location.postgres && location.url !== ':memory:' && !existsSync(location.url.replace(/^sqlite:(?:\/\/)?/iu, ''))) {
    throw new UsageError(`no archive at ${location.shown} yet; fill it with 'wirediff archive add <files>' (WIREDIFF_DATA_DIR, WIREDIFF_DATABASE_URL or --db choose another)`);
  }
  const { createArchive, openStore } = await import('@wirediff/archive');
  let store: ArchiveStore;
  try {
    store = await openStore(location.url);
  } catch (error) {
    // A wrong URL, a server that is down, a file that is not a database: the user can fix each.
    throw new UsageError(`cannot open the archive at ${location.shown}: ${firstLine(error)}`);
  }
  return { archive: createArchive({ store, namespace: location.namespace }), store, location };
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message || (error as NodeJS.ErrnoException).code || error.name : String(error);
  return message.split('\n')[0]!;
}

/**
 * Runs `work` on the open archive and closes the store afterwards, whatever happens.
 * @example await withArchive(location, { create: false }, ({ archive }) => archive.stats())
 */
export async function withArchive<T>(location: ArchiveLocation, options: { create: boolean }, work: (open: OpenArchive) => Promise<T>): Promise<T> {
  const open = await openArchive(location, options);
  try {
    return await work(open);
  } finally {
    await open.store.close();
  }
}
