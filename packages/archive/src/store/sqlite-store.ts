import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { countCandidatePairs } from '../dedup/count-pairs.js';
import type { ResolvedFingerprintOptions } from '../fingerprint.js';
import type { AddResult, ArchiveStats } from '../types.js';
import type { ArchiveStore, CandidatePair, CandidatePairOptions, DocumentMeta, DocumentWithText, Posting, PreparedDocument } from './archive-store.js';
import { META_COLUMNS, type MetaRow, statsFromDays, toMeta } from './document-rows.js';
import { checkFingerprintMeta } from './fingerprint-meta.js';

// SQLite has no partitions: documents carry their day (indexed), and eviction deletes a day's
// anchors by their keys, read from the document's own copy of its anchors (a blob), so the
// anchor table needs no second index by document. WITHOUT ROWID keeps each anchor one b-tree
// entry (ns, hash, doc): about 30 bytes on disk.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS archive_namespaces (ns INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS archive_documents (
  doc INTEGER PRIMARY KEY AUTOINCREMENT,
  ns INTEGER NOT NULL,
  id TEXT NOT NULL,
  day INTEGER NOT NULL,
  published_at TEXT,
  title TEXT,
  outlet TEXT,
  words INTEGER NOT NULL,
  anchor_count INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  added_at TEXT NOT NULL,
  -- The text and the anchor list last: SQLite reads a row's columns in order, and reading the
  -- metadata of 200 candidates cost 45-80 ms when it sat behind the text's overflow pages.
  anchors BLOB NOT NULL,
  text TEXT NOT NULL,
  -- Rare-word keys, posted in archive_anchors beside the anchors (NULL in archives made before).
  terms BLOB,
  UNIQUE (ns, id)
);
CREATE INDEX IF NOT EXISTS archive_documents_day ON archive_documents (ns, day);
-- Covers anchorCounts: a few bytes a document, so it stays in the page cache at 1M.
CREATE INDEX IF NOT EXISTS archive_documents_sizes ON archive_documents (ns, doc, anchor_count);
CREATE TABLE IF NOT EXISTS archive_anchors (
  ns INTEGER NOT NULL,
  hash INTEGER NOT NULL,
  doc INTEGER NOT NULL,
  PRIMARY KEY (ns, hash, doc)
) WITHOUT ROWID;
`;




function anchorsToBlob(anchors: readonly number[]): Buffer {
  return Buffer.from(Float64Array.from(anchors).buffer);
}

function blobToAnchors(blob: Buffer): Float64Array {
  // A copy: the buffer better-sqlite3 hands back need not be 8-byte aligned.
  const out = new Float64Array(blob.byteLength / 8);
  new Uint8Array(out.buffer).set(blob);
  return out;
}

/** Options of `openSqliteStore`. */
export interface SqliteStoreOptions {
  /** Fingerprint options for a new store (an existing one keeps its own; a different request throws). */
  fingerprint?: ResolvedFingerprintOptions | undefined;
  /** Page cache in MiB (default 256): the anchor index is read at random. */
  cacheMiB?: number;
}

const SQL_CHUNK = 500;
const ANCHOR_ROWS_PER_INSERT = 100;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * An archive in one SQLite file (WAL; every acknowledged `put` is on disk, so it survives
 * SIGKILL and power loss). `path` ':memory:' gives a throwaway store.
 * @example const store = openSqliteStore('./data/archive.sqlite');
 */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): ArchiveStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // FULL: a commit returns only after the WAL is synced; one sync per `put` batch.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = OFF');
  db.pragma(`cache_size = -${Math.round((options.cacheMiB ?? 256) * 1024)}`);
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  // Archives made before rare-word keys lack the column: their documents are found by anchors
  // alone until re-added.
  const columns = db.prepare('PRAGMA table_info(archive_documents)').all() as Array<{ name: string }>;
  if (!columns.some((column) => column.name === 'terms')) db.exec('ALTER TABLE archive_documents ADD COLUMN terms BLOB');
  const fingerprint = checkFingerprintMeta(
    (db.prepare('SELECT value FROM archive_meta WHERE key = ?').pluck().get('fingerprint') as string | undefined) ?? null,
    options.fingerprint,
    (value) => db.prepare('INSERT INTO archive_meta (key, value) VALUES (?, ?)').run('fingerprint', value),
  );

  const namespaceIds = new Map<string, number>();
  const findNamespace = db.prepare('SELECT ns FROM archive_namespaces WHERE name = ?').pluck();
  // OR IGNORE: another process may create the same namespace between our look-up and insert.
  const insertNamespace = db.prepare('INSERT OR IGNORE INTO archive_namespaces (name) VALUES (?)');
  /** The namespace's number, created on first write; reads of an unknown namespace see nothing. */
  function namespaceId(name: string, create: boolean): number | null {
    const known = namespaceIds.get(name);
    if (known !== undefined) return known;
    let ns = findNamespace.get(name) as number | undefined;
    if (ns === undefined) {
      if (!create) return null;
      insertNamespace.run(name);
      ns = findNamespace.get(name) as number;
    }
    namespaceIds.set(name, ns);
    return ns;
  }

  const findDoc = db.prepare('SELECT doc, content_hash AS contentHash FROM archive_documents WHERE ns = ? AND id = ?');
  // Read only when a document is dropped: an unchanged re-add never needs its keys, and the
  // terms sit after the text.
  const findKeys = db.prepare('SELECT anchors, terms FROM archive_documents WHERE doc = ?');
  const insertDoc = db.prepare(
    `INSERT INTO archive_documents (ns, id, day, published_at, title, outlet, text, words, anchor_count, anchors, terms, content_hash, added_at)
     VALUES (@ns, @id, @day, @publishedAt, @title, @outlet, @text, @words, @anchorCount, @anchors, @terms, @contentHash, @addedAt)`,
  );
  const deleteDoc = db.prepare('DELETE FROM archive_documents WHERE doc = ?');
  const insertAnchor = db.prepare('INSERT INTO archive_anchors (ns, hash, doc) VALUES (?, ?, ?)');
  // Many rows per statement: one statement step per anchor was half the cost of an add.
  const insertAnchors = db.prepare(`INSERT INTO archive_anchors (ns, hash, doc) VALUES ${Array.from({ length: ANCHOR_ROWS_PER_INSERT }, () => '(?, ?, ?)').join(', ')}`);
  const deleteAnchor = db.prepare('DELETE FROM archive_anchors WHERE ns = ? AND hash = ? AND doc = ?');
  const postingStatement = db.prepare('SELECT doc FROM archive_anchors WHERE ns = ? AND hash = ? ORDER BY doc LIMIT ?').pluck();

  function dropDocument(ns: number, doc: number): void {
    const { anchors, terms } = findKeys.get(doc) as { anchors: Buffer; terms: Buffer | null };
    for (const hash of blobToAnchors(anchors)) deleteAnchor.run(ns, hash, doc);
    if (terms !== null) for (const key of blobToAnchors(terms)) deleteAnchor.run(ns, key, doc);
    deleteDoc.run(doc);
  }

  const putAll = db.transaction((ns: number, documents: readonly PreparedDocument[]): AddResult => {
    const result: AddResult = { added: 0, updated: 0, unchanged: 0 };
    const addedAt = new Date().toISOString();
    const rows: Array<[number, number]> = [];
    const seen = new Set<string>();
    for (const document of documents) {
      if (seen.has(document.id)) throw new RangeError(`add: id ${JSON.stringify(document.id)} appears twice in one call`);
      seen.add(document.id);
      const existing = findDoc.get(ns, document.id) as { doc: number; contentHash: string } | undefined;
      if (existing?.contentHash === document.contentHash) {
        result.unchanged += 1;
        continue;
      }
      if (existing !== undefined) dropDocument(ns, existing.doc);
      const doc = Number(
        insertDoc.run({
          ns,
          id: document.id,
          day: document.day,
          publishedAt: document.publishedAt ?? null,
          title: document.title ?? null,
          outlet: document.outlet ?? null,
          text: document.text,
          words: document.words,
          anchorCount: document.anchors.length,
          anchors: anchorsToBlob(document.anchors),
          terms: anchorsToBlob(document.terms),
          contentHash: document.contentHash,
          addedAt,
        }).lastInsertRowid,
      );
      for (const hash of document.anchors) rows.push([hash, doc]);
      for (const key of document.terms) rows.push([key, doc]);
      if (existing === undefined) result.added += 1;
      else result.updated += 1;
    }
    // In hash order, so a batch's inserts walk the anchor b-tree once instead of at random.
    rows.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    const values: number[] = [];
    let at = 0;
    for (; at + ANCHOR_ROWS_PER_INSERT <= rows.length; at += ANCHOR_ROWS_PER_INSERT) {
      values.length = 0;
      for (let k = at; k < at + ANCHOR_ROWS_PER_INSERT; k += 1) values.push(ns, rows[k]![0], rows[k]![1]);
      insertAnchors.run(values);
    }
    for (; at < rows.length; at += 1) insertAnchor.run(ns, rows[at]![0], rows[at]![1]);
    return result;
  });

  function metaByKeys(ns: number, keys: readonly number[], withText: boolean): Array<MetaRow & { text?: string }> {
    const out: Array<MetaRow & { text?: string }> = [];
    for (const part of chunks(keys, SQL_CHUNK)) {
      const rows = db
        .prepare(`SELECT ${META_COLUMNS.join(', ')}${withText ? ', text' : ''} FROM archive_documents WHERE ns = ? AND doc IN (${part.map(() => '?').join(',')})`)
        .all(ns, ...part) as Array<MetaRow & { text?: string }>;
      out.push(...rows);
    }
    return out;
  }

  const store: ArchiveStore = {
    backend: 'sqlite',
    fingerprint,
    async put(namespace, documents) {
      if (documents.length === 0) return { added: 0, updated: 0, unchanged: 0 };
      return putAll(namespaceId(namespace, true)!, documents);
    },
    async getByIds(namespace, ids) {
      const ns = namespaceId(namespace, false);
      if (ns === null || ids.length === 0) return [];
      const out: DocumentWithText[] = [];
      for (const part of chunks(ids, SQL_CHUNK)) {
        const rows = db
          .prepare(`SELECT ${META_COLUMNS.join(', ')}, text FROM archive_documents WHERE ns = ? AND id IN (${part.map(() => '?').join(',')})`)
          .all(ns, ...part) as Array<MetaRow & { text: string }>;
        for (const row of rows) out.push({ ...toMeta(row), text: row.text });
      }
      return out;
    },
    async getByKeys(namespace, keys) {
      const ns = namespaceId(namespace, false);
      if (ns === null || keys.length === 0) return [];
      return metaByKeys(ns, keys, true).map((row) => ({ ...toMeta(row), text: row.text ?? '' }));
    },
    async anchorCounts(namespace, keys) {
      const ns = namespaceId(namespace, false);
      const out = new Map<number, number>();
      if (ns === null) return out;
      for (const part of chunks(keys, SQL_CHUNK)) {
        const rows = db
          .prepare(`SELECT doc, anchor_count FROM archive_documents INDEXED BY archive_documents_sizes WHERE ns = ? AND doc IN (${part.map(() => '?').join(',')})`)
          .all(ns, ...part) as Array<{ doc: number; anchor_count: number }>;
        for (const row of rows) out.set(row.doc, row.anchor_count);
      }
      return out;
    },
    async describe(namespace, keys) {
      const ns = namespaceId(namespace, false);
      if (ns === null || keys.length === 0) return [];
      return metaByKeys(ns, keys, false).map(toMeta);
    },
    async remove(namespace, id) {
      const ns = namespaceId(namespace, false);
      if (ns === null) return false;
      return db.transaction(() => {
        const existing = findDoc.get(ns, id) as { doc: number } | undefined;
        if (existing === undefined) return false;
        dropDocument(ns, existing.doc);
        return true;
      })();
    },
    async evict(namespace, beforeDay) {
      const ns = namespaceId(namespace, false);
      if (ns === null) return 0;
      const old = db.prepare('SELECT doc FROM archive_documents WHERE ns = ? AND day < ?').pluck();
      return db.transaction(() => {
        let removed = 0;
        for (const doc of old.all(ns, beforeDay) as number[]) {
          dropDocument(ns, doc);
          removed += 1;
        }
        return removed;
      })();
    },
    async postings(namespace, anchors, cap) {
      const ns = namespaceId(namespace, false);
      if (ns === null) return [];
      const out: Posting[] = [];
      for (const anchor of anchors) {
        const keys = postingStatement.all(ns, anchor, cap + 1) as number[];
        if (keys.length > 0) out.push({ anchor, keys });
      }
      return out;
    },
    async window(namespace, sinceDay, untilDay) {
      const ns = namespaceId(namespace, false);
      if (ns === null) return [];
      const rows = db.prepare(`SELECT ${META_COLUMNS.join(', ')} FROM archive_documents WHERE ns = ? AND day BETWEEN ? AND ? ORDER BY doc`).all(ns, sinceDay, untilDay) as MetaRow[];
      return rows.map(toMeta);
    },
    async anchorsOf(namespace, keys) {
      const ns = namespaceId(namespace, false);
      const out = new Map<number, number[]>();
      if (ns === null) return out;
      for (const part of chunks(keys, SQL_CHUNK)) {
        const rows = db.prepare(`SELECT doc, anchors FROM archive_documents WHERE ns = ? AND doc IN (${part.map(() => '?').join(',')})`).all(ns, ...part) as Array<{ doc: number; anchors: Buffer }>;
        for (const row of rows) out.set(row.doc, [...blobToAnchors(row.anchors)]);
      }
      return out;
    },
    async candidatePairs(namespace, sinceDay, untilDay, options: CandidatePairOptions): Promise<CandidatePair[]> {
      const ns = namespaceId(namespace, false);
      if (ns === null) return [];
      // In memory over the documents' anchor blobs (one sequential read of the window); the
      // PostgreSQL store runs the same computation as SQL over its anchor table.
      const rows = db.prepare('SELECT doc, anchors FROM archive_documents WHERE ns = ? AND day BETWEEN ? AND ?').iterate(ns, sinceDay, untilDay) as IterableIterator<{ doc: number; anchors: Buffer }>;
      const documents = [];
      for (const row of rows) documents.push({ key: row.doc, anchors: blobToAnchors(row.anchors) });
      return countCandidatePairs(documents, options);
    },
    async stats(namespace): Promise<ArchiveStats> {
      const ns = namespaceId(namespace, false);
      if (ns === null) return { documents: 0, anchors: 0, firstDay: null, lastDay: null, days: [] };
      const days = db.prepare('SELECT day, count(*) AS documents, sum(anchor_count) AS anchors FROM archive_documents WHERE ns = ? GROUP BY day ORDER BY day').all(ns) as Array<{ day: number; documents: number; anchors: number }>;
      return statsFromDays(days);
    },
    async close() {
      if (db.open) db.close();
    },
  };
  return store;
}
