import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ArchiveStore, type OpenStoreOptions, openStore } from '../../src/index.js';
import { POSTGRES_URL, freshSchema, hasPostgres } from './postgres.js';

/** A way to open a fresh store of one backend, and to clean up after it. */
export interface Backend {
  name: 'sqlite' | 'postgres';
  /** False when the backend cannot run here (PostgreSQL unreachable: said so once on the console). */
  available: boolean;
  /** A new, empty store; every store opened by one backend shares its location until `cleanup`. */
  open(options?: OpenStoreOptions): Promise<ArchiveStore>;
  /** Opens the same location again (to test what survives a reopen). */
  reopen(options?: OpenStoreOptions): Promise<ArchiveStore>;
  /** The URL and options another process needs to open the same store. */
  location(): { url: string; schema?: string };
  cleanup(): Promise<void>;
}

/**
 * A real SQLite file in a temporary folder.
 * @example const backend = sqliteBackend(); const store = await backend.open();
 */
export function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), 'wirediff-archive-'));
  let count = 0;
  let path = join(dir, 'archive-0.sqlite');
  return {
    name: 'sqlite',
    available: true,
    async open(options) {
      count += 1;
      path = join(dir, `archive-${count}.sqlite`);
      return openStore(path, options);
    },
    async reopen(options) {
      return openStore(path, options);
    },
    location: () => ({ url: path }),
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The real PostgreSQL server, one fresh schema per `open`, all dropped by `cleanup`.
 * @example const backend = postgresBackend(); const store = await backend.open();
 */
export function postgresBackend(): Backend {
  const drops: Array<() => Promise<void>> = [];
  let schema = '';
  return {
    name: 'postgres',
    available: hasPostgres,
    async open(options) {
      const fresh = await freshSchema('wdtest');
      drops.push(fresh.drop);
      schema = fresh.schema;
      return openStore(POSTGRES_URL, { ...options, schema });
    },
    async reopen(options) {
      return openStore(POSTGRES_URL, { ...options, schema });
    },
    location: () => ({ url: POSTGRES_URL, schema }),
    async cleanup() {
      for (const drop of drops) await drop();
    },
  };
}
