import pg from 'pg';
import type { ResolvedFingerprintOptions } from '../fingerprint.js';
import type { AddResult, ArchiveStats } from '../types.js';
import type {
  ArchiveStore,
  CandidatePair,
  ClaimedBatch,
  DocumentMeta,
  DocumentWithText,
  Posting,
  PreparedDocument,
  VerificationQueue,
  VerificationResult,
} from './archive-store.js';
import { META_COLUMNS, type MetaRow, statsFromDays, toMeta } from './document-rows.js';
import { checkFingerprintMeta } from './fingerprint-meta.js';

/** Options of `openPostgresStore`. */
export interface PostgresStoreOptions {
  /** The schema holding the archive's tables (default `public`); created when missing. */
  schema?: string;
  /** Fingerprint options for a new store (an existing one keeps its own; a different request throws). */
  fingerprint?: ResolvedFingerprintOptions | undefined;
  /** Connections in the pool (default 4): a claimed verification batch holds one. */
  poolSize?: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/u;
// SQLSTATE check_violation: what PostgreSQL raises for a row with no partition to go to.
const NO_PARTITION = '23514';

// The schema. Both big tables are partitioned by day (one partition per day, created on first
// write), so that evicting old days drops whole partitions. The anchor table stays narrow:
// (hash, doc, day) plus the namespace, which costs nothing (the row pads to 8 bytes anyway).
// archive_ids keeps ids unique per namespace, which a partitioned table cannot (a unique key
// there must hold the partition column). Everything here also runs on Citus; see the README.
function schemaSql(s: string): string {
  return `
CREATE SCHEMA IF NOT EXISTS ${s};
CREATE TABLE IF NOT EXISTS ${s}.archive_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS ${s}.archive_namespaces (ns serial PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE SEQUENCE IF NOT EXISTS ${s}.archive_doc_seq;
CREATE TABLE IF NOT EXISTS ${s}.archive_ids (
  ns int NOT NULL, id text NOT NULL, doc bigint NOT NULL, day int NOT NULL, content_hash text NOT NULL,
  PRIMARY KEY (ns, id)
);
CREATE INDEX IF NOT EXISTS archive_ids_day ON ${s}.archive_ids (ns, day);
CREATE INDEX IF NOT EXISTS archive_ids_doc ON ${s}.archive_ids (doc);
CREATE TABLE IF NOT EXISTS ${s}.archive_documents (
  doc bigint NOT NULL, ns int NOT NULL, id text NOT NULL, day int NOT NULL,
  published_at text, title text, outlet text, text text NOT NULL,
  words int NOT NULL, anchor_count int NOT NULL, anchors bigint[] NOT NULL,
  added_at text NOT NULL, terms bigint[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (doc, day)
) PARTITION BY RANGE (day);
-- terms: rare-word keys (negative), posted in archive_anchors beside the anchors. Archives made
-- before them get the column empty (their documents are found by anchors alone); looked up
-- first, because ALTER TABLE locks the table even when the column is there.
DO $migrate$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = '${s}' AND table_name = 'archive_documents' AND column_name = 'terms') THEN
    ALTER TABLE ${s}.archive_documents ADD COLUMN terms bigint[] NOT NULL DEFAULT '{}';
  END IF;
END $migrate$;
CREATE INDEX IF NOT EXISTS archive_documents_ns_day ON ${s}.archive_documents (ns, day);
CREATE TABLE IF NOT EXISTS ${s}.archive_anchors (
  hash bigint NOT NULL, doc bigint NOT NULL, day int NOT NULL, ns int NOT NULL
) PARTITION BY RANGE (day);
CREATE INDEX IF NOT EXISTS archive_anchors_lookup ON ${s}.archive_anchors (hash, ns, doc);
CREATE TABLE IF NOT EXISTS ${s}.archive_verify_batches (
  run bigint NOT NULL, batch int NOT NULL, done boolean NOT NULL DEFAULT false, completions int NOT NULL DEFAULT 0,
  PRIMARY KEY (run, batch)
);
CREATE SEQUENCE IF NOT EXISTS ${s}.archive_verify_run_seq;
CREATE TABLE IF NOT EXISTS ${s}.archive_verify_pairs (
  run bigint NOT NULL, batch int NOT NULL, a bigint NOT NULL, b bigint NOT NULL, day_a int NOT NULL, day_b int NOT NULL,
  share_a real, share_b real,
  PRIMARY KEY (run, batch, a, b)
);
`;
}

// int8 fits a double exactly below 2^53, which holds every anchor and key this store makes.
const PARSE_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as unknown as pg.CustomTypesConfig;




async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * An archive in PostgreSQL (15 or later): tables in `options.schema`, partitions per day.
 * Every acknowledged `put` is committed (synchronous commit), so it survives a killed client.
 * @example const store = await openPostgresStore('postgres://127.0.0.1:5432/wirediff');
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<ArchiveStore> {
  const schemaName = options.schema ?? 'public';
  if (!IDENTIFIER.test(schemaName)) throw new RangeError(`openStore: schema must be a lower-case SQL identifier, got ${JSON.stringify(schemaName)}`);
  const s = schemaName;
  // jit=off: PostgreSQL's JIT spent ~100 ms compiling each anchor lookup (measured), which
  // runs in a few milliseconds without it.
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 4, types: PARSE_TYPES, options: '-c jit=off' });
  // An idle client that loses its server must not crash the process (pg emits 'error').
  pool.on('error', () => undefined);
  const lockKey = `wirediff-archive:${s}`;
  let fingerprint: ResolvedFingerprintOptions;
  try {
    fingerprint = await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
      await client.query(schemaSql(s));
      const recorded = await client.query<{ value: string }>(`SELECT value FROM ${s}.archive_meta WHERE key = 'fingerprint'`);
      let toSave: string | null = null;
      const chosen = checkFingerprintMeta(recorded.rows[0]?.value ?? null, options.fingerprint, (value) => {
        toSave = value;
      });
      if (toSave !== null) await client.query(`INSERT INTO ${s}.archive_meta (key, value) VALUES ('fingerprint', $1)`, [toSave]);
      return chosen;
    });
  } catch (error) {
    await pool.end();
    throw error;
  }

  const namespaceIds = new Map<string, number>();
  async function namespaceId(name: string, create: boolean): Promise<number | null> {
    const known = namespaceIds.get(name);
    if (known !== undefined) return known;
    const found = await pool.query<{ ns: number }>(`SELECT ns FROM ${s}.archive_namespaces WHERE name = $1`, [name]);
    let ns = found.rows[0]?.ns;
    if (ns === undefined) {
      if (!create) return null;
      const made = await pool.query<{ ns: number }>(
        `INSERT INTO ${s}.archive_namespaces (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING ns`,
        [name],
      );
      ns = made.rows[0]!.ns;
    }
    namespaceIds.set(name, ns);
    return ns;
  }

  const knownPartitions = new Set<number>();
  async function ensurePartitions(days: Iterable<number>): Promise<void> {
    const missing = [...new Set(days)].filter((day) => !knownPartitions.has(day));
    if (missing.length === 0) return;
    await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
      for (const day of missing) {
        const bounds = `FOR VALUES FROM (${day}) TO (${day + 1})`;
        await client.query(`CREATE TABLE IF NOT EXISTS ${s}.archive_documents_d${day} PARTITION OF ${s}.archive_documents ${bounds}`);
        await client.query(`CREATE TABLE IF NOT EXISTS ${s}.archive_anchors_d${day} PARTITION OF ${s}.archive_anchors ${bounds}`);
      }
    });
    for (const day of missing) knownPartitions.add(day);
  }

  async function dropDocuments(client: pg.PoolClient, ns: number, rows: ReadonlyArray<{ doc: number; day: number }>): Promise<void> {
    if (rows.length === 0) return;
    const docs = rows.map((r) => r.doc);
    const days = rows.map((r) => r.day);
    await client.query(
      `DELETE FROM ${s}.archive_anchors a USING (
         SELECT d.doc, d.day, unnest(d.anchors || d.terms) AS hash FROM ${s}.archive_documents d
         JOIN unnest($2::bigint[], $3::int[]) AS x(doc, day) ON d.doc = x.doc AND d.day = x.day
       ) old
       WHERE a.ns = $1 AND a.hash = old.hash AND a.doc = old.doc AND a.day = old.day`,
      [ns, docs, days],
    );
    await client.query(`DELETE FROM ${s}.archive_documents d USING unnest($1::bigint[], $2::int[]) AS x(doc, day) WHERE d.doc = x.doc AND d.day = x.day`, [docs, days]);
  }

  async function partitionDays(): Promise<number[]> {
    const result = await pool.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
       JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = p.relnamespace
       WHERE n.nspname = $1 AND p.relname = 'archive_documents'`,
      [s],
    );
    return result.rows.map((row) => Number(row.name.slice('archive_documents_d'.length))).sort((a, b) => a - b);
  }

  const queue: VerificationQueue = {
    async enqueue(namespace, pairs, batchSize) {
      const ns = await namespaceId(namespace, false);
      if (ns === null) throw new Error('archive: enqueue for an empty namespace');
      return inTransaction(pool, async (client) => {
        const run = (await client.query<{ run: number }>(`SELECT nextval('${s}.archive_verify_run_seq') AS run`)).rows[0]!.run;
        const batches = Math.ceil(pairs.length / batchSize);
        await client.query(`INSERT INTO ${s}.archive_verify_batches (run, batch) SELECT $1, g FROM generate_series(0, $2 - 1) g`, [run, batches]);
        for (let from = 0; from < pairs.length; from += 10_000) {
          const part = pairs.slice(from, from + 10_000);
          await client.query(
            `INSERT INTO ${s}.archive_verify_pairs (run, batch, a, b, day_a, day_b)
             SELECT $1, x.i / $2, x.a, x.b, da.day, db.day
             FROM unnest($3::int[], $4::bigint[], $5::bigint[]) WITH ORDINALITY AS x(i, a, b, ord)
             JOIN ${s}.archive_ids da ON da.ns = $6 AND da.doc = x.a
             JOIN ${s}.archive_ids db ON db.ns = $6 AND db.doc = x.b`,
            [run, batchSize, part.map((_, k) => from + k), part.map((p) => p.a), part.map((p) => p.b), ns],
          );
        }
        return run;
      });
    },
    async claim(run) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const picked = await client.query<{ run: number; batch: number }>(
          `SELECT run, batch FROM ${s}.archive_verify_batches WHERE NOT done ${run === undefined ? '' : 'AND run = $1'}
           ORDER BY run, batch LIMIT 1 FOR UPDATE SKIP LOCKED`,
          run === undefined ? [] : [run],
        );
        const row = picked.rows[0];
        if (row === undefined) {
          await client.query('COMMIT');
          client.release();
          return null;
        }
        const tasks = await client.query<{ a: number; b: number; text_a: string; text_b: string }>(
          `SELECT p.a, p.b, da.text AS text_a, db.text AS text_b FROM ${s}.archive_verify_pairs p
           JOIN ${s}.archive_documents da ON da.doc = p.a AND da.day = p.day_a
           JOIN ${s}.archive_documents db ON db.doc = p.b AND db.day = p.day_b
           WHERE p.run = $1 AND p.batch = $2 ORDER BY p.a, p.b`,
          [row.run, row.batch],
        );
        let settled = false;
        const finish = async (sql: string): Promise<void> => {
          if (settled) throw new Error('archive: a claimed batch was completed or released twice');
          settled = true;
          try {
            await client.query(sql);
          } finally {
            client.release();
          }
        };
        const batch: ClaimedBatch = {
          run: row.run,
          batch: row.batch,
          tasks: tasks.rows.map((t) => ({ a: t.a, b: t.b, textA: t.text_a, textB: t.text_b })),
          async complete(results) {
            if (settled) throw new Error('archive: a claimed batch was completed or released twice');
            try {
              await client.query(
                `UPDATE ${s}.archive_verify_pairs p SET share_a = x.share_a, share_b = x.share_b
                 FROM unnest($3::bigint[], $4::bigint[], $5::real[], $6::real[]) AS x(a, b, share_a, share_b)
                 WHERE p.run = $1 AND p.batch = $2 AND p.a = x.a AND p.b = x.b`,
                [row.run, row.batch, results.map((r) => r.a), results.map((r) => r.b), results.map((r) => r.shareA), results.map((r) => r.shareB)],
              );
              await client.query(`UPDATE ${s}.archive_verify_batches SET done = true, completions = completions + 1 WHERE run = $1 AND batch = $2`, [row.run, row.batch]);
            } catch (error) {
              await finish('ROLLBACK').catch(() => undefined);
              throw error;
            }
            await finish('COMMIT');
          },
          async release() {
            await finish('ROLLBACK');
          },
        };
        return batch;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        client.release();
        throw error;
      }
    },
    async remaining(run) {
      const result = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${s}.archive_verify_batches WHERE run = $1 AND NOT done`, [run]);
      return result.rows[0]!.n;
    },
    async results(run): Promise<VerificationResult[]> {
      const result = await pool.query<{ a: number; b: number; share_a: number; share_b: number }>(
        `SELECT a, b, share_a, share_b FROM ${s}.archive_verify_pairs WHERE run = $1 AND share_a IS NOT NULL ORDER BY a, b`,
        [run],
      );
      return result.rows.map((r) => ({ a: r.a, b: r.b, shareA: r.share_a, shareB: r.share_b }));
    },
    async drop(run) {
      await pool.query(`DELETE FROM ${s}.archive_verify_pairs WHERE run = $1`, [run]);
      await pool.query(`DELETE FROM ${s}.archive_verify_batches WHERE run = $1`, [run]);
    },
  };

  async function putOnce(ns: number, documents: readonly PreparedDocument[]): Promise<AddResult> {
    const ids = documents.map((d) => d.id);
    await ensurePartitions(documents.map((d) => d.day));
    return inTransaction(pool, async (client) => {
      const existing = await client.query<{ id: string; doc: number; day: number; content_hash: string }>(
        `SELECT id, doc, day, content_hash FROM ${s}.archive_ids WHERE ns = $1 AND id = ANY($2::text[]) FOR UPDATE`,
        [ns, ids],
      );
      const known = new Map(existing.rows.map((row) => [row.id, row]));
      const result: AddResult = { added: 0, updated: 0, unchanged: 0 };
      const fresh: PreparedDocument[] = [];
      const replaced: Array<{ doc: number; day: number }> = [];
      for (const document of documents) {
        const old = known.get(document.id);
        if (old?.content_hash === document.contentHash) {
          result.unchanged += 1;
          continue;
        }
        if (old === undefined) result.added += 1;
        else {
          result.updated += 1;
          replaced.push({ doc: old.doc, day: old.day });
        }
        fresh.push(document);
      }
      await dropDocuments(client, ns, replaced);
      if (fresh.length === 0) return result;
      const keys = (await client.query<{ doc: number }>(`SELECT nextval('${s}.archive_doc_seq') AS doc FROM generate_series(1, $1)`, [fresh.length])).rows.map((r) => r.doc);
      const addedAt = new Date().toISOString();
      await client.query(
        `INSERT INTO ${s}.archive_ids (ns, id, doc, day, content_hash)
         SELECT $1, x.id, x.doc, x.day, x.content_hash FROM unnest($2::text[], $3::bigint[], $4::int[], $5::text[]) AS x(id, doc, day, content_hash)
         ON CONFLICT (ns, id) DO UPDATE SET doc = EXCLUDED.doc, day = EXCLUDED.day, content_hash = EXCLUDED.content_hash`,
        [ns, fresh.map((d) => d.id), keys, fresh.map((d) => d.day), fresh.map((d) => d.contentHash)],
      );
      await client.query(
        `INSERT INTO ${s}.archive_documents (doc, ns, id, day, published_at, title, outlet, text, words, anchor_count, anchors, terms, added_at)
         SELECT x.doc, $1, x.id, x.day, x.published_at, x.title, x.outlet, x.text, x.words, x.anchor_count, translate(x.anchors, '[]', '{}')::bigint[], translate(x.terms, '[]', '{}')::bigint[], $2
         FROM unnest($3::bigint[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::int[], $11::int[], $12::text[], $13::text[])
           AS x(doc, id, day, published_at, title, outlet, text, words, anchor_count, anchors, terms)`,
        [
          ns,
          addedAt,
          keys,
          fresh.map((d) => d.id),
          fresh.map((d) => d.day),
          fresh.map((d) => d.publishedAt ?? null),
          fresh.map((d) => d.title ?? null),
          fresh.map((d) => d.outlet ?? null),
          fresh.map((d) => d.text),
          fresh.map((d) => d.words),
          fresh.map((d) => d.anchors.length),
          fresh.map((d) => JSON.stringify(d.anchors)),
          fresh.map((d) => JSON.stringify(d.terms)),
        ],
      );
      const rows: Array<[number, number, number]> = [];
      fresh.forEach((d, i) => {
        for (const hash of d.anchors) rows.push([hash, keys[i]!, d.day]);
        for (const key of d.terms) rows.push([key, keys[i]!, d.day]);
      });
      rows.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      for (let from = 0; from < rows.length; from += 100_000) {
        const part = rows.slice(from, from + 100_000);
        await client.query(
          `INSERT INTO ${s}.archive_anchors (hash, doc, day, ns) SELECT x.hash, x.doc, x.day, $1 FROM unnest($2::bigint[], $3::bigint[], $4::int[]) AS x(hash, doc, day)`,
          [ns, part.map((r) => r[0]), part.map((r) => r[1]), part.map((r) => r[2])],
        );
      }
      return result;
    });
  }

  const store: ArchiveStore = {
    backend: 'postgres',
    fingerprint,
    queue,
    async put(namespace, documents): Promise<AddResult> {
      if (documents.length === 0) return { added: 0, updated: 0, unchanged: 0 };
      const ids = documents.map((d) => d.id);
      if (new Set(ids).size !== ids.length) {
        const twice = ids.find((id, i) => ids.indexOf(id) !== i)!;
        throw new RangeError(`add: id ${JSON.stringify(twice)} appears twice in one call`);
      }
      const ns = (await namespaceId(namespace, true))!;
      try {
        return await putOnce(ns, documents);
      } catch (error) {
        // Another process evicted a day this process still believed to exist: make it again, once.
        if ((error as { code?: string }).code !== NO_PARTITION) throw error;
        knownPartitions.clear();
        return putOnce(ns, documents);
      }
    },
    async getByIds(namespace, ids) {
      const ns = await namespaceId(namespace, false);
      if (ns === null || ids.length === 0) return [];
      const result = await pool.query<MetaRow & { text: string }>(
        `SELECT d.${META_COLUMNS.join(', d.')}, d.text FROM ${s}.archive_ids i
         JOIN ${s}.archive_documents d ON d.doc = i.doc AND d.day = i.day
         WHERE i.ns = $1 AND i.id = ANY($2::text[])`,
        [ns, ids],
      );
      return result.rows.map((row) => ({ ...toMeta(row), text: row.text }));
    },
    async getByKeys(namespace, keys) {
      return (await byKeys(namespace, keys, true)) as DocumentWithText[];
    },
    async anchorCounts(namespace, keys) {
      return new Map((await byKeys(namespace, keys, false)).map((meta) => [meta.key, meta.anchorCount]));
    },
    async describe(namespace, keys) {
      return byKeys(namespace, keys, false);
    },
    async remove(namespace, id) {
      const ns = await namespaceId(namespace, false);
      if (ns === null) return false;
      return inTransaction(pool, async (client) => {
        const found = await client.query<{ doc: number; day: number }>(`DELETE FROM ${s}.archive_ids WHERE ns = $1 AND id = $2 RETURNING doc, day`, [ns, id]);
        await dropDocuments(client, ns, found.rows);
        return found.rows.length > 0;
      });
    },
    async evict(namespace, beforeDay) {
      const ns = await namespaceId(namespace, false);
      if (ns === null) return 0;
      let removed = 0;
      for (const day of (await partitionDays()).filter((d) => d < beforeDay)) {
        removed += await inTransaction(pool, async (client) => {
          await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
          // Locked before looking, so no other namespace's add lands in the day between the look and the drop.
          await client.query(`LOCK TABLE ${s}.archive_documents_d${day}, ${s}.archive_anchors_d${day} IN ACCESS EXCLUSIVE MODE`);
          const mine = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${s}.archive_ids WHERE ns = $1 AND day = $2`, [ns, day]);
          const others = await client.query(`SELECT 1 FROM ${s}.archive_documents_d${day} WHERE ns <> $1 LIMIT 1`, [ns]);
          await client.query(`DELETE FROM ${s}.archive_ids WHERE ns = $1 AND day = $2`, [ns, day]);
          if (others.rows.length === 0) {
            // Only this namespace's documents: the day goes whole.
            await client.query(`DROP TABLE ${s}.archive_anchors_d${day}, ${s}.archive_documents_d${day}`);
            knownPartitions.delete(day);
          } else {
            await client.query(`DELETE FROM ${s}.archive_anchors_d${day} WHERE ns = $1`, [ns]);
            await client.query(`DELETE FROM ${s}.archive_documents_d${day} WHERE ns = $1`, [ns]);
          }
          return mine.rows[0]!.n;
        });
      }
      return removed;
    },
    async postings(namespace, anchors, cap) {
      const ns = await namespaceId(namespace, false);
      if (ns === null || anchors.length === 0) return [];
      // LATERAL with LIMIT reads at most cap + 1 entries of a boilerplate anchor from each day's
      // index; a named statement is planned once per connection.
      const result = await pool.query<{ hash: number; doc: number }>({
        name: `${s}-postings`,
        text: `SELECT h.hash, p.doc FROM unnest($2::bigint[]) AS h(hash)
         CROSS JOIN LATERAL (SELECT a.doc FROM ${s}.archive_anchors a WHERE a.hash = h.hash AND a.ns = $1 ORDER BY a.doc LIMIT $3) p`,
        values: [ns, anchors, cap + 1],
      });
      const byAnchor = new Map<number, number[]>();
      for (const row of result.rows) {
        const keys = byAnchor.get(row.hash);
        if (keys === undefined) byAnchor.set(row.hash, [row.doc]);
        else keys.push(row.doc);
      }
      const out: Posting[] = [];
      for (const [anchor, keys] of byAnchor) out.push({ anchor, keys: keys.sort((a, b) => a - b) });
      return out;
    },
    async window(namespace, sinceDay, untilDay) {
      const ns = await namespaceId(namespace, false);
      if (ns === null) return [];
      const result = await pool.query<MetaRow>(`SELECT ${META_COLUMNS.join(', ')} FROM ${s}.archive_documents WHERE ns = $1 AND day BETWEEN $2 AND $3 ORDER BY doc`, [ns, sinceDay, untilDay]);
      return result.rows.map(toMeta);
    },
    async anchorsOf(namespace, keys) {
      const ns = await namespaceId(namespace, false);
      const out = new Map<number, number[]>();
      if (ns === null || keys.length === 0) return out;
      const result = await pool.query<{ doc: number; anchors: number[] }>(
        `SELECT d.doc, d.anchors::float8[] AS anchors FROM ${s}.archive_ids i JOIN ${s}.archive_documents d ON d.doc = i.doc AND d.day = i.day
         WHERE i.ns = $1 AND i.doc = ANY($2::bigint[])`,
        [ns, keys],
      );
      for (const row of result.rows) out.set(row.doc, row.anchors);
      return out;
    },
    async candidatePairs(namespace, sinceDay, untilDay, options): Promise<CandidatePair[]> {
      const ns = await namespaceId(namespace, false);
      if (ns === null) return [];
      // The self-join grouped by document pair. An anchor in more than dfCap of the window's
      // documents pairs each of them with its hub (the earliest key) only, as in count-pairs.ts.
      const result = await pool.query<{ a: number; b: number; shared: number }>(
        `WITH w AS (
           SELECT hash, doc FROM ${s}.archive_anchors WHERE ns = $1 AND day BETWEEN $2 AND $3 AND hash >= 0
         ), df AS (
           SELECT hash, count(*) AS n, min(doc) AS hub FROM w GROUP BY hash HAVING count(*) > 1
         ), linked AS (
           SELECT x.doc AS a, y.doc AS b FROM df JOIN w x ON x.hash = df.hash JOIN w y ON y.hash = df.hash AND y.doc > x.doc WHERE df.n <= $4
           UNION ALL
           SELECT df.hub AS a, w.doc AS b FROM df JOIN w ON w.hash = df.hash AND w.doc > df.hub WHERE df.n > $4
         )
         SELECT a, b, count(*)::int AS shared FROM linked GROUP BY a, b HAVING count(*) >= $5 ORDER BY a, b`,
        [ns, sinceDay, untilDay, options.dfCap, options.minShared],
      );
      return result.rows;
    },
    async stats(namespace): Promise<ArchiveStats> {
      const ns = await namespaceId(namespace, false);
      if (ns === null) return { documents: 0, anchors: 0, firstDay: null, lastDay: null, days: [] };
      const result = await pool.query<{ day: number; documents: number; anchors: number }>(
        `SELECT day, count(*)::int AS documents, sum(anchor_count)::float8 AS anchors FROM ${s}.archive_documents WHERE ns = $1 GROUP BY day ORDER BY day`,
        [ns],
      );
      const days = result.rows;
      return statsFromDays(days);
    },
    async close() {
      await pool.end();
    },
  };

  async function byKeys(namespace: string, keys: readonly number[], withText: boolean): Promise<Array<DocumentMeta & { text?: string }>> {
    const ns = await namespaceId(namespace, false);
    if (ns === null || keys.length === 0) return [];
    const result = await pool.query<MetaRow & { text?: string }>(
      `SELECT d.${META_COLUMNS.join(', d.')}${withText ? ', d.text' : ''} FROM ${s}.archive_ids i
       JOIN ${s}.archive_documents d ON d.doc = i.doc AND d.day = i.day
       WHERE i.ns = $1 AND i.doc = ANY($2::bigint[])`,
      [ns, keys],
    );
    return result.rows.map((row) => (withText ? { ...toMeta(row), text: row.text ?? '' } : toMeta(row)));
  }

  return store;
}
