import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../errors.js';
import { createComparisonId } from '../ids.js';
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
 * @example const store = openSqliteStore({ dataDir: './data' }); await store.save(comparison)
 */
export function openSqliteStore(options: { dataDir: string; now?: () => number }): ComparisonStore {
  mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? Date.now;
  const db = new Database(join(options.dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const insert = db.prepare('INSERT INTO comparisons (id, created_at, documents, options, report, summary) VALUES (?, ?, ?, ?, ?, ?)');
  const selectOne = db.prepare('SELECT id, created_at, documents, options, report FROM comparisons WHERE id = ?');
  const selectFirstPage = db.prepare('SELECT seq, id, created_at, summary FROM comparisons ORDER BY seq DESC LIMIT ?');
  const selectPageAfter = db.prepare('SELECT seq, id, created_at, summary FROM comparisons WHERE seq < ? ORDER BY seq DESC LIMIT ?');
  const deleteOne = db.prepare('DELETE FROM comparisons WHERE id = ?');
  const saveTx = db.transaction((row: [string, number, string, string, string, string]) => insert.run(...row));
  const deleteTx = db.transaction((id: string) => deleteOne.run(id).changes);

  return {
    async save(comparison: NewComparison) {
      const id = createComparisonId();
      const createdAt = now();
      saveTx([
        id,
        createdAt,
        JSON.stringify(comparison.documents),
        JSON.stringify(comparison.options),
        comparison.reportJson,
        JSON.stringify(comparison.summary),
      ]);
      return { id, createdAt: new Date(createdAt).toISOString() };
    },
    async get(id: string): Promise<SavedComparison | null> {
      const row = selectOne.get(id) as FullRow | undefined;
      if (row === undefined) return null;
      return {
        id: row.id,
        createdAt: new Date(row.created_at).toISOString(),
        documents: JSON.parse(row.documents) as SavedComparison['documents'],
        options: JSON.parse(row.options) as SavedComparison['options'],
        reportJson: row.report,
      };
    },
    async list({ limit, cursor }): Promise<ComparisonPage> {
      if (cursor !== undefined && !CURSOR.test(cursor)) {
        throw new ApiError('validation', 'The cursor is not one this server returned.', { errors: [{ path: 'cursor', message: 'Unknown cursor' }] });
      }
      // One extra row tells whether another page follows.
      const rows = (cursor === undefined ? selectFirstPage.all(limit + 1) : selectPageAfter.all(Number(cursor), limit + 1)) as SummaryRow[];
      const page = rows.slice(0, limit);
      const items: ComparisonSummary[] = page.map((row) => ({
        id: row.id,
        createdAt: new Date(row.created_at).toISOString(),
        ...(JSON.parse(row.summary) as ComparisonSummaryFacts),
      }));
      const last = page[page.length - 1];
      return { items, nextCursor: rows.length > limit && last !== undefined ? String(last.seq) : null };
    },
    async delete(id: string) {
      return deleteTx(id) > 0;
    },
    close() {
      db.close();
    },
  };
}
