import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../errors.js';
import { createComparisonId } from '../ids.js';
import type { Scope } from '../scope.js';
import type { ComparisonPage, ComparisonStore, ComparisonSummary, ComparisonSummaryFacts, NewComparison, SavedComparison } from './comparison-store.js';

/**
 * The database file inside the data folder.
 * @example join(config.dataDir, DATABASE_FILE) // './data/wirediff.sqlite'
 */
export const DATABASE_FILE = 'wirediff.sqlite';

/** Ordered schema changes; each runs once, in its own transaction, and is recorded in schema_migrations. */
const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE comparisons (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL,
        documents TEXT NOT NULL,
        options TEXT NOT NULL,
        report TEXT NOT NULL,
        summary TEXT NOT NULL
      );
    `,
  },
  {
    // The API key that saved each comparison (its id: a name or a hash, never the key); NULL
    // for comparisons saved by a server without keys, which only such a server shows.
    version: 2,
    sql: `
      ALTER TABLE comparisons ADD COLUMN owner TEXT;
      CREATE INDEX comparisons_by_owner ON comparisons (owner, seq);
    `,
  },
];

const CURSOR = /^[1-9][0-9]{0,15}$/;

interface SummaryRow {
  seq: number;
  id: string;
  created_at: number;
  summary: string;
}

interface FullRow {
  id: string;
  created_at: number;
  documents: string;
  options: string;
  report: string;
}

/**
 * Apply pending migrations to an open database.
 * @example migrate(new Database(':memory:'))
 */
export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((row) => row.version));
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(migration.version, Date.now());
    })();
  }
}

/**
 * Open (creating if needed) the SQLite store in `dataDir`: WAL, synchronous=FULL so a commit
 * survives the process being killed, every write in a transaction.
 * @example const store = openSqliteStore({ dataDir: './data' }); await store.save(comparison, { keyId: null })
 */
export function openSqliteStore(options: { dataDir: string; now?: () => number }): ComparisonStore {
  mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? Date.now;
  const db = new Database(join(options.dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const insert = db.prepare('INSERT INTO comparisons (id, created_at, documents, options, report, summary, owner) VALUES (?, ?, ?, ?, ?, ?, ?)');
  // Each statement in two forms: the shared space of a server without keys sees every row; a
  // key sees only its own (`owner = ?` matches neither another key's rows nor the NULL ones).
  const scoped = (shared: string, owned: string) => ({ shared: db.prepare(shared), owned: db.prepare(owned) });
  const selectOne = scoped('SELECT id, created_at, documents, options, report FROM comparisons WHERE id = ?', 'SELECT id, created_at, documents, options, report FROM comparisons WHERE id = ? AND owner = ?');
  const selectFirstPage = scoped('SELECT seq, id, created_at, summary FROM comparisons ORDER BY seq DESC LIMIT ?', 'SELECT seq, id, created_at, summary FROM comparisons WHERE owner = ? ORDER BY seq DESC LIMIT ?');
  const selectPageAfter = scoped(
    'SELECT seq, id, created_at, summary FROM comparisons WHERE seq < ? ORDER BY seq DESC LIMIT ?',
    'SELECT seq, id, created_at, summary FROM comparisons WHERE owner = ? AND seq < ? ORDER BY seq DESC LIMIT ?',
  );
  const deleteOne = scoped('DELETE FROM comparisons WHERE id = ?', 'DELETE FROM comparisons WHERE id = ? AND owner = ?');
  const saveTx = db.transaction((row: [string, number, string, string, string, string, string | null]) => insert.run(...row));
  const deleteTx = db.transaction((id: string, scope: Scope) => (scope.keyId === null ? deleteOne.shared.run(id) : deleteOne.owned.run(id, scope.keyId)).changes);

  return {
    async save(comparison: NewComparison, scope: Scope) {
      const id = createComparisonId();
      const createdAt = now();
      saveTx([
        id,
        createdAt,
        JSON.stringify(comparison.documents),
        JSON.stringify(comparison.options),
        comparison.reportJson,
        JSON.stringify(comparison.summary),
        scope.keyId,
      ]);
      return { id, createdAt: new Date(createdAt).toISOString() };
    },
    async get(id: string, scope: Scope): Promise<SavedComparison | null> {
      const row = (scope.keyId === null ? selectOne.shared.get(id) : selectOne.owned.get(id, scope.keyId)) as FullRow | undefined;
      if (row === undefined) return null;
      return {
        id: row.id,
        createdAt: new Date(row.created_at).toISOString(),
        documents: JSON.parse(row.documents) as SavedComparison['documents'],
        options: JSON.parse(row.options) as SavedComparison['options'],
        reportJson: row.report,
      };
    },
    async list({ limit, cursor }, scope: Scope): Promise<ComparisonPage> {
      if (cursor !== undefined && !CURSOR.test(cursor)) {
        throw new ApiError('validation', 'The cursor is not one this server returned.', { errors: [{ path: 'cursor', message: 'Unknown cursor' }] });
      }
      // One extra row tells whether another page follows.
      const owner = scope.keyId;
      const rows = (
        cursor === undefined
          ? owner === null
            ? selectFirstPage.shared.all(limit + 1)
            : selectFirstPage.owned.all(owner, limit + 1)
          : owner === null
            ? selectPageAfter.shared.all(Number(cursor), limit + 1)
            : selectPageAfter.owned.all(owner, Number(cursor), limit + 1)
      ) as SummaryRow[];
      const page = rows.slice(0, limit);
      const items: ComparisonSummary[] = page.map((row) => ({
        id: row.id,
        createdAt: new Date(row.created_at).toISOString(),
        ...(JSON.parse(row.summary) as ComparisonSummaryFacts),
      }));
      const last = page[page.length - 1];
      return { items, nextCursor: rows.length > limit && last !== undefined ? String(last.seq) : null };
    },
    async delete(id: string, scope: Scope) {
      return deleteTx(id, scope) > 0;
    },
    close() {
      db.close();
    },
  };
}
